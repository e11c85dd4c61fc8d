from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class TodoStateRow(Tracked, Base):
    """Done / snoozed state and assignee of a derived to-do item (the items themselves are not
    stored)."""

    __tablename__ = "todo_states"

    todo_key: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    snoozed_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Who in the family takes the item on; a deleted member's items become unassigned.
    # Last in the table, where revision 0004 added it (new databases are created from rows).
    assignee_member_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="SET NULL"), nullable=True, index=True,
        sort_order=1,
    )
