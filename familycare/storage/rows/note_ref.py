from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class NoteRefRow(Tracked, Base):
    """A sensitive note's title and where its body lives. The body is never stored here:
    it lives only in the OS keyring of device ``device_id`` under ``keyring_id``."""

    __tablename__ = "note_refs"

    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    keyring_id: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    device_id: Mapped[str] = mapped_column(String(64), nullable=False)
