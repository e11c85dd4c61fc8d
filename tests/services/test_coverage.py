from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.card_record import CoverageDraft
from familycare.domain.member import Relationship
from familycare.domain.member_facts import CoverageKind
from familycare.domain.validation import ValidationFailed
from familycare.domain.visit_plan import PlanWarning
from familycare.services.coverage import (
    DEPENDENT_BECAME_OWN_MEMBER,
    DEPENDENT_MUST_JOIN_SCHEME,
    LATE_ELDERLY_SWITCH,
    SIGNING_CERT_REVOKED,
)
from tests.services.records_helpers import add_member, standard_card

EMPLOYEE = CoverageKind.EMPLOYEE


def test_overlapping_periods_are_refused(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.coverage.add_period(m.id, CoverageDraft(EMPLOYEE, date(2020, 4, 1), None, "A"))
    with pytest.raises(ValidationFailed) as failed:
        household.coverage.add_period(
            m.id, CoverageDraft(CoverageKind.NATIONAL, date(2026, 1, 1), None, "市")
        )
    issue = failed.value.issues[0]
    assert (issue.field, issue.code) == ("since", "coverage_overlap")
    assert issue.params["since"] == "2020-04-01"
    assert len(household.coverage.list_periods(m.id)) == 1


def test_until_before_since_and_dependent_in_national_are_refused(household):
    m = add_member(household, "健", date(1976, 10, 16))
    draft = CoverageDraft(CoverageKind.NATIONAL, date(2020, 4, 1), date(2020, 3, 1), "市",
                          is_dependent=True)
    with pytest.raises(ValidationFailed) as failed:
        household.coverage.add_period(m.id, draft)
    found = {(i.field, i.code) for i in failed.value.issues}
    assert ("until", "until_before_since") in found
    assert ("is_dependent", "scheme_has_no_dependents") in found


def test_job_change_ends_the_old_period_and_moves_dependents(household):
    ken = add_member(household, "健", date(1976, 10, 16))
    misaki = add_member(household, "美咲", date(1978, 6, 28), Relationship.SPOUSE)
    household.coverage.add_period(ken.id, CoverageDraft(EMPLOYEE, date(2010, 4, 1), None, "A"))
    household.coverage.become_dependent(misaki.id, ken.id, date(2010, 4, 1))
    change = household.coverage.change_job(ken.id, date(2026, 11, 20), "B健保")
    assert [p.until for p in change.ended] == [date(2026, 11, 19), date(2026, 11, 19)]
    ken_now = household.coverage.current_period(ken.id)
    misaki_now = household.coverage.current_period(misaki.id)
    assert (ken_now.insurer_name, ken_now.since) == ("B健保", date(2026, 11, 20))
    assert misaki_now.is_dependent and misaki_now.holder_member_id == ken.id
    assert misaki_now.insurer_name == "B健保"


def test_after_a_job_change_the_plan_warns_of_the_switch_lag(household):
    ken = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(ken.id, standard_card(date(2022, 6, 1)))
    household.coverage.add_period(ken.id, CoverageDraft(EMPLOYEE, date(2010, 4, 1), None, "A"))
    household.coverage.change_job(ken.id, date(2026, 11, 20), "B健保")
    plan = household.facts.plan_for(ken.id, date(2026, 11, 25))
    assert PlanWarning.COVERAGE_SWITCH_LAG in plan.warnings
    assert plan.switch_lag_from == date(2026, 11, 20)


def test_retirement_to_national_gives_dependents_their_own_period(household):
    ken = add_member(household, "健", date(1966, 10, 16))
    misaki = add_member(household, "美咲", date(1968, 6, 28), Relationship.SPOUSE)
    household.coverage.add_period(ken.id, CoverageDraft(EMPLOYEE, date(2010, 4, 1), None, "A"))
    household.coverage.become_dependent(misaki.id, ken.id, date(2010, 4, 1))
    change = household.coverage.retire(ken.id, date(2026, 11, 1), CoverageKind.NATIONAL, "市国保")
    assert [e.code for e in change.events] == [DEPENDENT_BECAME_OWN_MEMBER]
    now = household.coverage.current_period(misaki.id)
    assert now.kind is CoverageKind.NATIONAL and not now.is_dependent


def test_voluntary_continuation_is_refused_at_75(household):
    m = add_member(household, "一郎", date(1950, 1, 1))
    with pytest.raises(ValidationFailed) as failed:
        household.coverage.retire(m.id, date(2026, 1, 2), CoverageKind.VOLUNTARY_CONTINUATION, "A")
    assert failed.value.issues[0].code == "voluntary_continuation_over_75"


def test_moving_revokes_the_signing_certificate_and_switches_national_insurer(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    household.coverage.add_period(
        m.id, CoverageDraft(CoverageKind.NATIONAL, date(2020, 4, 1), None, "A市")
    )
    change = household.coverage.move_home(m.id, date(2026, 11, 10), "B市")
    assert [e.code for e in change.events] == [SIGNING_CERT_REVOKED]
    assert household.coverage.current_period(m.id).insurer_name == "B市"
    assert household.cards.signing_cert_revoked_on(m.id) == date(2026, 11, 10)


def test_a_child_without_signing_certificate_has_nothing_revoked(household):
    m = add_member(household, "陽菜", date(2012, 1, 24))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    assert household.coverage.move_home(m.id, date(2026, 11, 10)).events == ()
    assert household.cards.revoked_signing_certs() == {}


def test_becoming_dependent_needs_a_holder_with_employee_insurance(household):
    a = add_member(household, "A", date(1976, 10, 16))
    b = add_member(household, "B", date(1978, 10, 16))
    household.coverage.add_period(a.id, CoverageDraft(CoverageKind.NATIONAL, date(2020, 4, 1)))
    with pytest.raises(ValidationFailed) as failed:
        household.coverage.become_dependent(b.id, a.id, date(2021, 1, 1))
    assert failed.value.issues[0].code == "scheme_has_no_dependents"


def test_leaving_dependent_starts_an_own_period(household):
    a = add_member(household, "A", date(1976, 10, 16))
    b = add_member(household, "B", date(2000, 10, 16), Relationship.CHILD)
    household.coverage.add_period(a.id, CoverageDraft(EMPLOYEE, date(2000, 4, 1), None, "A"))
    household.coverage.become_dependent(b.id, a.id, date(2000, 10, 16))
    household.coverage.leave_dependent(b.id, date(2026, 4, 1), EMPLOYEE, "C")
    periods = household.coverage.list_periods(b.id)
    assert [(p.is_dependent, p.until) for p in periods] == [
        (True, date(2026, 3, 31)), (False, None)
    ]


def test_75th_birthday_proposal_and_confirmation(household):
    ichiro = add_member(household, "一郎", date(1951, 12, 15))  # 75 on 2026-12-15
    household.coverage.add_period(
        ichiro.id, CoverageDraft(CoverageKind.NATIONAL, date(2016, 12, 15), None, "市国保")
    )
    [proposal] = household.coverage.proposed_periods(ichiro.id, date(2026, 11, 25))
    assert (proposal.kind, proposal.since, proposal.confirmed) == (
        CoverageKind.LATE_ELDERLY, date(2026, 12, 15), False
    )
    assert proposal.previous_ends_on == date(2026, 12, 14)
    items = household.coverage.todo_items(date(2026, 11, 25))
    assert [(i.code, i.member_ids) for i in items] == [(LATE_ELDERLY_SWITCH, (ichiro.id,))]
    household.coverage.confirm_late_elderly(ichiro.id, "東京都後期高齢者医療広域連合")
    periods = household.coverage.list_periods(ichiro.id)
    assert [(p.kind, p.until) for p in periods] == [
        (CoverageKind.NATIONAL, date(2026, 12, 14)), (CoverageKind.LATE_ELDERLY, None)
    ]
    assert household.coverage.proposed_periods(ichiro.id, date(2026, 11, 25)) == []
    with pytest.raises(ValidationFailed):
        household.coverage.confirm_late_elderly(ichiro.id, "again")


def test_no_proposal_long_before_the_birthday(household):
    m = add_member(household, "健", date(1976, 10, 16))
    assert household.coverage.proposed_periods(m.id, date(2026, 11, 25)) == []


def test_dependent_spouse_of_someone_turning_75_must_join_another_scheme(household):
    holder = add_member(household, "一郎", date(1951, 12, 15))
    wife = add_member(household, "和子", date(1955, 3, 1), Relationship.SPOUSE)
    household.coverage.add_period(holder.id, CoverageDraft(EMPLOYEE, date(2010, 4, 1), None, "A"))
    household.coverage.become_dependent(wife.id, holder.id, date(2010, 4, 1))
    items = household.coverage.todo_items(date(2026, 11, 25))
    assert (DEPENDENT_MUST_JOIN_SCHEME, (wife.id, holder.id)) in [
        (i.code, i.member_ids) for i in items
    ]
    change = household.coverage.confirm_late_elderly(holder.id, "広域連合")
    assert [(e.code, e.member_ids, e.on) for e in change.events] == [
        (DEPENDENT_MUST_JOIN_SCHEME, (wife.id, holder.id), date(2026, 12, 15))
    ]
    # Once she has her own national insurance from the birthday, the item goes away.
    household.coverage.leave_dependent(wife.id, date(2026, 12, 15), CoverageKind.NATIONAL, "市")
    assert DEPENDENT_MUST_JOIN_SCHEME not in [
        i.code for i in household.coverage.todo_items(date(2026, 11, 25))
    ]


def test_my_number_in_insurer_name_is_refused(household):
    m = add_member(household, "健", date(1976, 10, 16))
    with pytest.raises(ValidationFailed) as failed:
        household.coverage.add_period(
            m.id, CoverageDraft(EMPLOYEE, date(2020, 4, 1), None, "123456789018")
        )
    assert failed.value.issues[0].code == "looks_like_my_number"
