"""The demo family (DEMO_FAMILY.md) as the planner and the to-do see it, at T = 2026-11-25."""

from __future__ import annotations

from datetime import timedelta

import pytest

from familycare.domain.card_record import LostCardStep
from familycare.domain.member_facts import CardKind, CoverageKind, PinKind
from familycare.domain.visit_plan import PlanWarning, Route
from familycare.services.coverage import LATE_ELDERLY_SWITCH
from familycare.services.demo import build_demo_family
from tests.conftest import TODAY


@pytest.fixture
def demo(household):
    build_demo_family(household, TODAY)
    ids = {m.display_name: m.id for m in household.members.list_members()}
    facilities = {f.name: f.id for f in household.facilities.list_facilities()}
    return household, ids, facilities


def test_taro_at_the_pharmacy_must_not_try_the_pin(demo):
    household, ids, facilities = demo
    plan = household.facts.plan_for(ids["山田 太郎"], TODAY + timedelta(days=2),
                                    facilities["さくら薬局"])
    assert PlanWarning.PIN_LAST_ATTEMPT in plan.warnings
    assert PlanWarning.CERT_EXPIRING_SOON in plan.warnings
    assert plan.cert_expires_on == TODAY + timedelta(days=40)


def test_hanako_uses_face_recognition_and_has_no_pins(demo):
    household, ids, facilities = demo
    facts = household.facts.facts_for(ids["山田 花子"])
    assert facts.card.kind is CardKind.FACE_AUTH and facts.pins == {}
    assert facts.documents.qualification_certificate_until.month == 7
    plan = household.facts.plan_for(ids["山田 花子"], TODAY + timedelta(days=3),
                                    facilities["みどり内科クリニック"])
    assert plan.route is Route.MYNACARD and plan.warnings == ()


def test_ren_lost_card_half_done_and_interim_route(demo):
    household, ids, facilities = demo
    checklist = household.lost_cards.checklist(ids["山田 蓮"])
    assert checklist.remaining == (LostCardStep.LOSS_REPORT, LostCardStep.REISSUE_APPLIED)
    plan = household.facts.plan_for(ids["山田 蓮"], TODAY + timedelta(days=3),
                                    facilities["みどり内科クリニック"])
    assert plan.route is Route.SELF_DECLARATION
    assert PlanWarning.CARD_UNAVAILABLE in plan.warnings


def test_job_change_switch_lag_and_grace(demo):
    household, ids, _ = demo
    ken = household.facts.plan_for(ids["山田 健"], TODAY)
    misaki = household.facts.plan_for(ids["山田 美咲"], TODAY)
    assert PlanWarning.COVERAGE_SWITCH_LAG in ken.warnings
    assert PlanWarning.CERT_GRACE in misaki.warnings
    current = household.coverage.current_period(ids["山田 美咲"])
    assert current.is_dependent and current.holder_member_id == ids["山田 健"]


def test_ichiro_late_elderly_proposal_is_a_todo(demo):
    household, ids, _ = demo
    items = household.coverage.todo_items(TODAY)
    assert [(i.code, i.member_ids) for i in items] == [(LATE_ELDERLY_SWITCH, (ids["佐藤 一郎"],))]
    [proposal] = household.coverage.proposed_periods(ids["佐藤 一郎"], TODAY)
    assert proposal.kind is CoverageKind.LATE_ELDERLY
    assert proposal.since == TODAY + timedelta(days=20)


def test_hina_has_no_signing_password(demo):
    household, ids, _ = demo
    kinds = {r.state.kind for r in household.cards.pin_states(ids["山田 陽菜"])}
    assert PinKind.SIGNING not in kinds and PinKind.USER_CERT in kinds


def test_notified_certificate_dates_agree_with_the_computed_ones(demo):
    # The demo is the first family a person sees: its notices must not contradict the card
    # (the Card tab would warn "the notice's date differs from the computed date").
    import dataclasses

    from familycare.domain.card_validity import card_expiry, cert_expiry

    household, _ids, _facilities = demo
    rules = household.rules.rule_set()
    notified = 0
    for member in household.members.list_members():
        card = household.facts.facts_for(member.id).card
        if card is None or card.cert_expires_on is None:
            continue
        notified += 1
        computed = dataclasses.replace(card, cert_expires_on=None)
        card_end = card_expiry(member.birth_date, computed, rules).value
        assert cert_expiry(member.birth_date, computed, card_end, rules).value == \
            card.cert_expires_on, member.display_name
    assert notified == 2  # 太郎 (T+40) and 美咲 (T-30)
