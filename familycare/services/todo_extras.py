"""What the to-do derivation reads besides ``MemberFacts``: open lost-card cases, upcoming
visits, and the dependents of a member about to turn 75.

A few cheap queries per refresh, however many members: open cases, members, the dependents
of every member near 75 (one query for all of them), and visits in the next weeks as stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from familycare.domain.card_record import LostCardCase, LostCardStep
from familycare.domain.coverage import covers
from familycare.domain.dates import age_on
from familycare.domain.member_facts import CoverageKind, CoveragePeriod
from familycare.domain.todo_inputs import LostCardProgress, TodoExtras, VisitDigest
from familycare.storage import fact_rows
from familycare.storage.database import Database
from familycare.storage.lost_card_repository import LostCardRepository

# member id → visits in the next weeks (the visit service's answer, already digested).
VisitsLoader = Callable[[date], Mapping[int, Sequence[VisitDigest]]]

LATE_ELDERLY_AGE = 75
NEAR_75_DAYS = 366


def progress_from_case(case: LostCardCase) -> LostCardProgress:
    steps = case.steps
    return LostCardProgress(
        lost_on=case.lost_on,
        lost_outside_home=case.lost_outside_home,
        suspended_on=steps.get(LostCardStep.SUSPENDED),
        police_reported_on=steps.get(LostCardStep.POLICE_REPORT),
        loss_reported_on=steps.get(LostCardStep.LOSS_REPORT),
        reissue_applied_on=steps.get(LostCardStep.REISSUE_APPLIED),
        qualification_certificate_requested_on=steps.get(
            LostCardStep.QUALIFICATION_CERTIFICATE_REQUESTED
        ),
        found_on=case.found_on,
        closed_on=case.closed_on,
    )


class TodoExtrasLoader:
    """Callable ``(today) -> {member id: TodoExtras}`` for ``TodoService``."""

    def __init__(self, db: Database, visits: VisitsLoader | None = None) -> None:
        self._db = db
        self.visits = visits

    def __call__(self, today: date) -> dict[int, TodoExtras]:
        result: dict[int, TodoExtras] = {}
        with self._db.reading() as session:
            for case in LostCardRepository(session).all_open():
                result[case.member_id] = TodoExtras(lost_card=progress_from_case(case))
            # Members near 75: born in a generous range of years, then exactly by age; their
            # dependents in one statement (not one each).
            oldest = date(today.year - LATE_ELDERLY_AGE - 1, 1, 1)
            youngest = date(today.year - LATE_ELDERLY_AGE + 2, 12, 31)
            candidates = fact_rows.born_between(session, oldest, youngest)
            near = [member_id for member_id, birth in candidates if _near_75(birth, today)]
            dependents: dict[int, list[tuple[int, CoveragePeriod, date, str]]] = {}
            for (holder, member_id, kind, since, until, confirmed, birth,
                 name) in fact_rows.dependent_tuples(session, near):
                period = CoveragePeriod(CoverageKind(kind), since, until, confirmed)
                dependents.setdefault(holder, []).append((member_id, period, birth, name))
        for holder in near:
            found = dependents.get(holder, ())
            births = {member_id: birth for member_id, _, birth, _ in found}
            names = {member_id: name for member_id, _, _, name in found}
            under_75 = _dependents_under_75(
                [(member_id, period) for member_id, period, _, _ in found], births, names, today
            )
            current = result.get(holder, TodoExtras())
            result[holder] = replace(current, dependents_under_75=under_75)
        if self.visits is not None:
            for member_id, visits in self.visits(today).items():
                current = result.get(member_id)
                # Built directly: dataclasses.replace costs several times more, for hundreds
                # of members with a visit coming.
                result[member_id] = (
                    TodoExtras(visits=tuple(visits)) if current is None
                    else TodoExtras(current.lost_card, tuple(visits), current.dependents_under_75)
                )
        return result


def _near_75(birth: date, today: date) -> bool:
    age = age_on(birth, today)
    return LATE_ELDERLY_AGE - 2 <= age <= LATE_ELDERLY_AGE


def _dependents_under_75(
    records: Iterable[tuple[int, CoveragePeriod]],
    births: Mapping[int, date],
    names: Mapping[int, str],
    today: date,
) -> tuple[str, ...] | None:
    """Names of family members on the holder's insurance as dependents today and under 75,
    from (member id, period) pairs. None when no dependent is recorded: the family may not
    have entered them (the spouse is often not in the app), so the item asks them to check."""
    found: list[str] = []
    for member_id, period in records:
        if not covers(period, today):
            continue
        birth = births.get(member_id)
        if birth is not None and age_on(birth, today) < LATE_ELDERLY_AGE:
            found.append(names.get(member_id, ""))
    return tuple(found) if found else None


VISIT_WINDOW_DAYS = 14


def stored_visits(db: Database, today: date, window_days: int) -> dict[int, list[VisitDigest]]:
    """Member id → visits from ``today`` to ``today + window_days`` as last planned, by day.

    Reads the stored plans (route, fingerprints) without planning again: the visit service
    re-plans when facts change and when its tab lists the visits, and planning thousands of
    visits on every dashboard refresh would cost seconds. A printed card whose stored
    fingerprint moved on since printing needs reprinting.
    """
    with db.reading() as connection:
        rows = fact_rows.visit_tuples(connection, today, today + timedelta(days=window_days))
    found: dict[int, list[VisitDigest]] = {}
    for visit_id, member_id, visit_on, facility, route, fingerprint, printed in rows:
        digest = VisitDigest(visit_id, visit_on, facility or "", route or "",
                             bool(printed) and printed != fingerprint, fingerprint)
        listed = found.get(member_id)
        if listed is None:
            found[member_id] = [digest]
        else:
            listed.append(digest)
    return found


def visits_from_storage(db: Database, window_days: int = VISIT_WINDOW_DAYS) -> VisitsLoader:
    return lambda today: stored_visits(db, today, window_days)
