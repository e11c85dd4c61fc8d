"""A full disk: a clear ``disk_full`` message, and nothing half-written.

Tests run as root, so chmod proves nothing. A full disk is simulated with SQLite's
``max_page_count`` (in-process, on this test's own engine), ``RLIMIT_FSIZE`` (in a child
process) and ``/dev/full`` (for output files).
"""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.i18n.catalog_common import STORAGE
from familycare.storage.errors import DiskFull
from familycare.ui.error_text import storage_error_text

REPO = Path(__file__).resolve().parents[2]


def draft(n: int) -> MemberDraft:
    return MemberDraft(f"Member {n}", date(1950, 1, 1), Relationship.CHILD, memo="x" * 900)


def stored(db: Path) -> tuple[list[str], int]:
    """(member names, member 'add' audit events) after integrity_check passes."""
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = sorted(r[0] for r in con.execute("SELECT display_name FROM members"))
        adds = con.execute(
            "SELECT count(*) FROM audit_events WHERE entity='member' AND action='add'"
        ).fetchone()[0]
        return names, adds
    finally:
        con.close()


def test_database_full_gives_disk_full_and_keeps_exactly_the_committed_data(
    app_paths, clock
) -> None:
    household = open_household(app_paths, clock)
    committed = [household.members.add_member(draft(0)).display_name]

    def cap_the_file(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages + 2}")
        cursor.close()

    engine = household.db.engine
    event.listen(engine, "connect", cap_the_file)
    engine.dispose()  # new connections get the cap
    with pytest.raises(DiskFull) as caught:
        for n in range(1, 200):
            household.members.add_member(draft(n))
            committed.append(f"Member {n}")
    household.close()

    assert caught.value.code == "disk_full"
    message = storage_error_text(caught.value)
    assert message == STORAGE["disk_full"] and "disk is full" in message
    names, adds = stored(app_paths.sqlite_file)
    assert names == sorted(committed)  # the failed member is not there, the others are
    assert adds == len(committed)  # no member without its audit line, or the reverse


WRITER = textwrap.dedent(
    """
    import resource, sys
    from datetime import date
    from familycare.domain.member import MemberDraft, Relationship
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.clock import FixedClock
    from familycare.storage.errors import StorageError

    household = open_household(resolve_paths(data_dir=sys.argv[1], environ={}),
                               FixedClock(date(2026, 11, 25)))
    household.members.list_members()
    # From here on no file of this process may grow past 64 KiB beyond the database's size.
    limit = household.paths.sqlite_file.stat().st_size + 64 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        for n in range(10_000):
            household.members.add_member(
                MemberDraft(f"Member {n}", date(1950, 1, 1), Relationship.CHILD, memo="x" * 900))
            print(f"committed Member {n}", flush=True)
    except StorageError as exc:
        print(f"error {exc.code}", flush=True)
    household.close()
    """
)


def test_file_size_limit_mid_write_rolls_back_cleanly(app_paths, clock) -> None:
    open_household(app_paths, clock).close()
    result = subprocess.run(
        [sys.executable, "-c", WRITER, str(app_paths.data_dir)],
        capture_output=True, text=True, cwd=REPO, timeout=300,
    )
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stderr
    assert lines[-1] == "error disk_full", result.stdout[-500:] + result.stderr[-2000:]
    committed = [line.removeprefix("committed ") for line in lines[:-1]]
    assert len(committed) > 5
    names, adds = stored(app_paths.sqlite_file)
    assert names == sorted(committed) and adds == len(committed)
    # And the app opens it normally afterwards.
    household = open_household(app_paths, clock)
    try:
        assert len(household.members.list_members()) == len(committed)
    finally:
        household.close()


def limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def run_cli(data_dir: Path, *args: str, limit: int | None = None, stdout=subprocess.PIPE):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FAMILYCARE_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "familycare", "--data-dir", str(data_dir), "--language", "en",
         *args],
        stdout=stdout, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO, timeout=120,
        preexec_fn=limit_file_size(limit) if limit is not None else None,
    )


def test_command_line_on_a_full_disk_says_so_in_one_line(app_paths, clock) -> None:
    household = open_household(app_paths, clock)  # stays open, as a window would
    for n in range(20):
        household.members.add_member(draft(n))
    wal = app_paths.sqlite_file.with_name("familycare.sqlite3-wal")
    # The command appends to the WAL the window keeps: let no file grow past 64 KiB.
    assert wal.stat().st_size > 128 * 1024
    try:
        result = run_cli(
            app_paths.data_dir, "member", "add", "--name", "Late", "--birth", "1990-01-01",
            "--relation", "child", limit=64 * 1024,
        )
        assert [m.display_name for m in household.members.list_members()][-1] == "Member 19"
    finally:
        household.close()
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    names, adds = stored(app_paths.sqlite_file)
    assert names == sorted(f"Member {n}" for n in range(20)) and adds == 20


def test_output_to_a_full_disk_is_one_clear_line(app_paths, clock, tmp_path) -> None:
    household = open_household(app_paths, clock)
    household.members.add_member(draft(0))
    household.close()
    full = tmp_path / "full.ics"
    full.symlink_to("/dev/full")  # the link, not /dev/full itself, is what could be replaced
    for fmt in ("ics", "json"):
        result = run_cli(app_paths.data_dir, "export", "--format", fmt, "--out", str(full))
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "No space left" in lines[0], result.stderr
        assert full.is_symlink() and not full.with_name("full.ics.part").exists()
    with open("/dev/full", "wb") as device:  # standard output itself on a full disk
        result = run_cli(app_paths.data_dir, "member", "list", stdout=device)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "Traceback" not in result.stderr


BACKUP_WRITER = textwrap.dedent(
    """
    import resource, sys
    from datetime import UTC, datetime
    from familycare.paths import resolve_paths
    from familycare.services.auto_backup import take_backup

    paths = resolve_paths(data_dir=sys.argv[1], environ={})
    limit = paths.sqlite_file.stat().st_size // 2
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        take_backup(paths, datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
        print("written")
    except Exception as exc:
        print("failed", type(exc).__name__)
    """
)


def test_a_backup_that_does_not_fit_leaves_no_half_written_copy(app_paths, clock) -> None:
    household = open_household(app_paths, clock)
    for n in range(40):
        household.members.add_member(draft(n))
    household.close()
    before = app_paths.sqlite_file.read_bytes()
    result = subprocess.run(
        [sys.executable, "-c", BACKUP_WRITER, str(app_paths.data_dir)],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )
    assert result.stdout.startswith("failed"), result.stdout + result.stderr
    assert list(app_paths.backup_dir.iterdir()) == []
    assert app_paths.sqlite_file.read_bytes() == before
