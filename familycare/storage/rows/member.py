from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, TrackedFirst


class MemberRow(TrackedFirst, Base):
    __tablename__ = "members"

    display_name: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    kana: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    birth_date: Mapped[date] = mapped_column(Date, nullable=False)
    relationship: Mapped[str] = mapped_column(String(20), nullable=False)
    colour: Mapped[str] = mapped_column(String(7), nullable=False)
    memo: Mapped[str] = mapped_column(Text, nullable=False, default="")
