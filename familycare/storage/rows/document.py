from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import documents


class DocumentRow(Base):
    """A paper the member holds or applied for: 資格確認書, 資格情報のお知らせ, 限度額 …"""

    __table__ = documents
    __mapper_args__ = {"version_id_col": documents.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    member_id: Mapped[int]
    kind: Mapped[str]
    issuer: Mapped[str]
    applied_on: Mapped[date | None]
    issued_on: Mapped[date | None]
    valid_until: Mapped[date | None]
    held: Mapped[bool]
    memo: Mapped[str]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
