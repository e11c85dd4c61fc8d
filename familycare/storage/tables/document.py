from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

# A paper the member holds or applied for: 資格確認書, 資格情報のお知らせ, 限度額 …
documents = Table(
    "documents",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", String(40), nullable=False),
    Column("issuer", String(200), nullable=False, default=""),
    Column("applied_on", Date, nullable=True),
    Column("issued_on", Date, nullable=True),
    Column("valid_until", Date, nullable=True),
    Column("held", Boolean, nullable=False, default=True),
    Column("memo", Text, nullable=False, default=""),
    *tracked(),
)
