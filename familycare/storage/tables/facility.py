from __future__ import annotations

from sqlalchemy import Boolean, Column, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

# A clinic, hospital or pharmacy. Capabilities: True, False or NULL (not known).
facilities = Table(
    "facilities",
    metadata,
    Column("name", String(200), unique=True, nullable=False),
    Column("kind", String(20), nullable=False, default="clinic"),
    Column("online_check", Boolean, nullable=True),
    Column("face_reader", Boolean, nullable=True),
    Column("smartphone_reader", Boolean, nullable=True),
    Column("memo", Text, nullable=False, default=""),
    *tracked(),
)
