"""The to-do service's family overview (one deriver for the whole family, the memo of the
last refresh, badges shared between members, states compared once) says exactly what the
reference says: ``derive_todos`` and ``member_status`` for each member on their own, with
the done / snoozed states applied item by item. On the demo family over many days, and on
generated families refreshed again and again as their facts, names and states change."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familycare.domain.member import Member, Relationship
from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    DocumentFacts,
    MemberFacts,
    PinKind,
)
from familycare.domain.member_status import member_status
from familycare.domain.todo import derive_todos
from familycare.domain.todo_inputs import (
    NO_EXTRAS,
    LostCardProgress,
    TodoExtras,
    VisitDigest,
)
from familycare.domain.todo_state import TodoState
from familycare.services.demo import build_demo_family
from familycare.services.rule_set_loader import load_rule_set
from familycare.services.todo import FamilyOverview, TodoService
from familycare.storage import fact_rows
from familycare.storage.todo_state_repository import TodoStateRepository
from tests.conftest import TODAY


def reference(members, facts, extras, states, today) -> dict[str, object]:
    """What the overview must say, member by member, without the service's machinery."""
    rules = load_rule_set()
    rows, shown, hidden, every = [], [], [], []
    for member in members:
        member_facts = facts.get(member.id)
        if member_facts is None:
            continue
        member_extras = extras.get(member.id, NO_EXTRAS)
        items = derive_todos(member, member_facts, today, rules, member_extras)
        visible = [i for i in items if i.visible_on(today)]
        mine = [i for i in visible if not _hides(states.get(i.key), today)]
        gone = [i for i in visible if _hides(states.get(i.key), today)]
        lost = member_extras.lost_card
        status = member_status(member.id, member_facts, items, mine, today,
                               lost_case_open=lost is not None and lost.open)
        rows.append((status.sort_key(member.display_name), member, member.age_on(today),
                     status, [(i, states.get(i.key)) for i in mine]))
        shown += [(i, member, states.get(i.key)) for i in mine]
        hidden += [(i, member, states.get(i.key)) for i in gone]
        every.append((member, tuple(items)))
    rows.sort(key=lambda row: row[0])
    return {
        "members": [row[1:] for row in rows],
        "entries": sorted(shown, key=lambda e: e[0].sort_key()),
        "hidden": sorted(hidden, key=lambda e: e[0].sort_key()),
        "derived": every,
    }


def _hides(state: TodoState | None, today: date) -> bool:
    return state is not None and state.hides_on(today)


def said(overview: FamilyOverview) -> dict[str, object]:
    """The same shape from the service's overview (names and colours checked on the way)."""
    members = []
    for row in overview.members:
        for entry in row.entries:
            assert (entry.member_name, entry.member_colour) == (
                row.member.display_name, row.member.colour)
        members.append((row.member, row.age, row.status,
                        [(e.item, e.state) for e in row.entries]))
    by_id = {m.id: m for m, _ in overview.derived}
    return {
        "members": members,
        "entries": [(e.item, by_id[e.item.member_id], e.state) for e in overview.entries],
        "hidden": [(e.item, by_id[e.item.member_id], e.state) for e in overview.hidden],
        "derived": list(overview.derived),
    }


def test_the_demo_family_on_many_days(household):
    build_demo_family(household, TODAY)
    todo = household.todo
    days = [TODAY + timedelta(days=n) for n in (-60, -1, 0, 1, 2, 7, 30, 40, 90, 200, 400)]
    for day in days + days[::-1]:  # back again: the memo sees every day change twice
        overview = todo.overview(day)
        with household.db.unit_of_work() as session:
            members = fact_rows.member_list(session)
            states = TodoStateRepository(session).all()
        facts = household.facts.facts_for_all()
        extras = todo._extras(day)  # noqa: SLF001 (the service's own loader)
        assert said(overview) == reference(members, facts, extras, states, day)
        if day == TODAY and overview.entries:
            todo.mark_done(overview.entries[0].key)
            todo.snooze(overview.entries[-1].key, TODAY + timedelta(days=5))


# -- generated families ---------------------------------------------------------------

dates_near = st.dates(date(2015, 1, 1), date(2029, 12, 31))
maybe = st.one_of(st.none(), dates_near)


