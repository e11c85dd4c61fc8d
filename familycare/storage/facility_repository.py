"""Clinics, hospitals and pharmacies in and out of the database."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.card_record import Facility, FacilityDraft, FacilityKind
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import FacilityRow


def facility_from_row(row: FacilityRow) -> Facility:
    return Facility(
        id=row.id, name=row.name, kind=FacilityKind(row.kind), online_check=row.online_check,
        face_reader=row.face_reader, smartphone_reader=row.smartphone_reader, memo=row.memo,
        version=row.version,
    )


class FacilityRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, facility_id: int) -> FacilityRow:
        row = self._session.get(FacilityRow, facility_id)
        if row is None:
            raise NotFound(f"facility {facility_id}", entity="facility", id=facility_id)
        return row

    def get(self, facility_id: int) -> Facility:
        return facility_from_row(self._row(facility_id))

    def list_all(self) -> list[Facility]:
        rows = self._session.scalars(select(FacilityRow).order_by(FacilityRow.name))
        return [facility_from_row(r) for r in rows]

    def find_by_name(self, name: str) -> Facility | None:
        row = self._session.scalar(select(FacilityRow).where(FacilityRow.name == name))
        return facility_from_row(row) if row is not None else None

    def names(self, excluding_id: int | None = None) -> frozenset[str]:
        query = select(FacilityRow.name)
        if excluding_id is not None:
            query = query.where(FacilityRow.id != excluding_id)
        return frozenset(self._session.scalars(query))

    def add(self, draft: FacilityDraft) -> Facility:
        row = FacilityRow()
        _copy(draft, row)
        self._session.add(row)
        self._session.flush()
        return facility_from_row(row)

    def update(
        self, facility_id: int, expected_version: int | None, draft: FacilityDraft
    ) -> Facility:
        row = self._row(facility_id)
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEdit(
                f"facility {facility_id} is at version {row.version}, edit was based on "
                f"{expected_version}", entity="facility", id=facility_id,
            )
        _copy(draft, row)
        self._session.flush()
        return facility_from_row(row)

    def delete(self, facility_id: int) -> None:
        self._session.delete(self._row(facility_id))
        self._session.flush()


def _copy(draft: FacilityDraft, row: FacilityRow) -> None:
    row.name = draft.name
    row.kind = draft.kind.value
    row.online_check = draft.online_check
    row.face_reader = draft.face_reader
    row.smartphone_reader = draft.smartphone_reader
    row.memo = draft.memo
