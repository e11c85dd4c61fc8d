from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import facilities


class FacilityRow(Base):
    """A clinic, hospital or pharmacy. Capabilities: True, False or NULL (not known)."""

    __table__ = facilities
    __mapper_args__ = {"version_id_col": facilities.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    name: Mapped[str]
    kind: Mapped[str]
    online_check: Mapped[bool | None]
    face_reader: Mapped[bool | None]
    smartphone_reader: Mapped[bool | None]
    memo: Mapped[str]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
