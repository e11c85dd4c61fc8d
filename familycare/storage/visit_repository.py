"""Saved visits in and out of the database as domain records (never ORM rows)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.visit_record import VisitRecord
from familycare.storage.errors import NotFound
from familycare.storage.rows import VisitRow


def visit_from_row(row: VisitRow) -> VisitRecord:
    return VisitRecord(
        id=row.id,
        member_id=row.member_id,
        facility_id=row.facility_id,
        visit_on=row.visit_on,
        plan_json=row.plan_json,
        plan_fingerprint=row.plan_fingerprint,
        printed_at=row.printed_at,
        printed_fingerprint=row.printed_fingerprint,
        memo=row.memo,
        version=row.version,
    )


class VisitRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, visit_id: int) -> VisitRow:
        row = self._session.get(VisitRow, visit_id)
        if row is None:
            raise NotFound(f"visit {visit_id}", entity="visit", id=visit_id)
        return row

    def get(self, visit_id: int) -> VisitRecord:
        return visit_from_row(self._row(visit_id))

    def between(self, first: date, last: date) -> list[VisitRecord]:
        """Visits from ``first`` to ``last`` inclusive, by day, then in the order saved."""
        rows = self._session.scalars(
            select(VisitRow)
            .where(VisitRow.visit_on >= first, VisitRow.visit_on <= last)
            .order_by(VisitRow.visit_on, VisitRow.id)
        )
        return [visit_from_row(r) for r in rows]

    def find(self, member_id: int, visit_on: date, facility_id: int | None) -> VisitRecord | None:
        """The visit of this member on this day at this facility, if one was saved."""
        query = select(VisitRow).where(
            VisitRow.member_id == member_id, VisitRow.visit_on == visit_on
        )
        query = query.where(
            VisitRow.facility_id.is_(None)
            if facility_id is None
            else VisitRow.facility_id == facility_id
        )
        row = self._session.scalar(query.order_by(VisitRow.id))
        return visit_from_row(row) if row is not None else None

    def add(
        self,
        member_id: int,
        facility_id: int | None,
        visit_on: date,
        plan_json: str,
        fingerprint: str,
        memo: str = "",
    ) -> VisitRecord:
        row = VisitRow(
            member_id=member_id,
            facility_id=facility_id,
            visit_on=visit_on,
            plan_json=plan_json,
            plan_fingerprint=fingerprint,
            memo=memo,
        )
        self._session.add(row)
        self._session.flush()
        return visit_from_row(row)

    def store_plan(self, visit_id: int, plan_json: str, fingerprint: str) -> VisitRecord:
        row = self._row(visit_id)
        row.plan_json = plan_json
        row.plan_fingerprint = fingerprint
        self._session.flush()
        return visit_from_row(row)

    def mark_printed(self, visit_id: int, fingerprint: str, at: datetime) -> VisitRecord:
        row = self._row(visit_id)
        row.printed_fingerprint = fingerprint
        row.printed_at = at
        self._session.flush()
        return visit_from_row(row)

    def delete(self, visit_id: int) -> None:
        self._session.delete(self._row(visit_id))
        self._session.flush()
