from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import members


class MemberRow(Base):
    __table__ = members
    __mapper_args__ = {"version_id_col": members.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
    display_name: Mapped[str]
    kana: Mapped[str]
    birth_date: Mapped[date]
    relationship: Mapped[str]
    colour: Mapped[str]
    memo: Mapped[str]
