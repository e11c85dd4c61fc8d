from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class DocumentRow(Tracked, Base):
    """A paper the member holds or applied for: 資格確認書, 資格情報のお知らせ, 限度額 …"""

    __tablename__ = "documents"

    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    issuer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    held: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    memo: Mapped[str] = mapped_column(Text, nullable=False, default="")
