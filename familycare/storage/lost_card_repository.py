"""Lost-card cases: one per loss, each step dated when done.

Reads are Core statements (the to-do list reads the open cases before the ORM is loaded);
writes need a unit of work.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select

from familycare.domain.card_record import LostCardCase, LostCardStep
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.repository import Repository
from familycare.storage.tables import cards, lost_card_cases

if TYPE_CHECKING:

    from familycare.storage.rows import LostCardCaseRow

# Step → the column holding the day it was done.
STEP_COLUMNS = {
    LostCardStep.SUSPENDED: "suspended_on",
    LostCardStep.POLICE_REPORT: "police_reported_on",
    LostCardStep.LOSS_REPORT: "loss_reported_on",
    LostCardStep.REISSUE_APPLIED: "reissue_applied_on",
    LostCardStep.QUALIFICATION_CERTIFICATE_REQUESTED: "qualification_certificate_requested_on",
}


def case_from_row(row: LostCardCaseRow | Row[Any], member_id: int) -> LostCardCase:
    return LostCardCase(
        id=row.id, card_id=row.card_id, member_id=member_id, lost_on=row.lost_on,
        lost_outside_home=row.lost_outside_home,
        steps={step: getattr(row, column) for step, column in STEP_COLUMNS.items()},
        express_reissue=row.express_reissue, found_on=row.found_on, closed_on=row.closed_on,
        version=row.version,
    )


_case = lost_card_cases.c
# A case's columns and its card's member (named ``owner``: the case has no member column).
_WITH_OWNER = (
    select(lost_card_cases, cards.c.member_id.label("owner"))
    .join(cards, cards.c.id == _case.card_id)
)


class LostCardRepository(Repository):

    def _row(self, case_id: int) -> LostCardCaseRow:
        from familycare.storage.rows import LostCardCaseRow

        row = self._orm().get(LostCardCaseRow, case_id)
        if row is None:
            raise NotFound(f"lost card case {case_id}", entity="lost_card_case", id=case_id)
        return row

    def _member_of(self, card_id: int) -> int:
        return int(self._session.scalar(select(cards.c.member_id).where(cards.c.id == card_id)))

    def get(self, case_id: int) -> LostCardCase:
        row = self._session.execute(_WITH_OWNER.where(_case.id == case_id)).first()
        if row is None:
            raise NotFound(f"lost card case {case_id}", entity="lost_card_case", id=case_id)
        return case_from_row(row, row.owner)

    def open_for_card(self, card_id: int) -> LostCardCase | None:
        row = self._session.execute(
            _WITH_OWNER
            .where(_case.card_id == card_id, _case.closed_on.is_(None))
            .order_by(_case.id.desc())
        ).first()
        return case_from_row(row, row.owner) if row is not None else None

    def for_member(self, member_id: int) -> list[LostCardCase]:
        rows = self._session.execute(
            _WITH_OWNER.where(cards.c.member_id == member_id).order_by(_case.id)
        )
        return [case_from_row(r, member_id) for r in rows]

    def all_open(self) -> list[LostCardCase]:
        rows = self._session.execute(
            _WITH_OWNER.where(_case.closed_on.is_(None)).order_by(_case.id)
        )
        return [case_from_row(row, row.owner) for row in rows]

    def add(self, card_id: int, lost_on: date, outside_home: bool) -> LostCardCase:
        from familycare.storage.rows import LostCardCaseRow

        row = LostCardCaseRow(card_id=card_id, lost_on=lost_on, lost_outside_home=outside_home)
        self._orm().add(row)
        self._orm().flush()
        return case_from_row(row, self._member_of(card_id))

    def set_step(
        self, case_id: int, step: LostCardStep, on: date | None, express: bool | None = None
    ) -> LostCardCase:
        row = self._row(case_id)
        setattr(row, STEP_COLUMNS[step], on)
        if express is not None:
            row.express_reissue = express
        self._orm().flush()
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
        self._orm().flush()
        return case_from_row(row, self._member_of(row.card_id))
