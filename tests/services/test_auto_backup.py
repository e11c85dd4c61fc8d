"""Daily copies, keeping the last N, listing with member counts, and restoring one."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.services.auto_backup import (
    BEFORE_MIGRATION,
    DAILY,
    backup_if_due,
    keep_setting_value,
    list_backups,
    newest_usable_backup,
    prune_backups,
    restore_backup,
    take_backup,
)
from familycare.storage.errors import DatabaseCorrupt, ForeignDatabase
from familycare.storage.sqlite_backup import backup_sqlite_file

NOW = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


def add(household, name: str) -> None:
    household.members.add_member(MemberDraft(name, date(1980, 1, 1), Relationship.CHILD))


def member_names(paths, clock) -> list[str]:
    opened = open_household(paths, clock)
    try:
        return sorted(m.display_name for m in opened.members.list_members())
    finally:
        opened.close()


def test_daily_backup_is_taken_once_a_day(household, app_paths) -> None:
    add(household, "Aoi")
    first = backup_if_due(app_paths, NOW)
    assert first is not None and first.parent == app_paths.backup_dir
    assert backup_if_due(app_paths, NOW + timedelta(hours=3)) is None
    assert backup_if_due(app_paths, NOW + timedelta(days=1)) is not None
    assert [b.kind for b in list_backups(app_paths)] == [DAILY, DAILY]


def test_backup_holds_what_is_still_only_in_the_wal(household, app_paths) -> None:
    for name in ("Aoi", "Ren", "Yui"):
        add(household, name)
    assert app_paths.sqlite_file.with_name("familycare.sqlite3-wal").stat().st_size > 0
    take_backup(app_paths, NOW)
    (info,) = list_backups(app_paths)
    assert info.usable and info.member_count == 3 and info.taken_at == NOW
    # The copy is one self-contained file: readable with no -wal beside it.
    assert not info.path.with_name(info.path.name + "-wal").exists()


def test_only_the_newest_n_backups_are_kept(household, app_paths) -> None:
    days = [NOW + timedelta(days=n) for n in range(5)]
    for day in days:
        add(household, f"Member {day.day}")
        backup_if_due(app_paths, day, keep=3)
    kept = list_backups(app_paths)
    assert [b.taken_at for b in kept] == list(reversed(days[2:]))
    assert [b.member_count for b in kept] == [5, 4, 3]


def test_keep_setting_is_read_safely() -> None:
    assert keep_setting_value("") == 10
    assert keep_setting_value("abc") == 10
    assert keep_setting_value("0") == 1
    assert keep_setting_value("25") == 25


def test_migration_copies_are_listed_and_pruned_with_the_others(household, app_paths) -> None:
    add(household, "Aoi")
    backup_sqlite_file(
        app_paths.sqlite_file,
        app_paths.backup_dir / f"{BEFORE_MIGRATION}-0001-to-0002-20250101-000000.sqlite3",
    )
    take_backup(app_paths, NOW)
    listed = list_backups(app_paths)
    assert [b.kind for b in listed] == [DAILY, BEFORE_MIGRATION]
    assert all(b.usable and b.member_count == 1 for b in listed)
    removed = prune_backups(app_paths, keep=1)
    assert [p.name for p in removed] == [listed[1].path.name]
    assert not list(app_paths.backup_dir.glob("before-migration*"))


def test_a_damaged_backup_is_listed_as_unusable_and_skipped(household, app_paths) -> None:
    add(household, "Aoi")
    good = take_backup(app_paths, NOW)
    app_paths.backup_dir.joinpath("daily-20261126-090000.sqlite3").write_bytes(b"junk" * 500)
    listed = list_backups(app_paths)
    assert [b.usable for b in listed] == [False, True]
    assert listed[0].problem == "database_corrupt" and listed[0].member_count is None
    assert newest_usable_backup(app_paths).path == good


def test_restore_swaps_in_the_backup_and_keeps_the_current_file(app_paths, clock) -> None:
    household = open_household(app_paths, clock)
    add(household, "Aoi")
    backup = take_backup(app_paths, NOW)
    add(household, "Ren")  # only in the current file (and its WAL)
    household.close()

    result = restore_backup(backup, app_paths, NOW + timedelta(minutes=5))

    assert member_names(app_paths, clock) == ["Aoi"]
    aside = result.kept_aside
    assert aside is not None and aside.parent == app_paths.data_dir
    assert "before-restore" in aside.name
    con = sqlite3.connect(aside)
    try:
        names = sorted(r[0] for r in con.execute("SELECT display_name FROM members"))
    finally:
        con.close()
    assert names == ["Aoi", "Ren"]
    assert oct(app_paths.sqlite_file.stat().st_mode & 0o777) == "0o600"


def test_restore_keeps_a_crash_wal_with_the_file_it_belongs_to(app_paths, clock) -> None:
    household = open_household(app_paths, clock)
    add(household, "Aoi")
    backup = take_backup(app_paths, NOW)
    household.close()
    # A -wal left by a crash belongs to the file being moved aside, not to the restored one.
    wal = app_paths.sqlite_file.with_name("familycare.sqlite3-wal")
    wal.write_bytes(b"")
    result = restore_backup(backup, app_paths, NOW)
    assert not wal.exists()
    assert result.kept_aside.with_name(result.kept_aside.name + "-wal").exists()


@pytest.mark.parametrize(
    ("content", "error"),
    [(b"SQLite format 3\x00" + b"\x00" * 50, DatabaseCorrupt), (None, ForeignDatabase)],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    app_paths, clock, tmp_path, content, error
) -> None:
    household = open_household(app_paths, clock)
    add(household, "Aoi")
    household.close()
    bad = tmp_path / "daily-20261120-090000.sqlite3"
    if content is None:
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY)")
        con.commit()
        con.close()
    else:
        bad.write_bytes(content)
    before = app_paths.sqlite_file.read_bytes()
    with pytest.raises(error):
        restore_backup(bad, app_paths, NOW)
    assert app_paths.sqlite_file.read_bytes() == before
    assert sorted(p.name for p in app_paths.data_dir.iterdir() if "restor" in p.name) == []


def test_a_failed_copy_leaves_no_half_written_backup(app_paths) -> None:
    app_paths.sqlite_file.parent.mkdir(parents=True, exist_ok=True)
    app_paths.sqlite_file.write_bytes(b"not a database " * 100)
    with pytest.raises(sqlite3.DatabaseError):
        take_backup(app_paths, NOW)
    assert list(app_paths.backup_dir.iterdir()) == []
