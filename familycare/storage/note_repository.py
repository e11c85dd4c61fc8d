"""Note references in and out of the database as domain objects (never a body)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.note import NoteRef
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import NoteRefRow


def note_from_row(row: NoteRefRow) -> NoteRef:
    return NoteRef(
        id=row.id,
        member_id=row.member_id,
        title=row.title,
        keyring_id=row.keyring_id,
        device_id=row.device_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
    )


class NoteRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list_all(self, member_id: int | None = None) -> list[NoteRef]:
        query = select(NoteRefRow).order_by(NoteRefRow.member_id, NoteRefRow.title, NoteRefRow.id)
        if member_id is not None:
            query = query.where(NoteRefRow.member_id == member_id)
        return [note_from_row(r) for r in self._session.scalars(query)]

    def titles(self, member_id: int, excluding_id: int | None = None) -> frozenset[str]:
        query = select(NoteRefRow.title).where(NoteRefRow.member_id == member_id)
        if excluding_id is not None:
            query = query.where(NoteRefRow.id != excluding_id)
        return frozenset(self._session.scalars(query))

    def keyring_ids(self) -> frozenset[str]:
        return frozenset(self._session.scalars(select(NoteRefRow.keyring_id)))

    def _row(self, note_id: int) -> NoteRefRow:
        row = self._session.get(NoteRefRow, note_id)
        if row is None:
            raise NotFound(f"note {note_id}", entity="note", id=note_id)
        return row

    def get(self, note_id: int) -> NoteRef:
        return note_from_row(self._row(note_id))

    def find(self, member_id: int, title: str) -> NoteRef | None:
        row = self._session.scalar(
            select(NoteRefRow).where(NoteRefRow.member_id == member_id, NoteRefRow.title == title)
        )
        return note_from_row(row) if row is not None else None

    def add(self, member_id: int, title: str, keyring_id: str, device_id: str) -> NoteRef:
        row = NoteRefRow(
            member_id=member_id, title=title, keyring_id=keyring_id, device_id=device_id
        )
        self._session.add(row)
        self._session.flush()
        return note_from_row(row)

    def update(
        self, note_id: int, expected_version: int, title: str, keyring_id: str, device_id: str
    ) -> NoteRef:
        row = self._row(note_id)
        if row.version != expected_version:
            raise ConcurrentEdit(
                f"note {note_id} is at version {row.version}, edit was based on "
                f"{expected_version}",
                entity="note",
                id=note_id,
            )
        row.title = title
        row.keyring_id = keyring_id
        row.device_id = device_id
        self._session.flush()
        return note_from_row(row)

    def delete(self, note_id: int) -> None:
        self._session.delete(self._row(note_id))
        self._session.flush()