@st.composite
def member_facts(draw: st.DrawFn, birth: date) -> MemberFacts:
    card = None
    if draw(st.integers(0, 9)):
        issued = draw(st.dates(max(birth, date(2016, 1, 1)), date(2026, 11, 1)))
        card = CardFacts(
            kind=draw(st.sampled_from(CardKind)), issued_on=issued,
            expires_on=draw(st.one_of(st.none(), st.dates(issued, date(2036, 12, 31)))),
            cert_expires_on=draw(st.one_of(st.none(), st.dates(issued, date(2031, 12, 31)))),
            state=draw(st.sampled_from(CardState)),
            insurance_registered=draw(st.booleans()),
        )
    pins = ({kind: draw(st.integers(0, 5)) for kind in draw(st.sets(st.sampled_from(PinKind)))}
            if card is not None else {})
    coverage = tuple(
        CoveragePeriod(draw(st.sampled_from(CoverageKind)), since, None, draw(st.booleans()))
        for since in sorted(draw(st.sets(st.one_of(st.none(), dates_near), max_size=3)),
                            key=lambda d: (d is not None, d))
    )
    documents = DocumentFacts(draw(maybe), draw(st.booleans()), False)
    return MemberFacts(birth, card, pins, coverage, documents)


@st.composite
def member_extras(draw: st.DrawFn, today: date) -> TodoExtras:
    lost = None
    if draw(st.integers(0, 5)) == 0:
        lost = LostCardProgress(lost_on=draw(st.one_of(st.none(), dates_near)),
                                suspended_on=draw(maybe), found_on=None)
    visits = tuple(
        VisitDigest(visit_id, today + timedelta(days=ahead), "医院", "mynacard",
                    draw(st.booleans()), "f" * 12)
        for visit_id, ahead in enumerate(draw(st.lists(st.integers(0, 14), max_size=2)), 1)
    )
    dependents = draw(st.one_of(st.none(), st.just(()), st.just(("和子",))))
    return TodoExtras(lost, visits, dependents)


@st.composite
def families(draw: st.DrawFn, today: date):
    count = draw(st.integers(1, 12))
    members, facts, extras = [], {}, {}
    for member_id in range(1, count + 1):
        birth = draw(st.one_of(st.dates(date(1930, 1, 1), date(2020, 12, 31)),
                               st.dates(date(1950, 6, 1), date(1953, 6, 1))))
        members.append(Member(member_id, draw(st.sampled_from(["花子", "太郎", "和子"])),
                              "", birth, Relationship.OTHER, "#E69F00", "", 1))
        facts[member_id] = draw(member_facts(birth))
        if draw(st.booleans()):
            extras[member_id] = draw(member_extras(today))
    return members, facts, extras


def states_for(draw: st.DrawFn, overview: FamilyOverview, today: date) -> dict[str, TodoState]:
    keys = [item.key for _, items in overview.derived for item in items]
    chosen = draw(st.lists(st.sampled_from(keys), max_size=4)) if keys else []
    return {key: TodoState(key, datetime(2026, 11, 1) if draw(st.booleans()) else None,
                           draw(st.one_of(st.none(), st.just(today + timedelta(days=3)))))
            for key in chosen}


@pytest.mark.sqlite_only  # in memory: the database is not read
@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_generated_families_refreshed_again_and_again(household, data):
    todo = TodoService(household.db, household.clock, household.audit, load_rule_set,
                       lambda _today: {})
    today = data.draw(st.sampled_from([TODAY, TODAY + timedelta(days=1), date(2027, 3, 1)]))
    members, facts, extras = data.draw(families(today))
    states: dict[str, TodoState] = {}
    for _ in range(4):
        overview, _ = todo.compute(today, members, facts, extras, states)
        assert said(overview) == reference(members, facts, extras, states, today)
        # Change some of it, as between two refreshes: states, one member's facts (an equal
        # copy or new ones), a name, the extras, sometimes the day.
        states = data.draw(st.sampled_from([states, dict(states)])) if data.draw(
            st.booleans()) else states_for(data.draw, overview, today)
        changed = data.draw(st.sampled_from(members))
        if data.draw(st.booleans()):
            facts = {**facts, changed.id: data.draw(member_facts(changed.birth_date))}
        if data.draw(st.booleans()):
            members = [Member(m.id, m.display_name + "子", m.kana, m.birth_date,
                              m.relationship, m.colour, m.memo, m.version + 1)
                       if m is changed else m
                       for m in members]
        if data.draw(st.booleans()):
            extras = {**extras, changed.id: data.draw(member_extras(today))}
        if data.draw(st.integers(0, 4)) == 0:
            today += timedelta(days=1)
