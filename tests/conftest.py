"""Root test configuration.

Qt runs offscreen unless the caller chose a platform (setdefault), so tests never need a
display; a missing platform would abort the interpreter with SIGABRT.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

TODAY = date(2026, 11, 25)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "household"
    path.mkdir()
    return path


@pytest.fixture
def app_paths(data_dir: Path):
    from familycare.paths import resolve_paths

    return resolve_paths(data_dir=data_dir, environ={})


@pytest.fixture
def clock():
    from familycare.services.clock import FixedClock

    return FixedClock(TODAY)


@pytest.fixture
def household(app_paths, clock) -> Iterator[object]:
    """A fresh household database under tmp_path, migrated to head."""
    from familycare.household import open_household

    opened = open_household(app_paths, clock)
    try:
        yield opened
    finally:
        opened.close()
