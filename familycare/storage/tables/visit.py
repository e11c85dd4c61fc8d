from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

# A planned visit with the plan as saved and as last printed (to flag "reprint").
visits = Table(
    "visits",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("facility_id", Integer, ForeignKey("facilities.id", ondelete="SET NULL"),
           nullable=True, index=True),
    Column("visit_on", Date, nullable=False, index=True),
    Column("plan_json", Text, nullable=False, default=""),
    Column("plan_fingerprint", String(64), nullable=False, default=""),
    Column("printed_at", DateTime(timezone=True), nullable=True),
    Column("printed_fingerprint", String(64), nullable=False, default=""),
    Column("memo", Text, nullable=False, default=""),
    *tracked(),
)
