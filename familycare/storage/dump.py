"""An engine-neutral dump of a household: every table of ``storage.tables`` as JSON-able rows.

One format for backup/restore, JSON export/import and copying SQLite ↔ PostgreSQL, so it is
built from SQLAlchemy Core only (no engine-specific SQL), and values are encoded by the
column's type, not by what one driver happens to return:

    {"format": "familycare-dump", "format_version": 1, "schema_revision": "0002",
     "tables": {"members": {"columns": [...], "rows": [[...], ...]}, ...}}

Dates are ISO strings; times are ISO strings in UTC (SQLite hands back naive values, which
the app always wrote as UTC). ``parse_dump`` validates a dump fully without touching any
database, so a restore can refuse a damaged file before writing anything.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Engine,
    Float,
    Integer,
    String,
    Table,
    Text,
    func,
    select,
    text,
)

from familycare.storage.errors import StorageError
from familycare.storage.schema_version import HEAD, REVISIONS
from familycare.storage.tables import metadata

DUMP_FORMAT = "familycare-dump"
DUMP_FORMAT_VERSION = 1
# Older revisions whose dumps (backups, exports) still load: every migration after them only
# added tables and nullable columns. A migration that changes or drops a column must end
# this list at its own revision (or convert such dumps).
ADDITIVE_REVISIONS: frozenset[str] = frozenset({"0003"})


class DumpError(StorageError):
    """A dump that cannot be loaded; ``code`` says why (see the catalog)."""

    code = "dump_malformed"

    def __init__(self, code: str, detail: str = "", **params: object) -> None:
        super().__init__(detail or code, **params)
        self.code = code


@dataclass(frozen=True)
class ParsedDump:
    """A validated dump: per table (in foreign-key order) the rows as column → value."""

    schema_revision: str
    tables: dict[str, list[dict[str, Any]]]

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.tables.items()}


def household_tables() -> list[Table]:
    """Every table of the app, parents before children."""
    return list(metadata.sorted_tables)


# -- writing --------------------------------------------------------------------------------
def dump_household(engine: Engine) -> dict[str, Any]:
    """The whole household as a JSON-able dict, read in one transaction (one snapshot)."""
    with engine.connect() as conn, conn.begin():
        revision = _stored_revision(conn)
        tables: dict[str, Any] = {}
        for table in household_tables():
            columns = [c.name for c in table.columns]
            types = [c.type for c in table.columns]
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            tables[table.name] = {
                "columns": columns,
                "rows": [
                    [_encode(kind, value) for kind, value in zip(types, row, strict=True)]
                    for row in rows
                ],
            }
    return {
        "format": DUMP_FORMAT,
        "format_version": DUMP_FORMAT_VERSION,
        "schema_revision": revision,
        "tables": tables,
    }


def _encode(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(column_type, Date):
        return value.isoformat()
    if isinstance(column_type, Boolean):
        return bool(value)
    if isinstance(column_type, Integer):
        return int(value)
    if isinstance(column_type, Float):
        return float(value)
    if isinstance(column_type, String | Text):
        return str(value)
    raise TypeError(f"no dump encoding for column type {column_type!r}")


# -- validating -----------------------------------------------------------------------------
def parse_dump(dump: object) -> ParsedDump:
    """Check a dump completely (format, version, schema, every value); raise ``DumpError``."""
    if not isinstance(dump, Mapping) or dump.get("format") != DUMP_FORMAT:
        raise DumpError("dump_format_unknown", "not a familycare dump")
    if dump.get("format_version") != DUMP_FORMAT_VERSION:
        version = dump.get("format_version")
        raise DumpError("dump_version_unsupported", f"format_version {version!r}")
    revision = dump.get("schema_revision")
    older = revision != HEAD and revision in ADDITIVE_REVISIONS
    if revision != HEAD and not older:
        code = "dump_schema_newer" if revision not in REVISIONS else "dump_schema_older"
        raise DumpError(code, f"schema {revision!r}, this app {HEAD}", revision=str(revision))
    raw_tables = dump.get("tables")
    if not isinstance(raw_tables, Mapping):
        raise DumpError("dump_malformed", "no tables")
    known = {t.name for t in household_tables()}
    unknown = set(raw_tables) - known
    if unknown:
        raise DumpError("dump_malformed", f"unknown tables {sorted(unknown)[:5]}")
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in household_tables():
        raw = raw_tables.get(table.name)
        if raw is None and older:
            tables[table.name] = []  # a table added since: it was empty then
            continue
        tables[table.name] = _parse_table(table, raw, older)
    # An older dump is read as this schema (what it lacks is empty or NULL), so it loads
    # into a database at the head revision.
    return ParsedDump(HEAD, tables)


def _parse_table(table: Table, raw: object, older: bool = False) -> list[dict[str, Any]]:
    if raw is None:
        raise DumpError("dump_malformed", f"table {table.name} missing")
    if not isinstance(raw, Mapping):
        raise DumpError("dump_malformed", f"table {table.name} is not an object")
    columns = raw.get("columns")
    rows = raw.get("rows")
    expected = [c.name for c in table.columns]
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        raise DumpError("dump_malformed", f"table {table.name}: columns {columns!r}")
    # Columns added since an older dump's revision are nullable: they load as NULL.
    added = [name for name in expected if name not in columns] if older else []
    if sorted([*columns, *added]) != sorted(expected) or any(
        not table.columns[name].nullable for name in added
    ):
        raise DumpError("dump_malformed", f"table {table.name}: columns {columns!r}")
    if not isinstance(rows, list):
        raise DumpError("dump_malformed", f"table {table.name}: rows missing")
    parsed = []
    for index, row in enumerate(rows):
        if not isinstance(row, list) or len(row) != len(columns):
            raise DumpError("dump_malformed", f"table {table.name} row {index}: shape")
        values = {}
        for name, value in zip(columns, row, strict=True):
            column = table.columns[name]
            try:
                values[name] = _decode(column.type, value)
            except (TypeError, ValueError) as exc:
                raise DumpError(
                    "dump_malformed", f"table {table.name} row {index} column {name}: {exc}"
                ) from exc
            if values[name] is None and not column.nullable:
                raise DumpError("dump_malformed", f"table {table.name} row {index}: {name} empty")
        for name in added:
            values[name] = None
        parsed.append(values)
    return parsed


def _decode(column_type: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(column_type, DateTime):
        parsed = datetime.fromisoformat(_expect(value, str))
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    if isinstance(column_type, Date):
        return date.fromisoformat(_expect(value, str))
    if isinstance(column_type, Boolean):
        return _expect(value, bool)
    if isinstance(column_type, Integer):
        if isinstance(value, bool):
            raise TypeError("expected an integer")
        return _expect(value, int)
    if isinstance(column_type, Float):
        if isinstance(value, bool):
            raise TypeError("expected a number")
        return float(_expect(value, int | float))
    if isinstance(column_type, String | Text):
        text_value = _expect(value, str)
        length = getattr(column_type, "length", None)
        if length is not None and len(text_value) > length:
            raise ValueError(f"longer than {length}")
        return text_value
    raise TypeError(f"no dump decoding for column type {column_type!r}")


def _expect(value: Any, kind: Any) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"unexpected {type(value).__name__}")
    return value


# -- loading --------------------------------------------------------------------------------
def load_dump(engine: Engine, dump: object | ParsedDump) -> dict[str, int]:
    """Load a dump into an EMPTY database migrated to the same revision, in one transaction.

    Refuses a target holding any row; verifies the row counts before committing. Returns
    the counts per table.
    """
    parsed = dump if isinstance(dump, ParsedDump) else parse_dump(dump)
    with engine.connect() as conn, conn.begin():
        revision = _stored_revision(conn)
        if revision != parsed.schema_revision:
            raise DumpError(
                "target_schema_mismatch", f"target {revision!r}, dump {parsed.schema_revision!r}"
            )
        for table in household_tables():
            if conn.scalar(select(func.count()).select_from(table)):
                raise DumpError("target_not_empty", f"table {table.name} has rows")
        for table in household_tables():
            rows = parsed.tables[table.name]
            if rows:
                conn.execute(table.insert(), rows)
        _advance_id_sequences(conn)
        counts = {}
        for table in household_tables():
            counts[table.name] = int(conn.scalar(select(func.count()).select_from(table)) or 0)
        if counts != parsed.counts():
            raise DumpError("dump_count_mismatch", f"loaded {counts}, dump {parsed.counts()}")
    return counts


def _advance_id_sequences(conn: Connection) -> None:
    # Rows were inserted with their ids; PostgreSQL's sequences do not notice that, so the
    # next ordinary insert would collide. SQLite needs nothing (it uses max(rowid) + 1).
    if conn.dialect.name != "postgresql":
        return
    for table in household_tables():
        if "id" not in table.columns:
            continue
        top = conn.scalar(select(func.max(table.c.id))) or 0
        conn.execute(
            text("SELECT setval(pg_get_serial_sequence(:name, 'id'), :next, false)"),
            {"name": table.name, "next": int(top) + 1},
        )


def _stored_revision(conn: Connection) -> str | None:
    try:
        return conn.scalar(text("SELECT version_num FROM alembic_version"))
    except Exception as exc:  # no alembic_version: not a migrated familycare database
        raise DumpError("target_not_migrated", str(exc)[:200]) from exc
