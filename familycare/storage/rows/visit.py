from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class VisitRow(Tracked, Base):
    """A planned visit with the plan as saved and as last printed (to flag "reprint")."""

    __tablename__ = "visits"

    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    facility_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("facilities.id", ondelete="SET NULL"), nullable=True, index=True
    )
    visit_on: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    plan_json: Mapped[str] = mapped_column(Text, nullable=False, default="")
    plan_fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    printed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    printed_fingerprint: Mapped[str] = mapped_column(String(64), nullable=False, default="")
    memo: Mapped[str] = mapped_column(Text, nullable=False, default="")
