from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import audit_events


class AuditEventRow(Base):
    """Append-only record of who changed what. The summary never holds a secret."""

    __table__ = audit_events
    __mapper_args__ = {"version_id_col": audit_events.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
    at: Mapped[datetime]
    actor: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[int | None]
    member_id: Mapped[int | None]
    action: Mapped[str]
    summary: Mapped[str]
