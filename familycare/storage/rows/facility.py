from __future__ import annotations

from sqlalchemy import Boolean, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class FacilityRow(Tracked, Base):
    """A clinic, hospital or pharmacy. Capabilities: True, False or NULL (not known)."""

    __tablename__ = "facilities"

    name: Mapped[str] = mapped_column(String(200), unique=True, nullable=False)
    kind: Mapped[str] = mapped_column(String(20), nullable=False, default="clinic")
    online_check: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    face_reader: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    smartphone_reader: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    memo: Mapped[str] = mapped_column(Text, nullable=False, default="")
