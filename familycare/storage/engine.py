"""Engine creation for SQLite (embedded default) and PostgreSQL (shared household)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event

from familycare.paths import sqlite_path_from_url

SQLITE_BUSY_TIMEOUT_MS = 5000


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
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, create_file: bool = True) -> Engine:
    sqlite_file = sqlite_path_from_url(url)
    if sqlite_file is not None:
        if create_file:
            ensure_private_sqlite_file(sqlite_file)
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)
