"""The family timeline for the whole household, read in one unit of work.

Members, their facts (``FactsService.facts_for_all``: one query per table), the open lost-card
cases and the planned visits inside the span: a handful of queries whatever the family's size; the
bars come from the pure ``family_timeline``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from familycare.domain.family_timeline import (
    FamilyTimeline,
    Span,
    TimelineVisit,
    default_span,
    family_timeline,
)
from familycare.domain.member import Member
from familycare.domain.rules import RuleSet
from familycare.services.clock import Clock
from familycare.services.member_facts import FactsService
from familycare.storage import fact_rows
from familycare.storage.database import Database
from familycare.storage.lost_card_repository import LostCardRepository


@dataclass(frozen=True, slots=True)
class TimelineData:
    """What the timeline tab paints: the bars and whose lane is whose."""

    timeline: FamilyTimeline
    members: tuple[Member, ...]  # lane order

    def member(self, member_id: int) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)


class TimelineService:
    def __init__(
        self, db: Database, clock: Clock, facts: FactsService, rules: Callable[[], RuleSet]
    ) -> None:
        self._db = db
        self._clock = clock
        self._facts = facts
        self._rules = rules

    def today(self) -> date:
        return self._clock.today()

    def family(self, today: date | None = None, span: Span | None = None) -> TimelineData:
        """Every member's lane on ``today`` (default: the clock's) over ``span`` (default:
        three months back to fifteen ahead), in the order members were added."""
        today = today or self._clock.today()
        span = span or default_span(today)
        with self._db.unit_of_work() as session:
            members = fact_rows.member_list(session)
            lost_on = {case.member_id: case.lost_on
                       for case in LostCardRepository(session).all_open()}
            # Planned visits only: past ones are history, and a busy family's would bury
            # the bars under dots.
            visits: dict[int, list[TimelineVisit]] = {}
            for member_id, visit_on, facility in fact_rows.visit_days(
                session, max(today, span.first), span.last
            ):
                visits.setdefault(member_id, []).append(TimelineVisit(visit_on, facility or ""))
        facts = self._facts.facts_for_all()
        lanes = [(m.id, facts[m.id]) for m in members if m.id in facts]
        timeline = family_timeline(today, span, lanes, self._rules(), lost_on, visits)
        shown = {member_id for member_id, _ in lanes}
        return TimelineData(timeline, tuple(m for m in members if m.id in shown))
