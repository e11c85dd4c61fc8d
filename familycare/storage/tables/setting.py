from __future__ import annotations

from sqlalchemy import Column, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

# Household-level key/value settings (user name, language, rule overrides).
settings = Table(
    "settings",
    metadata,
    *tracked(),
    Column("key", String(100), unique=True, nullable=False),
    Column("value", Text, nullable=False),
)
