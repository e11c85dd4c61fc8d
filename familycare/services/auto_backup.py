"""Automatic copies of the household file, and putting one back.

Every copy is made with SQLite's online backup API (a raw file copy can miss pages still in
the WAL). Copies live in ``AppPaths.backup_dir`` and are named ``<kind>-<UTC stamp>.sqlite3``,
the same scheme as the copy the migrator makes (``before-migration-<from>-to-<to>-<stamp>``).
A copy is written under a temporary name and renamed only when complete, so a full disk or
a crash never leaves a half-written backup that looks good.

Nothing here ever deletes the household file: a restore or a fresh start moves the current
file (with its -wal/-shm) aside under a timestamped name in the data folder.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from familycare.paths import AppPaths
from familycare.storage.errors import DatabaseCorrupt, ForeignDatabase, SchemaTooNew
from familycare.storage.schema_version import REVISIONS

log = logging.getLogger(__name__)

BACKUP_KEEP_SETTING = "backup_keep"
DEFAULT_KEEP = 10
DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
SUFFIX = ".sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?\.sqlite3$")
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken and whether it can be restored."""

    path: Path
    kind: str  # "daily", "before-migration", ...
    taken_at: datetime  # UTC
    member_count: int | None  # None when the file cannot be read
    revision: str | None
    problem: str = ""  # empty when the copy is a readable familycare household

    @property
    def usable(self) -> bool:
        return not self.problem


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None  # the previous household file, renamed (never deleted)


def keep_setting_value(raw: str) -> int:
    """The number of backups to keep from the ``backup_keep`` setting (at least 1)."""
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return DEFAULT_KEEP
    return max(1, value)


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime(STAMP_FORMAT)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unused_name(folder: Path, base: str, suffix: str) -> Path:
    candidate = folder / f"{base}{suffix}"
    number = 1
    while candidate.exists():
        number += 1
        candidate = folder / f"{base}-{number}{suffix}"
    return candidate


def _open_read_only(path: Path, is_backup: bool) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if is_backup and not Path(str(path) + "-wal").exists():
        # Nothing writes to a backup: "immutable" reads it without creating -wal/-shm files
        # (the migrator's copies keep the WAL flag in their header).
        uri += "&immutable=1"
    return sqlite3.connect(uri, uri=True)


def copy_database(source: Path, destination: Path, *, source_is_backup: bool = False) -> Path:
    """A consistent, self-contained copy (no -wal needed) written atomically.

    The copy is made under a temporary name, checked, switched to the rollback journal so it
    is one file, flushed to disk and only then renamed to ``destination``.
    """
    temporary = destination.with_name(destination.name + ".partial")
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        src = _open_read_only(source, source_is_backup)
        try:
            con = sqlite3.connect(temporary)
            try:
                src.backup(con)
            finally:
                con.close()
        finally:
            src.close()
        con = sqlite3.connect(temporary)
        try:
            con.execute("PRAGMA journal_mode=DELETE")
            result = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
        if result is None or result[0] != "ok":
            raise DatabaseCorrupt(f"the copy of {source.name} failed its check: {result}")
        _fsync_file(temporary)
        os.replace(temporary, destination)
        _fsync_dir(destination.parent)
    except BaseException:
        temporary.unlink(missing_ok=True)
        Path(str(temporary) + "-journal").unlink(missing_ok=True)
        raise
    return destination


def take_backup(paths: AppPaths, now: datetime, kind: str = DAILY) -> Path:
    """Copy the household file into the backup folder; return the new backup's path."""
    source = _require_sqlite(paths)
    folder = paths.backup_dir
    folder.mkdir(parents=True, exist_ok=True)
    destination = _unused_name(folder, f"{kind}-{_stamp(now)}", SUFFIX)
    copy_database(source, destination)
    log.info("backup written: %s", destination.name)
    return destination


def _require_sqlite(paths: AppPaths) -> Path:
    source = paths.sqlite_file
    if source is None:
        raise ValueError("automatic backups are for SQLite households only")
    return source


def backup_files(paths: AppPaths) -> list[Path]:
    """Our backup files, newest first (by the stamp in the name)."""
    folder = paths.backup_dir
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.is_file() and _STAMP.search(p.name)]
    return sorted(found, key=lambda p: (_taken_at(p), p.name), reverse=True)


def _taken_at(path: Path) -> datetime:
    match = _STAMP.search(path.name)
    if match is not None:
        return datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def _kind(path: Path) -> str:
    match = _STAMP.search(path.name)
    head = path.name[: match.start()] if match else path.stem
    return BEFORE_MIGRATION if head.startswith(BEFORE_MIGRATION) else head


