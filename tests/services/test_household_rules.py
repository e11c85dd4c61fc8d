"""A household's choice for disputed rules changes plans, and the plan says so."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.member_facts import CardFacts, CardKind, FacilityCaps, MemberFacts
from familycare.domain.rules import GraceCounting
from familycare.domain.visit_plan import plan_visit
from familycare.services.household_rules import (
    GRACE_COUNTING_KEY,
    RuleOverrides,
)

FACTS = MemberFacts(
    birth_date=date(1960, 9, 5),
    card=CardFacts(kind=CardKind.STANDARD, issued_on=date(2020, 11, 2),
                   cert_expires_on=date(2026, 9, 5)),
)
CLINIC = FacilityCaps(online_check=True, face_reader=True, smartphone_reader=False)


def test_without_overrides_the_shipped_rules_are_used(household) -> None:
    plan = plan_visit(FACTS, date(2026, 11, 25), CLINIC, household.rules.rule_set())
    assert plan.to_json()["grace_until"] == "2026-12-31"
    assert plan.to_json()["overrides_applied"] == []


def test_exact_date_grace_override_changes_the_plan_and_says_so(household) -> None:
    household.rules.set_overrides(RuleOverrides(grace_counting=GraceCounting.EXACT_DATE))
    plan = plan_visit(FACTS, date(2026, 11, 25), CLINIC, household.rules.rule_set()).to_json()
    assert plan["grace_until"] != "2026-12-31"
    assert plan["grace_until"] <= "2026-12-05"
    assert any(o["rule_id"] == "grace.counting" for o in plan["overrides_applied"])


def test_switch_lag_override_widens_the_window(household) -> None:
    from familycare.domain.member_facts import CoverageKind, CoveragePeriod

    facts = MemberFacts(
        birth_date=FACTS.birth_date,
        card=FACTS.card,
        coverage=(CoveragePeriod(CoverageKind.EMPLOYEE, date(2026, 11, 1)),),
    )
    visit = date(2026, 11, 25)  # day 25 after the change: outside 14 days, inside 30
    assert "coverage_switch_lag" not in plan_visit(
        facts, visit, CLINIC, household.rules.rule_set()
    ).to_json()["warnings"]
    household.rules.set_overrides(RuleOverrides(switch_lag_days=30))
    plan = plan_visit(facts, visit, CLINIC, household.rules.rule_set()).to_json()
    assert "coverage_switch_lag" in plan["warnings"]
    assert any(o["rule_id"] == "coverage.switch_lag_days" for o in plan["overrides_applied"])


def test_unreadable_stored_override_falls_back_to_the_shipped_rule(household) -> None:
    household.settings.set(GRACE_COUNTING_KEY, "fortnightly")
    assert household.rules.overrides().grace_counting is None
    assert not household.rules.rule_set().is_overridden("grace.counting")


def test_out_of_range_lag_is_refused(household) -> None:
    with pytest.raises(ValueError):
        household.rules.set_overrides(RuleOverrides(switch_lag_days=400))


def test_stored_plans_use_the_household_overrides(household, clock) -> None:
    from familycare.domain.card_record import CardDraft, CardRecordKind
    from familycare.domain.member import MemberDraft, Relationship

    member = household.members.add_member(
        MemberDraft("山田 美咲", date(1960, 9, 5), Relationship.SPOUSE)
    )
    household.cards.save_card(
        member.id,
        CardDraft(kind=CardRecordKind.STANDARD, issued_on=date(2020, 11, 2),
                  notified_cert_expires_on=date(2026, 9, 5), insurance_registered=True),
    )
    shipped = household.facts.plan_for(member.id, clock.today()).to_json()
    household.rules.set_overrides(RuleOverrides(grace_counting=GraceCounting.EXACT_DATE))
    chosen = household.facts.plan_for(member.id, clock.today()).to_json()
    assert shipped["grace_until"] == "2026-12-31"
    assert chosen["grace_until"] != shipped["grace_until"]
    assert chosen["overrides_applied"]
