"""Refreshing the to-do list re-derives only what changed, and never shows a stale answer:
a changed fact, a renamed member, a done mark, another day or a rule override all show."""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain.card_record import CoverageDraft
from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.member_facts import CoverageKind, PinKind
from familycare.domain.todo import TodoKind
from familycare.services.household_rules import RuleOverrides
from tests.services.records_helpers import TODAY, add_member, standard_card


def _by_name(overview):
    return {o.member.display_name: o for o in overview.members}


def _kinds(member_overview) -> set[TodoKind]:
    return {e.item.kind for e in member_overview.entries}


def test_a_change_to_one_member_shows_and_the_others_keep_their_rows(household):
    todo = household.todo
    calm = add_member(household, "静", date(1980, 1, 1))
    household.cards.save_card(calm.id, standard_card(date(2024, 1, 10)))
    busy = add_member(household, "忙", date(1981, 2, 2))
    household.cards.save_card(busy.id, standard_card(date(2024, 1, 10)))
    first = _by_name(todo.overview(TODAY))
    assert _kinds(first["忙"]) == set()

    household.cards.record_pin_failure(busy.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(busy.id, PinKind.USER_CERT)
    second = _by_name(todo.overview(TODAY))
    assert _kinds(second["忙"]) == {TodoKind.PIN_LAST_ATTEMPT}
    assert second["静"] is first["静"]  # nothing of hers changed: not derived again

    member = household.members.get(calm.id)
    household.members.update_member(calm.id, member.version, MemberDraft(
        "静香", calm.birth_date, Relationship.SELF))
    third = _by_name(todo.overview(TODAY))
    assert "静香" in third and "静" not in third

    (entry,) = third["忙"].entries
    todo.mark_done(entry.key)
    fourth = todo.overview(TODAY)
    assert _kinds(_by_name(fourth)["忙"]) == set()
    assert [e.key for e in fourth.hidden] == [entry.key]


def test_another_day_and_a_rule_override_are_derived_afresh(household):
    todo = household.todo
    mover = add_member(household, "転", date(1970, 3, 3))
    household.cards.save_card(mover.id, standard_card(date(2024, 1, 10)))
    since = TODAY - timedelta(days=2)
    household.coverage.add_period(mover.id, CoverageDraft(CoverageKind.NATIONAL, since))

    def lag_due(day: date) -> date | None:
        for entry in todo.overview(day).entries:
            if entry.item.kind is TodoKind.SWITCH_LAG:
                return entry.item.due
        return None

    default_due = lag_due(TODAY)
    assert default_due is not None
    household.rules.set_overrides(RuleOverrides(switch_lag_days=60))
    assert lag_due(TODAY) == since + timedelta(days=59) != default_due
    household.rules.set_overrides(RuleOverrides())
    assert lag_due(TODAY) == default_due
    assert lag_due(default_due + timedelta(days=1)) is None  # the next days: gone
