"""Bring a database to the schema head shipped with the app, safely.

- Alembic is imported only when the stored revision differs from the head; an empty
  database gets the head schema directly (storage/schema_create.py).
- An SQLite file gets a consistent copy (online backup API) before any upgrade.
- A database written by a newer app, or a database that is not ours, is refused untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from familycare.paths import sqlite_path_from_url
from familycare.storage.errors import (
    DatabaseCorrupt,
    DatabaseUnavailable,
    ForeignDatabase,
    SchemaTooNew,
)
from familycare.storage.schema_version import HEAD, REVISIONS
from familycare.storage.sqlite_backup import backup_sqlite_file

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaState(Enum):
    EMPTY = "empty"
    CURRENT = "current"
    OLDER = "older"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup_file: Path | None

    @property
    def upgraded(self) -> bool:
        return self.from_revision != self.to_revision


def stored_revision(engine: Engine) -> tuple[SchemaState, str | None]:
    """Read the stored revision with plain SQL; raise for databases we must not touch."""
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
            if "alembic_version" not in names:
                if names:
                    raise ForeignDatabase(f"tables without alembic_version: {sorted(names)[:5]}")
                return SchemaState.EMPTY, None
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except ForeignDatabase:
        raise
    except OperationalError as exc:
        if engine.dialect.name != "sqlite":
            # A server: say why (unreachable, password, database missing, TLS …).
            from familycare.storage.connection_problems import connection_failed_from

            raise connection_failed_from(exc) from exc
        message = str(exc.orig) if exc.orig is not None else str(exc)
        if "not a database" in message or "malformed" in message:
            raise DatabaseCorrupt(message) from exc
        raise DatabaseUnavailable(message) from exc
    except DatabaseError as exc:
        raise DatabaseCorrupt(str(exc.orig) if exc.orig is not None else str(exc)) from exc
    if revision is None:
        return SchemaState.EMPTY, None
    if revision not in REVISIONS:
        raise SchemaTooNew(f"stored revision {revision!r} is not known", revision=revision)
    if revision == HEAD:
        return SchemaState.CURRENT, revision
    return SchemaState.OLDER, revision


def upgrade_to_head(engine: Engine, backup_dir: Path | None) -> MigrationResult:
    state, revision = stored_revision(engine)
    if state is SchemaState.CURRENT:
        return MigrationResult(revision, HEAD, None)
    if state is SchemaState.EMPTY:
        from familycare.storage.schema_create import create_head_schema

        with engine.begin() as connection:
            create_head_schema(connection)
        return MigrationResult(None, HEAD, None)
    backup_file = None
    sqlite_file = sqlite_path_from_url(engine.url.render_as_string(hide_password=False))
    if state is SchemaState.OLDER and sqlite_file is not None and backup_dir is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup_file = backup_sqlite_file(
            sqlite_file, backup_dir / f"before-migration-{revision}-to-{HEAD}-{stamp}.sqlite3"
        )
    run_alembic_upgrade(engine, HEAD)
    return MigrationResult(revision, HEAD, backup_file)


def alembic_config(connection: object) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def run_alembic_upgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)
