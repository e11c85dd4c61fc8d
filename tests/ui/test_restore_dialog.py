"""File → Restore from backup…: the list, and a restore that closes, swaps and reopens."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.services.auto_backup import take_backup
from familycare.services.recent_households import RecentHouseholds
from familycare.ui.main_window import MainWindow
from familycare.ui.restore_dialog import BackupTableModel, RestoreDialog, restore_into_window

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def add(household, name: str) -> None:
    household.members.add_member(MemberDraft(name, date(1980, 1, 1), Relationship.CHILD))


def open_files_of_this_process() -> set[str]:
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue
    return found


@pytest.fixture
def window(qtbot, app_paths, clock, tmp_path):
    household = open_household(app_paths, clock)
    add(household, "Aoi")
    take_backup(app_paths, NOW)
    add(household, "Ren")
    take_backup(app_paths, NOW + timedelta(days=1))
    add(household, "Yui")  # only in the live file
    app_paths.backup_dir.joinpath("daily-20261122-090000.sqlite3").write_bytes(b"x" * 2048)
    main = MainWindow(
        household,
        RecentHouseholds(tmp_path / "config"),
        lambda folder: open_household(app_paths, clock),
    )
    qtbot.addWidget(main)
    yield main
    main.household.close()


def table_rows(model: BackupTableModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_lists_backups_newest_first_with_member_counts(qtbot, window) -> None:
    dialog = RestoreDialog(window.household.paths, lambda info: None, window)
    qtbot.addWidget(dialog)
    rows = table_rows(dialog.model)
    assert [r[2] for r in rows] == ["", "2", "1"]  # damaged copy first: it is the newest
    assert rows[0][3] != rows[1][3]  # the damaged one says so
    local = NOW.astimezone().strftime("%Y-%m-%d %H:%M")
    assert rows[2][0] == local
    # The newest good copy is chosen for the user; a damaged one cannot be restored.
    assert dialog.chosen().member_count == 2 and dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()


def test_restore_closes_swaps_and_reopens(qtbot, window) -> None:
    paths = window.household.paths
    old_engine = window.household.db.engine
    dialog = RestoreDialog(
        paths, lambda info: restore_into_window(window, info), window,
        confirm=lambda _parent, _info: True,
    )
    qtbot.addWidget(dialog)
    dialog.table.selectRow(2)  # the oldest copy: only Aoi
    dialog.restore_chosen()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert [m.display_name for m in window.household.members.list_members()] == ["Aoi"]
    assert window.household.db.engine is not old_engine
    aside = dialog.result_of_restore.kept_aside
    assert aside is not None and aside.exists() and "before-restore" in aside.name
    # Every connection to the old file was closed before it was moved aside.
    assert not any(Path(f).name.startswith(aside.name) for f in open_files_of_this_process())
    kept = open_household_names(aside)
    assert kept == ["Aoi", "Ren", "Yui"]


def open_household_names(path: Path) -> list[str]:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in con.execute("SELECT display_name FROM members"))
    finally:
        con.close()


def test_declining_the_question_changes_nothing(qtbot, window) -> None:
    paths = window.household.paths
    performed = []
    dialog = RestoreDialog(paths, performed.append, window, confirm=lambda _p, _i: False)
    qtbot.addWidget(dialog)
    dialog.restore_chosen()
    assert performed == [] and dialog.result() != dialog.DialogCode.Accepted
    assert len(window.household.members.list_members()) == 3


def test_daily_backup_after_the_window_is_shown_keeps_the_setting(qtbot, window) -> None:
    from familycare.services.auto_backup import BACKUP_KEEP_SETTING, list_backups
    from familycare.ui.startup_recovery import run_daily_backup

    window.household.settings.set(BACKUP_KEEP_SETTING, "2")
    made = run_daily_backup(window)
    assert made is not None
    assert run_daily_backup(window) is None  # once a day
    backups = list_backups(window.household.paths)
    assert backups[0].path == made and backups[0].member_count == 3
    # Two good copies kept; the damaged file does not count and is left alone.
    assert [b.member_count for b in backups if b.usable] == [3, 2]
    assert len([b for b in backups if not b.usable]) == 1
