"""Writes audit events inside the caller's unit of work (never a secret in the summary)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from familycare.services.clock import Clock
from familycare.storage.audit_repository import AuditEvent, AuditRepository


class AuditTrail:
    def __init__(self, clock: Clock, actor: str = "") -> None:
        self._clock = clock
        self.actor = actor

    def record(
        self,
        session: Session,
        *,
        entity: str,
        action: str,
        entity_id: int | None = None,
        member_id: int | None = None,
        summary: str = "",
    ) -> None:
        AuditRepository(session).add(
            AuditEvent(
                at=self._clock.now(),
                actor=self.actor,
                entity=entity,
                entity_id=entity_id,
                member_id=member_id,
                action=action,
                summary=summary,
            )
        )
