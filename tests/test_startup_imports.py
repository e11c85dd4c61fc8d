"""What start-up imports before the first screen is filled (issue #8's memory budget: nothing
the first screen does not need may be imported before it).

The app runs as a person starts it (``python -m familycare``) with
``FAMILYCARE_STARTUP_TRACE=modules``, which lists every module imported by "ready".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Each would cost start-up time and memory for something not on the Home tab.
NOT_BEFORE_READY = (
    "alembic",  # only to upgrade an older database
    "logging.handlers",  # socket, pickle, queue: the log file rotates without it
    "keyring",  # only when a note is shown or saved
    "sqlalchemy.dialects.postgresql",  # only for a shared household on a server
    "PySide6.QtPrintSupport",  # only to print visit cards
    "familycare.printing.visit_card_pdf",
    "familycare.cli.main",  # the command modules, only for a command
    # The pages of the other tabs: built when their tab is first chosen.
    "familycare.ui.members_page",
    "familycare.ui.member_detail",
    "familycare.ui.todo_page",
    "familycare.ui.visit_page",
    "familycare.ui.delegations_page",
)

# Services only other tabs and commands use: built on first use (household.py). The demo
# itself is built through them, so only an existing household is held to this. The first
# screen only reads, through Core: the ORM and its mapped rows load with the first write
# (~160 ms and ~7 MiB before the family list showed).
SERVICES_OF_OTHER_TABS = (
    "sqlalchemy.orm",
    "familycare.storage.rows",
    "familycare.services.members",
    "familycare.services.cards",
    "familycare.services.notes",
    "familycare.services.coverage",
    "familycare.services.delegations",
    "familycare.services.documents",
    "familycare.services.lost_cards",
    "familycare.services.visits",
)


def modules_at_ready(*args: str) -> set[str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["FAMILYCARE_STARTUP_TRACE"] = "modules"
    env.pop("FAMILYCARE_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "familycare", *args, "--exit-when-ready"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("familycare-startup-modules")]
    assert len(lines) == 1, result.stderr[-2000:]
    return set(lines[0].split()[1:])


def loaded(modules: set[str], name: str) -> bool:
    return name in modules or any(m.startswith(name + ".") for m in modules)


@pytest.fixture
def demo_household(tmp_path: Path) -> Path:
    """A household holding the demo family, as a person's second start finds it."""
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.demo import build_demo_family

    folder = tmp_path / "household"
    household = open_household(resolve_paths(data_dir=folder, environ={}))
    try:
        build_demo_family(household)
    finally:
        household.close()
    return folder


def test_opening_a_household_imports_only_what_the_home_tab_needs(demo_household) -> None:
    modules = modules_at_ready("--data-dir", str(demo_household))
    assert "familycare.ui.dashboard_page" in modules  # the trace did see the Home tab
    unneeded = NOT_BEFORE_READY + SERVICES_OF_OTHER_TABS
    assert [name for name in unneeded if loaded(modules, name)] == []


def test_the_demo_imports_only_what_the_home_tab_needs() -> None:
    # A brand-new database too: its schema is created without Alembic.
    modules = modules_at_ready("--demo")
    assert "familycare.ui.dashboard_page" in modules
    assert [name for name in NOT_BEFORE_READY if loaded(modules, name)] == []


# PySide6 builds its ``Qt`` namespace (~100 enum classes: ~19 ms and 1.4 MB) on first use,
# including the first time Qt hands Python one of its values (a header asking a Python model
# for its titles, QBrush(colour), setShortcut). The first screen gets by without it
# (ui/dashboard_model.py, ui/dashboard_page.with_titles).
QT_NAMESPACE_PROBE = """
import sys
import PySide6.QtCore as core
lazy = "Qt" not in vars(core)
from familycare.app import start_gui_if_no_command
code = start_gui_if_no_command(sys.argv[1:] + ["--exit-when-ready"])
print(code, lazy, "Qt" in vars(core))
"""


def qt_namespace_built_by_start_up(*args: str) -> bool:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("FAMILYCARE_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", QT_NAMESPACE_PROBE, *args],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    code, lazy, built = result.stdout.split()
    assert code == "0", result.stderr[-2000:]
    if lazy != "True":
        pytest.skip("this PySide6 builds its Qt namespace at import: nothing to spare")
    return built == "True"


def test_the_first_screen_does_not_build_pysides_qt_namespace(demo_household) -> None:
    assert not qt_namespace_built_by_start_up("--data-dir", str(demo_household))
    assert not qt_namespace_built_by_start_up("--demo")
