from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def run_cli(tmp_path: Path):
    """Run ``python -m familycare`` as a user would, in a private data folder."""

    def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        full_env = dict(os.environ)
        full_env.setdefault("QT_QPA_PLATFORM", "offscreen")
        full_env["FAMILYCARE_DATA_DIR"] = str(tmp_path / "cli-household")
        full_env.update(env or {})
        return subprocess.run(
            [sys.executable, "-m", "familycare", *args],
            input=stdin, capture_output=True, text=True, env=full_env, timeout=timeout,
        )

    return run
