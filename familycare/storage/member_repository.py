"""Members in and out of the database as domain objects (never ORM rows).

Reads are Core statements on the ``members`` table, through a reading connection or a unit
of work's session; writes need a unit of work (the ORM row is imported there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from familycare.domain.member import Member, MemberDraft, Relationship
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.repository import Repository
from familycare.storage.tables import members

if TYPE_CHECKING:

    from familycare.storage.rows import MemberRow

_m = members.c
_COLUMNS = (_m.id, _m.display_name, _m.kana, _m.birth_date, _m.relationship, _m.colour, _m.memo,
            _m.version)


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


class MemberRepository(Repository):

    def list_all(self) -> list[Member]:
        rows = self._session.execute(select(*_COLUMNS).order_by(_m.id))
        return [member_from_row(r) for r in rows]  # type: ignore[arg-type]

    def names(self, excluding_id: int | None = None) -> frozenset[str]:
        query = select(_m.display_name)
        if excluding_id is not None:
            query = query.where(_m.id != excluding_id)
        return frozenset(self._session.scalars(query))

    def colours(self) -> list[str]:
        return list(self._session.scalars(select(_m.colour).order_by(_m.id)))

    def _row(self, member_id: int) -> MemberRow:
        from familycare.storage.rows import MemberRow

        row = self._orm().get(MemberRow, member_id)
        if row is None:
            raise NotFound(f"member {member_id}", entity="member", id=member_id)
        return row

    def get(self, member_id: int) -> Member:
        row = self._session.execute(select(*_COLUMNS).where(_m.id == member_id)).first()
        if row is None:
            raise NotFound(f"member {member_id}", entity="member", id=member_id)
        return member_from_row(row)  # type: ignore[arg-type]

    def find_by_name(self, name: str) -> Member | None:
        row = self._session.execute(select(*_COLUMNS).where(_m.display_name == name)).first()
        return member_from_row(row) if row is not None else None  # type: ignore[arg-type]

    def add(self, draft: MemberDraft) -> Member:
        from familycare.storage.rows import MemberRow

        assert draft.birth_date is not None
        row = MemberRow(
            display_name=draft.display_name,
            kana=draft.kana,
            birth_date=draft.birth_date,
            relationship=draft.relationship.value,
            colour=draft.colour,
            memo=draft.memo,
        )
        self._orm().add(row)
        self._orm().flush()
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
        self._orm().flush()
        return member_from_row(row)

    def delete(self, member_id: int) -> None:
        self._orm().delete(self._row(member_id))
        self._orm().flush()
