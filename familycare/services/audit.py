"""Writes audit events inside the caller's unit of work (never a secret in the summary)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import event

from familycare.services.clock import Clock
from familycare.storage.audit_repository import AuditEvent, AuditRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class AuditTrail:
    def __init__(self, clock: Clock, actor: str = "") -> None:
        self._clock = clock
        self.actor = actor
        # Events this process wrote, so a window can tell its own changes from another
        # device's (ui/change_watcher) and not refresh itself after every save.
        self.recorded = 0

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
        # Counted when the unit of work commits: a rolled-back event changed nothing.
        # (a new function per event: SQLAlchemy would merge one listener added twice)
        event.listen(session, "after_commit", lambda _s: self._count_committed(), once=True)
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

    def _count_committed(self) -> None:
        self.recorded += 1
