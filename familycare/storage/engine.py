"""Engine creation for SQLite (embedded default) and PostgreSQL (shared household)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext

from familycare.paths import sqlite_path_from_url
from familycare.storage.errors import ConnectionFailed, DatabaseBusy, DiskFull

SQLITE_BUSY_TIMEOUT_MS = 5000
PG_CONNECT_TIMEOUT_S = 10


def ensure_private_sqlite_file(path: Path) -> None:
    """Create the database file owner-only (0600) before SQLite creates it with the umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)


def _sqlite_on_connect(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # Switching to WAL rewrites the file header: never do that to someone else's database,
    # which the migrator is about to refuse "unchanged".
    tables = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables or "alembic_version" in tables:
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# SQLite result codes that mean "someone else holds the lock" or "no room to write".
_BUSY_CODES = frozenset(
    {"SQLITE_BUSY", "SQLITE_BUSY_SNAPSHOT", "SQLITE_BUSY_RECOVERY", "SQLITE_LOCKED"}
)
_FULL_CODES = frozenset({"SQLITE_FULL", "SQLITE_IOERR_WRITE"})


def _sqlite_error_to_storage_error(context: ExceptionContext) -> None:
    """Turn lock time-outs and full disks into StorageErrors with a plain message.

    SQLite has already rolled the statement back; raising here replaces SQLAlchemy's wrapper
    so that the UI and CLI can name the cause instead of showing a traceback.
    """
    original = context.original_exception
    if not isinstance(original, sqlite3.OperationalError):
        return
    name = getattr(original, "sqlite_errorname", "")
    message = str(original)
    if name in _BUSY_CODES or "database is locked" in message:
        raise DatabaseBusy(message) from original
    if name in _FULL_CODES or "database or disk is full" in message:
        raise DiskFull(message) from original


def make_engine(url: str, *, create_file: bool = True, password: str | None = None) -> Engine:
    """The engine for ``url``; ``password`` (from the keyring) is used when the URL has none,
    so it never needs to be part of a URL string that could be logged or saved."""
    sqlite_file = sqlite_path_from_url(url)
    if sqlite_file is not None:
        if create_file:
            ensure_private_sqlite_file(sqlite_file)
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "handle_error", _sqlite_error_to_storage_error)
        return engine
    connect_args: dict[str, object] = {}
    if url.startswith("postgresql") and "connect_timeout" not in url:
        # A server that never answers must not hang start-up for the OS's TCP time-out.
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if password is not None and parsed.password is None:
        parsed = parsed.set(password=password)
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
    except ImportError as exc:
        # The driver or the libpq it wraps is not installed (a source install without the
        # postgres extra; a packaged app on a PC without libpq): say so, not a traceback.
        from familycare.storage.connection_problems import DRIVER_MISSING, first_line

        raise ConnectionFailed(DRIVER_MISSING, first_line(str(exc))) from exc
