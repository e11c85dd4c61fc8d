"""Lost-card cases: one per loss, each step dated when done."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.card_record import LostCardCase, LostCardStep
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import CardRow, LostCardCaseRow

# Step → the column holding the day it was done.
STEP_COLUMNS = {
    LostCardStep.SUSPENDED: "suspended_on",
    LostCardStep.POLICE_REPORT: "police_reported_on",
    LostCardStep.LOSS_REPORT: "loss_reported_on",
    LostCardStep.REISSUE_APPLIED: "reissue_applied_on",
    LostCardStep.QUALIFICATION_CERTIFICATE_REQUESTED: "qualification_certificate_requested_on",
}


def case_from_row(row: LostCardCaseRow, member_id: int) -> LostCardCase:
    return LostCardCase(
        id=row.id, card_id=row.card_id, member_id=member_id, lost_on=row.lost_on,
        lost_outside_home=row.lost_outside_home,
        steps={step: getattr(row, column) for step, column in STEP_COLUMNS.items()},
        express_reissue=row.express_reissue, found_on=row.found_on, closed_on=row.closed_on,
        version=row.version,
    )


class LostCardRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, case_id: int) -> LostCardCaseRow:
        row = self._session.get(LostCardCaseRow, case_id)
        if row is None:
            raise NotFound(f"lost card case {case_id}", entity="lost_card_case", id=case_id)
        return row

    def _member_of(self, card_id: int) -> int:
        return int(self._session.scalar(select(CardRow.member_id).where(CardRow.id == card_id)))

    def get(self, case_id: int) -> LostCardCase:
        row = self._row(case_id)
        return case_from_row(row, self._member_of(row.card_id))

    def open_for_card(self, card_id: int) -> LostCardCase | None:
        row = self._session.scalar(
            select(LostCardCaseRow)
            .where(LostCardCaseRow.card_id == card_id, LostCardCaseRow.closed_on.is_(None))
            .order_by(LostCardCaseRow.id.desc())
        )
        return case_from_row(row, self._member_of(card_id)) if row is not None else None

    def for_member(self, member_id: int) -> list[LostCardCase]:
        rows = self._session.scalars(
            select(LostCardCaseRow)
            .join(CardRow, CardRow.id == LostCardCaseRow.card_id)
            .where(CardRow.member_id == member_id)
            .order_by(LostCardCaseRow.id)
        )
        return [case_from_row(r, member_id) for r in rows]

    def all_open(self) -> list[LostCardCase]:
        rows = self._session.execute(
            select(LostCardCaseRow, CardRow.member_id)
            .join(CardRow, CardRow.id == LostCardCaseRow.card_id)
            .where(LostCardCaseRow.closed_on.is_(None))
            .order_by(LostCardCaseRow.id)
        )
        return [case_from_row(row, member_id) for row, member_id in rows]

    def add(self, card_id: int, lost_on: date, outside_home: bool) -> LostCardCase:
        row = LostCardCaseRow(card_id=card_id, lost_on=lost_on, lost_outside_home=outside_home)
        self._session.add(row)
        self._session.flush()
        return case_from_row(row, self._member_of(card_id))

    def set_step(
        self, case_id: int, step: LostCardStep, on: date | None, express: bool | None = None
    ) -> LostCardCase:
        row = self._row(case_id)
        setattr(row, STEP_COLUMNS[step], on)
        if express is not None:
            row.express_reissue = express
        self._session.flush()
        return case_from_row(row, self._member_of(row.card_id))

    def close(
        self, case_id: int, closed_on: date, found_on: date | None, expected_version: int | None
    ) -> LostCardCase:
        row = self._row(case_id)
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEdit(f"lost card case {case_id} changed", entity="lost_card_case",
                                 id=case_id)
        row.closed_on = closed_on
        row.found_on = found_on
        self._session.flush()
        return case_from_row(row, self._member_of(row.card_id))
