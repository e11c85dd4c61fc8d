"""The append-only audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from familycare.storage.repository import Repository
from familycare.storage.tables import audit_events


@dataclass(frozen=True)
class AuditEvent:
    at: datetime
    actor: str
    entity: str
    entity_id: int | None
    member_id: int | None
    action: str
    summary: str


class AuditRepository(Repository):
    def add(self, event: AuditEvent) -> None:
        """Add the event to the caller's unit of work (an ORM session: it writes)."""
        from familycare.storage.rows import AuditEventRow

        self._orm().add(
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
        a = audit_events.c
        rows = self._session.execute(
            select(a.at, a.actor, a.entity, a.entity_id, a.member_id, a.action, a.summary)
            .where(a.member_id == member_id)
            .order_by(a.at.desc(), a.id.desc())
            .limit(limit)
        )
        return [AuditEvent(*row) for row in rows]

    def count(self) -> int:
        """How many events there are: the log is append-only, so any committed change on any
        device raises it (a newest id would miss a lower id committed late)."""
        return int(self._session.scalar(select(func.count(audit_events.c.id))) or 0)
