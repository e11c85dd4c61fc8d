from __future__ import annotations

from sqlalchemy import Column, DateTime, Integer, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

# Append-only record of who changed what. The summary never holds a secret.
audit_events = Table(
    "audit_events",
    metadata,
    *tracked(),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(100), nullable=False, default=""),
    Column("entity", String(40), nullable=False),
    Column("entity_id", Integer, nullable=True, index=True),
    Column("member_id", Integer, nullable=True, index=True),
    Column("action", String(40), nullable=False),
    Column("summary", Text, nullable=False, default=""),
)
