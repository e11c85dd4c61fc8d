"""A damaged household file at start: never overwritten; restore a backup or start fresh."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.services.auto_backup import take_backup
from familycare.services.instance_lock import lock_path
from familycare.storage.errors import DatabaseCorrupt, ForeignDatabase, SchemaTooNew
from familycare.ui.startup_recovery import (
    RecoveryChoice,
    StartupRecoveryDialog,
    offers_recovery,
)

REPO = Path(__file__).resolve().parents[2]


def make_household(paths, clock, names: list[str]) -> None:
    household = open_household(paths, clock)
    try:
        for name in names:
            household.members.add_member(MemberDraft(name, date(1980, 1, 1), Relationship.CHILD))
    finally:
        household.close()


def damage(paths, how: str) -> bytes:
    db = paths.sqlite_file
    if how == "truncated":
        db.write_bytes(db.read_bytes()[: db.stat().st_size // 2])
    elif how == "garbage":
        db.write_bytes(b"\x00\xffnot a database\n" * 300)
    else:  # foreign: someone else's SQLite file
        db.unlink()
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
        con.commit()
        con.close()
    return db.read_bytes()


def opening_error(paths, clock) -> Exception:
    with pytest.raises((DatabaseCorrupt, ForeignDatabase)) as caught:
        open_household(paths, clock)
    return caught.value


def names_in(paths, clock) -> list[str]:
    household = open_household(paths, clock)
    try:
        return sorted(m.display_name for m in household.members.list_members())
    finally:
        household.close()


@pytest.mark.parametrize("how", ["truncated", "garbage", "foreign"])
def test_restore_the_newest_good_backup(qtbot, app_paths, clock, how) -> None:
    make_household(app_paths, clock, ["Aoi", "Ren"])
    take_backup(app_paths, datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    damaged = damage(app_paths, how)
    error = opening_error(app_paths, clock)
    assert offers_recovery(error)
    assert app_paths.sqlite_file.read_bytes() == damaged  # the failed open wrote nothing

    dialog = StartupRecoveryDialog(app_paths, error)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled()
    assert "2" in dialog.restore_button.text() and "2026-11-24" in dialog.restore_button.text()
    assert str(app_paths.sqlite_file) in dialog.explanation.text()
    dialog.restore_button.click()

    assert dialog.choice is RecoveryChoice.RESTORED
    assert names_in(app_paths, clock) == ["Aoi", "Ren"]
    assert dialog.kept_aside.read_bytes() == damaged  # kept, byte for byte


@pytest.mark.parametrize("how", ["truncated", "garbage"])
def test_start_fresh_keeps_the_damaged_file_renamed(qtbot, app_paths, clock, how) -> None:
    make_household(app_paths, clock, ["Aoi"])
    damaged = damage(app_paths, how)
    dialog = StartupRecoveryDialog(app_paths, opening_error(app_paths, clock))
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()  # no backup yet
    dialog.fresh_button.click()

    assert dialog.choice is RecoveryChoice.STARTED_FRESH
    assert dialog.kept_aside.parent == app_paths.data_dir
    assert "damaged" in dialog.kept_aside.name
    assert dialog.kept_aside.read_bytes() == damaged
    assert names_in(app_paths, clock) == []


def test_quit_changes_nothing(qtbot, app_paths, clock) -> None:
    make_household(app_paths, clock, ["Aoi"])
    damaged = damage(app_paths, "garbage")
    before = sorted(os.listdir(app_paths.data_dir))
    dialog = StartupRecoveryDialog(app_paths, opening_error(app_paths, clock))
    qtbot.addWidget(dialog)
    dialog.quit_button.click()
    assert dialog.choice is RecoveryChoice.QUIT
    assert app_paths.sqlite_file.read_bytes() == damaged
    assert sorted(os.listdir(app_paths.data_dir)) == before


def test_a_newer_apps_file_gets_no_recovery_offer() -> None:
    assert not offers_recovery(SchemaTooNew("9999", revision="9999"))


def run_app(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FAMILYCARE_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "familycare", "--data-dir", str(data_dir), "--language", "en",
         "--exit-when-ready", *args],
        capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
    )


def test_headless_start_on_a_damaged_file_explains_in_one_line(app_paths, clock) -> None:
    make_household(app_paths, clock, ["Aoi"])
    damaged = damage(app_paths, "truncated")
    result = run_app(app_paths.data_dir)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "Traceback" not in result.stderr
    assert app_paths.sqlite_file.read_bytes() == damaged
    assert not lock_path(app_paths).exists()  # the lock is released on the way out


def test_a_second_window_on_the_same_household_is_refused(app_paths, clock) -> None:
    make_household(app_paths, clock, ["Aoi"])
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(
            """
            import sys, time
            from pathlib import Path
            from familycare.services.instance_lock import InstanceLock
            lock = InstanceLock(Path(sys.argv[1]))
            print("held" if lock.acquire() else "refused", flush=True)
            time.sleep(120)
            """
        ), str(lock_path(app_paths))],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        result = run_app(app_paths.data_dir)
        assert result.returncode == 1
        assert "already open" in result.stderr and "Traceback" not in result.stderr
    finally:
        holder.kill()
        holder.wait(timeout=10)
    # Once the first window is gone (even killed), the household opens again.
    assert run_app(app_paths.data_dir).returncode == 0