def inspect_backup(path: Path) -> BackupInfo:
    """Open a backup read-only and report its member count, or what is wrong with it."""
    taken_at, kind = _taken_at(path), _kind(path)
    try:
        revision, members = read_household_summary(path)
    except (DatabaseCorrupt, ForeignDatabase, SchemaTooNew) as exc:
        return BackupInfo(path, kind, taken_at, None, None, exc.code)
    return BackupInfo(path, kind, taken_at, members, revision)


def read_household_summary(path: Path) -> tuple[str, int]:
    """(schema revision, number of members) of a household file, opened read-only.

    Raises DatabaseCorrupt, ForeignDatabase or SchemaTooNew for files that cannot be used.
    """
    try:
        con = _open_read_only(path, is_backup=True)
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(str(exc)) from exc
    try:
        check = con.execute("PRAGMA quick_check").fetchone()
        if check is None or check[0] != "ok":
            raise DatabaseCorrupt(f"quick_check: {check}")
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "members" not in tables:
            raise ForeignDatabase(f"tables: {sorted(tables)[:5]}")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
        if revision not in REVISIONS:
            raise SchemaTooNew(f"revision {revision!r}", revision=revision)
        members = int(con.execute("SELECT count(*) FROM members").fetchone()[0])
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(str(exc)) from exc
    finally:
        con.close()
    return str(revision), members


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """Every backup, newest first, each with its date and member count."""
    return [inspect_backup(p) for p in backup_files(paths)]


def newest_usable_backup(paths: AppPaths) -> BackupInfo | None:
    for path in backup_files(paths):
        info = inspect_backup(path)
        if info.usable:
            return info
    return None


def prune_backups(paths: AppPaths, keep: int) -> list[Path]:
    """Delete the oldest good backups beyond ``keep``; return what was deleted.

    Only readable copies count: a damaged file must not push a good copy out. Damaged files
    are left for a person to look at.
    """
    good = [p for p in backup_files(paths) if inspect_backup(p).usable]
    removed = []
    for path in good[max(1, keep):]:
        path.unlink(missing_ok=True)
        for side in _SIDE_FILES:
            Path(str(path) + side).unlink(missing_ok=True)
        removed.append(path)
    return removed


def daily_backup_due(paths: AppPaths, now: datetime) -> bool:
    """True when no daily backup was taken yet on ``now``'s (local) calendar day."""
    if paths.sqlite_file is None or not paths.sqlite_file.exists():
        return False
    today = now.astimezone().date()
    for path in backup_files(paths):
        if _kind(path) == DAILY and _taken_at(path).astimezone().date() == today:
            return False
    return True


def backup_if_due(paths: AppPaths, now: datetime, keep: int = DEFAULT_KEEP) -> Path | None:
    """The once-a-day copy at start: take it if due, then keep only the newest ``keep``."""
    if not daily_backup_due(paths, now):
        return None
    made = take_backup(paths, now, DAILY)
    prune_backups(paths, keep)
    return made


def move_aside(paths: AppPaths, label: str, now: datetime) -> Path | None:
    """Rename the household file (and its -wal/-shm, so it stays openable) out of the way.

    Returns the new name, or None if there was no file. Never deletes anything.
    """
    current = _require_sqlite(paths)
    if not current.exists():
        return None
    aside = _unused_name(current.parent, f"{current.name}.{label}-{_stamp(now)}", "")
    os.replace(current, aside)
    for side in _SIDE_FILES:
        companion = Path(str(current) + side)
        if companion.exists():
            os.replace(companion, Path(str(aside) + side))
    _fsync_dir(current.parent)
    log.warning("household file kept aside as %s", aside.name)
    return aside


def restore_backup(backup: Path, paths: AppPaths, now: datetime | None = None) -> RestoreResult:
    """Put ``backup`` in place of the household file.

    The caller must close every connection first. The backup is checked, copied next to the
    household file with the backup API, the current file is moved aside (timestamped, never
    deleted), and the copy is renamed into place. If anything fails before the swap, the
    current file is untouched.
    """
    now = now or datetime.now(UTC)
    read_household_summary(backup)  # refuse damaged, foreign or too-new copies up front
    target = _require_sqlite(paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = _unused_name(target.parent, f"{target.name}.restoring-{_stamp(now)}", "")
    copy_database(backup, incoming, source_is_backup=True)
    aside: Path | None = None
    try:
        os.chmod(incoming, 0o600)
        aside = move_aside(paths, "before-restore", now)
        os.replace(incoming, target)
        _fsync_dir(target.parent)
    except BaseException:
        if aside is not None and not target.exists():
            os.replace(aside, target)  # put the household back as it was
        incoming.unlink(missing_ok=True)
        raise
    log.warning("restored %s (previous file kept as %s)", backup.name, aside)
    return RestoreResult(backup, aside)
