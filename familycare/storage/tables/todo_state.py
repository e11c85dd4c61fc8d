from __future__ import annotations

from sqlalchemy import Column, Date, DateTime, ForeignKey, Integer, String, Table

from familycare.storage.tables.base import metadata, tracked

# Done / snoozed state and assignee of a derived to-do item (the items are not stored).
todo_states = Table(
    "todo_states",
    metadata,
    Column("todo_key", String(200), unique=True, nullable=False),
    Column("done_at", DateTime(timezone=True), nullable=True),
    Column("snoozed_until", Date, nullable=True),
    *tracked(),
    # Who in the family takes the item on; a deleted member's items become unassigned.
    # Last in the table, where revision 0004 added it.
    Column("assignee_member_id", Integer, ForeignKey("members.id", ondelete="SET NULL"),
           nullable=True, index=True),
)
