"""The append-only audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from familycare.storage.rows import AuditEventRow


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    actor: str
    entity: str
    entity_id: int | None
    member_id: int | None
    action: str
    summary: str


class AuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, event: AuditEvent) -> None:
        self._session.add(
            AuditEventRow(
                at=event.at,
                actor=event.actor,
                entity=event.entity,
                entity_id=event.entity_id,
                member_id=event.member_id,
                action=event.action,
                summary=event.summary,
            )
        )

    def for_member(self, member_id: int, limit: int = 200) -> list[AuditEvent]:
        rows = self._session.scalars(
            select(AuditEventRow)
            .where(AuditEventRow.member_id == member_id)
            .order_by(AuditEventRow.at.desc(), AuditEventRow.id.desc())
            .limit(limit)
        )
        return [
            AuditEvent(r.at, r.actor, r.entity, r.entity_id, r.member_id, r.action, r.summary)
            for r in rows
        ]

    def count(self) -> int:
        """How many events there are: the log is append-only, so any committed change on any
        device raises it (a newest id would miss a lower id committed late)."""
        return int(self._session.scalar(select(func.count(AuditEventRow.id))) or 0)
