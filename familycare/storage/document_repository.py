"""Documents (資格確認書, 資格情報のお知らせ, 限度額) in and out of the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.card_record import DocumentDraft, DocumentKind, DocumentRecord
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import DocumentRow


def document_from_row(row: DocumentRow) -> DocumentRecord:
    return DocumentRecord(
        id=row.id, member_id=row.member_id, kind=DocumentKind(row.kind), issuer=row.issuer,
        applied_on=row.applied_on, issued_on=row.issued_on, valid_until=row.valid_until,
        held=row.held, memo=row.memo, version=row.version,
    )


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, document_id: int) -> DocumentRow:
        row = self._session.get(DocumentRow, document_id)
        if row is None:
            raise NotFound(f"document {document_id}", entity="document", id=document_id)
        return row

    def get(self, document_id: int) -> DocumentRecord:
        return document_from_row(self._row(document_id))

    def for_member(self, member_id: int) -> list[DocumentRecord]:
        rows = self._session.scalars(
            select(DocumentRow).where(DocumentRow.member_id == member_id).order_by(DocumentRow.id)
        )
        return [document_from_row(r) for r in rows]

    def all_by_member(self) -> dict[int, list[DocumentRecord]]:
        result: dict[int, list[DocumentRecord]] = {}
        for row in self._session.scalars(select(DocumentRow).order_by(DocumentRow.id)):
            result.setdefault(row.member_id, []).append(document_from_row(row))
        return result

    def add(self, member_id: int, draft: DocumentDraft) -> DocumentRecord:
        row = DocumentRow(member_id=member_id)
        _copy(draft, row)
        self._session.add(row)
        self._session.flush()
        return document_from_row(row)

    def update(
        self, document_id: int, expected_version: int | None, draft: DocumentDraft
    ) -> DocumentRecord:
        row = self._row(document_id)
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEdit(
                f"document {document_id} is at version {row.version}, edit was based on "
                f"{expected_version}", entity="document", id=document_id,
            )
        _copy(draft, row)
        self._session.flush()
        return document_from_row(row)

    def delete(self, document_id: int) -> None:
        self._session.delete(self._row(document_id))
        self._session.flush()


def _copy(draft: DocumentDraft, row: DocumentRow) -> None:
    row.kind = draft.kind.value
    row.issuer = draft.issuer
    row.applied_on = draft.applied_on
    row.issued_on = draft.issued_on
    row.valid_until = draft.valid_until
    row.held = draft.held
    row.memo = draft.memo
