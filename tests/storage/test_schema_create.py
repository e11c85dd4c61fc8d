"""A new database created in one step (storage/schema_create.py) has exactly the schema the
migrations build, on SQLite and PostgreSQL: same tables, columns in the same order with the
same types, nullability and defaults, keys, constraints and indexes with their predicates,
and the head revision stored as Alembic stores it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Engine, inspect, text

from familycare.paths import sqlite_url
from familycare.storage.engine import make_engine
from familycare.storage.migrator import SchemaState, run_alembic_upgrade, stored_revision
from familycare.storage.schema_create import create_head_schema
from familycare.storage.schema_version import HEAD


@pytest.fixture
def two_urls(db_engine: str, tmp_path: Path, request: pytest.FixtureRequest) -> tuple[str, str]:
    if db_engine == "sqlite":
        return sqlite_url(tmp_path / "migrated.sqlite3"), sqlite_url(tmp_path / "created.sqlite3")
    scratch = request.getfixturevalue("pg_databases")
    return scratch.create(), scratch.create()


def _words(sql: object) -> str:
    return re.sub(r"\s+", " ", str(sql)).strip()


def index_predicates(engine: Engine) -> dict[str, str]:
    """Each index's full definition as the database keeps it (WHERE clause included)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
        else:
            rows = conn.execute(text(
                "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
        return {name: _words(sql) for name, sql in rows}


def describe(engine: Engine) -> dict[str, object]:
    described: dict[str, object] = {"indexes": index_predicates(engine)}
    with engine.connect() as conn:
        found = inspect(conn)
        for table in sorted(found.get_table_names()):
            described[table] = {
                "columns": [  # in table order
                    (c["name"], str(c["type"]), c["nullable"], _words(c.get("default")))
                    for c in found.get_columns(table)
                ],
                "primary key": found.get_pk_constraint(table),
                "foreign keys": sorted(
                    (fk["name"], fk["constrained_columns"], fk["referred_table"],
                     fk["referred_columns"], sorted(fk.get("options", {}).items()))
                    for fk in found.get_foreign_keys(table)
                ),
                "indexes": sorted(
                    (ix["name"], ix["column_names"], bool(ix["unique"]))
                    for ix in found.get_indexes(table)
                ),
                "unique": sorted(
                    (uq["name"], uq["column_names"]) for uq in found.get_unique_constraints(table)
                ),
                "checks": sorted(
                    (ck["name"], _words(ck["sqltext"]))
                    for ck in found.get_check_constraints(table)
                ),
            }
    return described


def test_a_new_database_gets_exactly_the_migrated_schema(two_urls) -> None:
    migrated = make_engine(two_urls[0])
    created = make_engine(two_urls[1])
    try:
        run_alembic_upgrade(migrated, HEAD)
        with created.begin() as connection:
            create_head_schema(connection)
        expected, actual = describe(migrated), describe(created)
        assert sorted(actual) == sorted(expected)
        for name in expected:
            # One table at a time, so a failure names it. A column added by a migration
            # lands at the end of its table: give it mapped_column(sort_order=...) to match.
            assert (name, actual[name]) == (name, expected[name])
        assert stored_revision(created) == (SchemaState.CURRENT, HEAD)
    finally:
        migrated.dispose()
        created.dispose()

