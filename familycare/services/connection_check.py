"""Test a database server before this PC uses it: can it be reached with these settings,
and what is in the database (nothing yet, this app's household, an older one that opening
will upgrade, or something that must not be touched)?

Nothing is written: the schema is only read. Used by Settings → Shared database… (off the
UI thread) and by ``familycare self-test``.
"""

from __future__ import annotations

from dataclasses import dataclass

from familycare.storage import connection_problems as problems
from familycare.storage.errors import (
    ConnectionFailed,
    DatabaseCorrupt,
    DatabaseUnavailable,
    ForeignDatabase,
    SchemaTooNew,
)

EMPTY = "empty"  # no household yet: opening it creates one
CURRENT = "current"
OLDER = "older"  # opening it upgrades the schema for every PC


@dataclass(frozen=True)
class ConnectionReport:
    problem: str | None  # None: usable; else a code from storage.connection_problems
    detail: str = ""  # the server's first line, for the log and the "other" message
    schema: str | None = None  # EMPTY / CURRENT / OLDER when usable
    members: int | None = None
    encrypted: bool | None = None  # TLS in use (None: not known)

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_connection(url: str, password: str | None) -> ConnectionReport:
    """Connect to ``url`` (``password`` used when the URL has none) and read its schema."""
    from sqlalchemy import text
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

    from familycare.storage.engine import make_engine
    from familycare.storage.migrator import SchemaState, stored_revision

    try:
        engine = make_engine(url, create_file=False, password=password)
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        return ConnectionReport(problems.OTHER, type(exc).__name__)
    try:
        state, _revision = stored_revision(engine)
        members = None
        encrypted = None
        with engine.connect() as conn:
            if state is not SchemaState.EMPTY:
                members = int(conn.execute(text("SELECT count(*) FROM members")).scalar() or 0)
            if engine.dialect.name == "postgresql":
                encrypted = bool(conn.execute(text(
                    "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar())
    except ConnectionFailed as exc:
        return ConnectionReport(exc.problem, exc.detail)
    except SchemaTooNew as exc:
        return ConnectionReport(problems.SCHEMA_TOO_NEW, str(exc.params.get("revision", "")))
    except ForeignDatabase as exc:
        return ConnectionReport(problems.NOT_A_HOUSEHOLD, exc.detail)
    except (DatabaseUnavailable, DatabaseCorrupt) as exc:
        return ConnectionReport(problems.OTHER, problems.first_line(exc.detail))
    except SQLAlchemyError as exc:
        original = getattr(exc, "orig", None) or exc
        return ConnectionReport(problems.OTHER, problems.first_line(str(original)))
    finally:
        engine.dispose()
    schema = {SchemaState.EMPTY: EMPTY, SchemaState.CURRENT: CURRENT,
              SchemaState.OLDER: OLDER}[state]
    return ConnectionReport(None, schema=schema, members=members, encrypted=encrypted)
