"""Who may act for whom (マイナポータル 代理人, 法定代理人, 成年後見人, 委任状), as recorded."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class DelegationRow(Tracked, Base):
    __tablename__ = "delegations"
    __table_args__ = (
        CheckConstraint("principal_member_id <> agent_member_id", name="not_self"),
    )

    principal_member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    agent_member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    # JSON: {"codes": [...preset scope codes], "text": "free text"} (RULES.md 6: the official
    # list of scopes was not found, so the app records what the family chose).
    scopes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    since: Mapped[date] = mapped_column(Date, nullable=False)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The day the family last confirmed the delegation after a card event (lost, reissued).
    reviewed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    memo: Mapped[str] = mapped_column(Text, nullable=False, default="")
