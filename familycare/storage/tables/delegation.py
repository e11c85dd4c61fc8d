from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Date, ForeignKey, Integer, String, Table, Text

from familycare.storage.tables.base import metadata, tracked

delegations = Table(
    "delegations",
    metadata,
    Column("principal_member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("agent_member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("kind", String(20), nullable=False),
    # JSON: {"codes": [...preset scope codes], "text": "free text"} (RULES.md 6: the official
    # list of scopes was not found, so the app records what the family chose).
    Column("scopes", Text, nullable=False, default=""),
    Column("since", Date, nullable=False),
    Column("until", Date, nullable=True),
    Column("review_due", Date, nullable=True),
    # The day the family last confirmed the delegation after a card event (lost, reissued).
    Column("reviewed_on", Date, nullable=True),
    Column("memo", Text, nullable=False, default=""),
    *tracked(),
    CheckConstraint("principal_member_id <> agent_member_id", name="not_self"),
)
