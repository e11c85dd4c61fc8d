from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, ForeignKey, Integer, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

# One period of health insurance. Periods of one member never overlap.
coverages = Table(
    "coverages",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", String(30), nullable=False),
    Column("insurer_name", String(200), nullable=False, default=""),
    Column("since", Date, nullable=True),
    Column("until", Date, nullable=True),
    Column("confirmed", Boolean, nullable=False, default=True),
    Column("is_dependent", Boolean, nullable=False, default=False),
    Column("holder_member_id", Integer, ForeignKey("members.id", ondelete="SET NULL"),
           nullable=True),
    Column("memo", Text, nullable=False, default=""),
    *tracked(),
)
