"""PostgreSQL's predicates of the partial unique indexes, added to the metadata only when a
PostgreSQL database is created or compared.

Naming a ``postgresql_*`` option on an ``Index`` makes SQLAlchemy import its whole PostgreSQL
dialect, with those of four drivers, to check the name: ~80 ms and several MB at every start
of a household that lives in SQLite, before its first screen. The migrations create these
indexes on both engines; the ORM metadata needs PostgreSQL's half only to create a new
PostgreSQL database (storage/schema_create.py) or for Alembic to compare one (env.py).
"""

from __future__ import annotations

from sqlalchemy import MetaData, text

# Index name → its WHERE on PostgreSQL (SQLite's is the index's own ``sqlite_where``).
POSTGRESQL_WHERE = {
    "uq_cards_one_current_per_member": "is_current",
    "uq_proxy_sessions_one_open_per_device": "state <> 'done'",
}


def add_postgresql_where(metadata: MetaData) -> None:
    """Give the partial indexes their PostgreSQL predicate (idempotent)."""
    for table in metadata.tables.values():
        for index in table.indexes:
            where = POSTGRESQL_WHERE.get(index.name or "")
            if where is not None and index.dialect_options["postgresql"]["where"] is None:
                index.dialect_options["postgresql"]["where"] = text(where)
