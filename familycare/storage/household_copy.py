"""Copy a whole household from one database to another (SQLite ↔ PostgreSQL).

The engine-neutral dump carries the rows; the target must hold no household rows, is
migrated to the app's schema head, and receives everything in ONE transaction whose row
counts are checked before it commits (``load_dump``). The source is only read.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, func, inspect, select, table

from familycare.paths import sqlite_path_from_url
from familycare.storage.dump import DumpError, dump_household, load_dump, parse_dump
from familycare.storage.errors import StorageError
from familycare.storage.migrator import SchemaState, stored_revision, upgrade_to_head


class CopyRefused(StorageError):
    """The copy was not started; ``code`` says why (``side`` names source or target)."""

    code = "copy_refused"

    def __init__(self, code: str, detail: str = "", **params: object) -> None:
        super().__init__(detail or code, **params)
        self.code = code


@dataclass(frozen=True)
class CopyResult:
    source_revision: str
    counts: dict[str, int]  # rows per table, as verified in the target

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def copy_household(source: Engine, target: Engine) -> CopyResult:
    """Copy every row of ``source`` into the empty ``target``; raise ``CopyRefused``,
    ``DumpError`` or another ``StorageError`` without having written household rows."""
    state, revision = stored_revision(source)
    if state is SchemaState.EMPTY or revision is None:
        raise CopyRefused("source_empty", "the source holds no household", side="source")
    if state is SchemaState.OLDER:
        raise CopyRefused("source_older", f"source at {revision}", side="source",
                          revision=revision)
    dump = parse_dump(dump_household(source))
    _refuse_non_empty(target)
    upgrade_to_head(target, None)
    try:
        counts = load_dump(target, dump)
    except DumpError as exc:
        if exc.code == "target_not_empty":  # a row arrived between the check and the load
            raise CopyRefused("target_not_empty", exc.detail, side="target") from exc
        raise
    return CopyResult(dump.schema_revision, counts)


def _refuse_non_empty(target: Engine) -> None:
    # Checked before migrating, so a database with someone's data is not even upgraded.
    stored_revision(target)  # raises for foreign or newer databases
    with target.connect() as conn:
        names = [n for n in inspect(conn).get_table_names() if n != "alembic_version"]
        for name in names:
            if conn.scalar(select(func.count()).select_from(table(name))):
                raise CopyRefused("target_not_empty", f"table {name} has rows", side="target")


def is_sqlite_url(url: str) -> bool:
    return url.startswith("sqlite:")


def sqlite_file_missing(url: str) -> bool:
    """True for an SQLite URL naming a file that does not exist (connecting would create it)."""
    path = sqlite_path_from_url(url)
    return path is not None and not path.exists()
