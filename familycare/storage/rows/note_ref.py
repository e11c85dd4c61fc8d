from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import note_refs


class NoteRefRow(Base):
    """A sensitive note's title and where its body lives. The body is never stored here:
    it lives only in the OS keyring of device ``device_id`` under ``keyring_id``."""

    __table__ = note_refs
    __mapper_args__ = {"version_id_col": note_refs.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    member_id: Mapped[int]
    title: Mapped[str]
    keyring_id: Mapped[str]
    device_id: Mapped[str]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
