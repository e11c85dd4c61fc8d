"""The family timeline read from a stored household (the demo family, on SQLite and, when the
session has one, PostgreSQL): a lane per member, the lost card from its case, planned visits
only, and the next problem."""

from __future__ import annotations

from datetime import timedelta

from familycare.domain.family_timeline import BarKind, TimelineRow, default_span
from familycare.services.demo import build_demo_family
from familycare.services.timeline import TimelineService


def service(household) -> TimelineService:
    return TimelineService(household.db, household.clock, household.facts,
                           household.rules.rule_set)


def test_the_demo_family_on_the_timeline(household, clock) -> None:
    build_demo_family(household)
    today = clock.today()
    data = service(household).family()
    members = household.members.list_members()
    assert [m.id for m in data.members] == sorted(m.id for m in members)
    assert data.timeline.span == default_span(today)
    by_name = {m.display_name: dict(data.timeline.lanes)[m.id] for m in data.members}

    ren = by_name["山田 蓮"]
    away = [b for b in ren if b.kind is BarKind.CARD_AWAY]
    assert [(b.start, b.code) for b in away] == [(today - timedelta(days=7), "card_away.lost")]
    assert data.timeline.next_problem == away[0]

    visits = {name: [b.start for b in bars if b.kind is BarKind.VISIT]
              for name, bars in by_name.items()}
    assert visits["山田 太郎"] == [today + timedelta(days=2)]
    assert visits["山田 花子"] == visits["山田 蓮"] == [today + timedelta(days=3)]

    hanako = by_name["山田 花子"]
    [qc] = [b for b in hanako if b.kind is BarKind.QUALIFICATION_CERTIFICATE]
    assert qc.row is TimelineRow.PAPERS and qc.end.month == 7 and qc.end.day == 31
    ichiro = by_name["佐藤 一郎"]
    assert [b.start for b in ichiro if b.kind is BarKind.TURNS_75] == [
        today + timedelta(days=20)]


def test_past_visits_are_not_marked(household, clock) -> None:
    build_demo_family(household)
    later = clock.today() + timedelta(days=3)  # 太郎's visit was yesterday; 花子's is today
    data = service(household).family(later)
    marks = {m.display_name: [b.start for b in dict(data.timeline.lanes)[m.id]
                              if b.kind is BarKind.VISIT] for m in data.members}
    assert marks["山田 太郎"] == []
    assert marks["山田 花子"] == [later]
