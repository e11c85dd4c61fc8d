from __future__ import annotations

from sqlalchemy import Column, Date, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

members = Table(
    "members",
    metadata,
    *tracked(),
    Column("display_name", String(100), unique=True, nullable=False),
    Column("kana", String(200), nullable=False, default=""),
    Column("birth_date", Date, nullable=False),
    Column("relationship", String(20), nullable=False),
    Column("colour", String(7), nullable=False),
    Column("memo", Text, nullable=False, default=""),
)
