"""Reading the audit log back for one member (the History tab); never writes."""

from __future__ import annotations

from familycare.storage.audit_repository import AuditEvent, AuditRepository
from familycare.storage.database import Database

DEFAULT_LIMIT = 200


class AuditHistoryService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_member(self, member_id: int, limit: int = DEFAULT_LIMIT) -> list[AuditEvent]:
        """The member's recorded changes, newest first (at most ``limit``)."""
        with self._db.reading() as connection:
            return AuditRepository(connection).for_member(member_id, limit)

    def change_count(self) -> int:
        """The household's change marker: the number of audit events (every change writes
        one, see tests/services/test_every_change_audited.py)."""
        with self._db.reading() as connection:
            return AuditRepository(connection).count()
