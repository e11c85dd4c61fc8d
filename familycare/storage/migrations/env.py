"""Alembic environment: the caller passes an open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from familycare.storage.tables import metadata

connection = context.config.attributes["connection"]
if connection.dialect.name == "postgresql":
    from familycare.storage.tables.postgresql_where import add_postgresql_where

    add_postgresql_where(metadata)
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things in place; batch mode rebuilds tables portably.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
