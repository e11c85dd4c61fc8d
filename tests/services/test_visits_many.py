"""Listing the visits of many members reads each table once, however many visits there are,
and gives the same plans as planning each visit on its own."""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain.member_facts import PinKind
from tests.services.records_helpers import TODAY, add_member, standard_card
from tests.services.test_facts_for_all import counted_selects


def _add_visits(household, first: int, count: int) -> None:
    for i in range(first, first + count):
        member = add_member(household, f"V{i}", date(1940 + i, 1 + i % 12, 1 + i % 28))
        household.cards.save_card(member.id, standard_card(date(2021, 6, 1)))
        if i % 3 == 0:
            household.cards.record_pin_failure(member.id, PinKind.USER_CERT)
        household.visits.plan_visit(member.id, TODAY + timedelta(days=1 + i % 5))


def test_upcoming_reads_each_table_once_and_plans_as_one_by_one(household):
    _add_visits(household, 0, 10)
    household.visits.upcoming(TODAY, 14)  # stores any plan that changed
    with counted_selects(household) as few:
        assert len(household.visits.upcoming(TODAY, 14)) == 10
    _add_visits(household, 10, 20)
    with counted_selects(household) as many:
        listed = household.visits.upcoming(TODAY, 14)
    assert len(listed) == 30
    assert len(many) == len(few)
    for visit in listed:
        alone = household.visits.preview(visit.member.id, visit.visit_on)
        assert (visit.plan, visit.card, visit.fingerprint) == (
            alone.plan, alone.card, alone.fingerprint)
        assert not visit.needs_reprint
