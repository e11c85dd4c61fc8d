"""Coverage periods in and out of the database (domain records, never rows)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.card_record import CoverageDraft, CoverageRecord
from familycare.domain.member_facts import CoverageKind
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import CoverageRow


def coverage_from_row(row: CoverageRow) -> CoverageRecord:
    return CoverageRecord(
        id=row.id, member_id=row.member_id, kind=CoverageKind(row.kind),
        insurer_name=row.insurer_name, since=row.since, until=row.until,
        confirmed=row.confirmed, is_dependent=row.is_dependent,
        holder_member_id=row.holder_member_id, memo=row.memo, version=row.version,
    )


def _order(row: CoverageRow) -> tuple[object, int]:
    return (row.since is not None, row.since, row.id)


class CoverageRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, period_id: int) -> CoverageRow:
        row = self._session.get(CoverageRow, period_id)
        if row is None:
            raise NotFound(f"coverage {period_id}", entity="coverage", id=period_id)
        return row

    def get(self, period_id: int) -> CoverageRecord:
        return coverage_from_row(self._row(period_id))

    def for_member(self, member_id: int) -> list[CoverageRecord]:
        rows = self._session.scalars(select(CoverageRow).where(CoverageRow.member_id == member_id))
        return [coverage_from_row(r) for r in sorted(rows, key=_order)]

    def all_by_member(self) -> dict[int, list[CoverageRecord]]:
        """Every period of every member, oldest first (one query)."""
        result: dict[int, list[CoverageRecord]] = {}
        for row in sorted(self._session.scalars(select(CoverageRow)), key=_order):
            result.setdefault(row.member_id, []).append(coverage_from_row(row))
        return result

    def dependents_of(self, holder_member_id: int) -> list[CoverageRecord]:
        rows = self._session.scalars(
            select(CoverageRow).where(
                CoverageRow.holder_member_id == holder_member_id,
                CoverageRow.is_dependent.is_(True),
            )
        )
        return [coverage_from_row(r) for r in sorted(rows, key=_order)]

    def add(self, member_id: int, draft: CoverageDraft) -> CoverageRecord:
        row = CoverageRow(member_id=member_id)
        _copy(draft, row)
        self._session.add(row)
        self._session.flush()
        return coverage_from_row(row)

    def update(
        self, period_id: int, expected_version: int | None, draft: CoverageDraft
    ) -> CoverageRecord:
        row = self._row(period_id)
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEdit(
                f"coverage {period_id} is at version {row.version}, edit was based on "
                f"{expected_version}", entity="coverage", id=period_id,
            )
        _copy(draft, row)
        self._session.flush()
        return coverage_from_row(row)

    def delete(self, period_id: int) -> None:
        self._session.delete(self._row(period_id))
        self._session.flush()


def _copy(draft: CoverageDraft, row: CoverageRow) -> None:
    row.kind = draft.kind.value
    row.insurer_name = draft.insurer_name
    row.since = draft.since
    row.until = draft.until
    row.confirmed = draft.confirmed
    row.is_dependent = draft.is_dependent
    row.holder_member_id = draft.holder_member_id
    row.memo = draft.memo
