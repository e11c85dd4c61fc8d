"""The schema's metadata and the columns every entity table carries.

The tables are Core ``Table`` objects so the first screen can read the household without
importing SQLAlchemy's ORM (~100 ms and several MB before the family list shows, plus
~60 ms to map the rows): the ORM row classes (``storage/rows``) are mapped onto these same
tables and load with the first write.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, DateTime, Integer, MetaData

# Stable constraint names, so migrations can refer to them on SQLite and PostgreSQL alike.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def utcnow() -> datetime:
    return datetime.now(UTC)


def tracked() -> list[Column]:  # type: ignore[type-arg]
    """id, created_at, updated_at and version (DATA_MODEL.md). ``version`` is the ORM's
    optimistic-locking counter (``version_id_col`` of every row class): an UPDATE that finds
    another device's newer version raises StaleDataError instead of overwriting it silently.

    Revision 0001 laid them out first in members, settings and audit_events, later revisions
    last: each table lists them where its migration put them, since new databases are
    created from these tables (storage/schema_create.py)."""
    return [
        Column("id", Integer, primary_key=True),
        Column("created_at", DateTime(timezone=True), nullable=False, default=utcnow),
        Column("updated_at", DateTime(timezone=True), nullable=False, default=utcnow,
               onupdate=utcnow),
        Column("version", Integer, nullable=False, default=1),
    ]
