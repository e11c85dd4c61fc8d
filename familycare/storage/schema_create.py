"""A brand-new database gets the head schema in one step, without Alembic.

Running every migration on an empty database imports Alembic (~60 ms, ~10 MB; HOUSE_STYLE
"Start-up and scale") and rebuilds tables batch by batch: every new household and every
``--demo`` paid ~0.4 s and ~16 MB for it before its first screen. ``create_all`` from the
tables gives the same schema (tests/storage/test_schema_create.py compares the two, column
for column, on SQLite and PostgreSQL) and the head revision is stored as Alembic stores it,
so a later upgrade starts from there like on any other database.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, MetaData, PrimaryKeyConstraint, String, Table

from familycare.storage.schema_version import HEAD

# Alembic's own version table, as its migration context creates it.
ALEMBIC_VERSION = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def create_head_schema(connection: Connection) -> None:
    """Create every table at the head revision, in the caller's transaction."""
    from familycare.storage.tables import metadata

    if connection.dialect.name == "postgresql":
        from familycare.storage.tables.postgresql_where import add_postgresql_where

        add_postgresql_where(metadata)
    metadata.create_all(connection)
    ALEMBIC_VERSION.create(connection, checkfirst=True)
    connection.execute(ALEMBIC_VERSION.insert().values(version_num=HEAD))
