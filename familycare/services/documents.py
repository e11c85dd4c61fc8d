"""Papers a member holds or applied for: 資格確認書, 資格情報のお知らせ, 限度額 certificate."""

from __future__ import annotations

from familycare.domain.card_record import DocumentDraft, DocumentRecord, validate_document
from familycare.domain.validation import ValidationFailed
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.storage.database import Database
from familycare.storage.document_repository import DocumentRepository
from familycare.storage.member_repository import MemberRepository


class DocumentService:
    def __init__(
        self, db: Database, clock: Clock, audit: AuditTrail, guard: PlainTextGuard
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._guard = guard

    def list_documents(self, member_id: int) -> list[DocumentRecord]:
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            return DocumentRepository(session).for_member(member_id)

    def get(self, document_id: int) -> DocumentRecord:
        with self._db.unit_of_work() as session:
            return DocumentRepository(session).get(document_id)

    def add_document(self, member_id: int, draft: DocumentDraft) -> DocumentRecord:
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            draft = self._check(draft)
            record = DocumentRepository(session).add(member_id, draft)
            self._record(session, "add", record)
            return record

    def update_document(
        self, document_id: int, expected_version: int | None, draft: DocumentDraft
    ) -> DocumentRecord:
        with self._db.unit_of_work() as session:
            draft = self._check(draft)
            record = DocumentRepository(session).update(document_id, expected_version, draft)
            self._record(session, "edit", record)
            return record

    def delete_document(self, document_id: int) -> DocumentRecord:
        with self._db.unit_of_work() as session:
            repo = DocumentRepository(session)
            record = repo.get(document_id)
            repo.delete(document_id)
            self._record(session, "delete", record)
            return record

    def _check(self, draft: DocumentDraft) -> DocumentDraft:
        draft = draft.normalised()
        issues = validate_document(draft, self._clock.today())
        issues += self._guard.check_fields({"issuer": draft.issuer, "memo": draft.memo})
        if issues:
            raise ValidationFailed(issues)
        return draft

    def _record(self, session: object, action: str, record: DocumentRecord) -> None:
        held = "held" if record.held else "applied"
        until = record.valid_until.isoformat() if record.valid_until else "-"
        self._audit.record(
            session,  # type: ignore[arg-type]
            entity="document", action=action, entity_id=record.id, member_id=record.member_id,
            summary=f"{record.kind.value} {held} valid_until={until}",
        )
