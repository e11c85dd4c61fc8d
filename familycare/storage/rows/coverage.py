from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class CoverageRow(Tracked, Base):
    """One period of health insurance. Periods of one member never overlap."""

    __tablename__ = "coverages"

    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    insurer_name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    since: Mapped[date | None] = mapped_column(Date, nullable=True)
    until: Mapped[date | None] = mapped_column(Date, nullable=True)
    confirmed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    is_dependent: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    holder_member_id: Mapped[int | None] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="SET NULL"), nullable=True
    )
    memo: Mapped[str] = mapped_column(Text, nullable=False, default="")
