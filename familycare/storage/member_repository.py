"""Members in and out of the database as domain objects (never ORM rows)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.member import Member, MemberDraft, Relationship
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import MemberRow


def member_from_row(row: MemberRow) -> Member:
    return Member(
        id=row.id,
        display_name=row.display_name,
        kana=row.kana,
        birth_date=row.birth_date,
        relationship=Relationship(row.relationship),
        colour=row.colour,
        memo=row.memo,
        version=row.version,
    )


class MemberRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list_all(self) -> list[Member]:
        rows = self._session.scalars(select(MemberRow).order_by(MemberRow.id))
        return [member_from_row(r) for r in rows]

    def names(self, excluding_id: int | None = None) -> frozenset[str]:
        query = select(MemberRow.display_name)
        if excluding_id is not None:
            query = query.where(MemberRow.id != excluding_id)
        return frozenset(self._session.scalars(query))

    def colours(self) -> list[str]:
        return list(self._session.scalars(select(MemberRow.colour).order_by(MemberRow.id)))

    def _row(self, member_id: int) -> MemberRow:
        row = self._session.get(MemberRow, member_id)
        if row is None:
            raise NotFound(f"member {member_id}", entity="member", id=member_id)
        return row

    def get(self, member_id: int) -> Member:
        return member_from_row(self._row(member_id))

    def find_by_name(self, name: str) -> Member | None:
        row = self._session.scalar(select(MemberRow).where(MemberRow.display_name == name))
        return member_from_row(row) if row is not None else None

    def add(self, draft: MemberDraft) -> Member:
        assert draft.birth_date is not None
        row = MemberRow(
            display_name=draft.display_name,
            kana=draft.kana,
            birth_date=draft.birth_date,
            relationship=draft.relationship.value,
            colour=draft.colour,
            memo=draft.memo,
        )
        self._session.add(row)
        self._session.flush()
        return member_from_row(row)

    def update(self, member_id: int, expected_version: int, draft: MemberDraft) -> Member:
        assert draft.birth_date is not None
        row = self._row(member_id)
        if row.version != expected_version:
            raise ConcurrentEdit(
                f"member {member_id} is at version {row.version}, edit was based on "
                f"{expected_version}",
                entity="member",
                id=member_id,
            )
        row.display_name = draft.display_name
        row.kana = draft.kana
        row.birth_date = draft.birth_date
        row.relationship = draft.relationship.value
        row.colour = draft.colour
        row.memo = draft.memo
        self._session.flush()
        return member_from_row(row)

    def delete(self, member_id: int) -> None:
        self._session.delete(self._row(member_id))
        self._session.flush()
