from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.card_record import DocumentDraft, DocumentKind, FacilityDraft, LostCardStep
from familycare.domain.member_facts import CardState
from familycare.domain.validation import ValidationFailed
from familycare.domain.visit_plan import PlanWarning, Route
from tests.services.records_helpers import add_member, standard_card


def _member_with_card(household):
    m = add_member(household, "蓮", date(2018, 12, 25))
    household.cards.save_card(m.id, standard_card(date(2023, 6, 1)))
    return m


def test_marking_lost_opens_a_checklist_with_the_phone_numbers(household):
    m = _member_with_card(household)
    case = household.lost_cards.mark_card_lost(m.id, date(2026, 11, 18), outside_home=True)
    assert household.cards.current_card(m.id).state is CardState.LOST
    household.lost_cards.complete_step(case.id, LostCardStep.SUSPENDED, date(2026, 11, 18))
    household.lost_cards.complete_step(case.id, LostCardStep.POLICE_REPORT, date(2026, 11, 19))
    checklist = household.lost_cards.checklist(m.id)
    assert checklist.phone_free_dial == "0120-95-0178"
    assert checklist.phone_call_center == "0570-783-578"
    done = {i.step: i.done_on for i in checklist.items}
    assert done[LostCardStep.SUSPENDED] == date(2026, 11, 18)
    assert done[LostCardStep.LOSS_REPORT] is None
    assert checklist.remaining == (
        LostCardStep.LOSS_REPORT, LostCardStep.REISSUE_APPLIED,
        LostCardStep.QUALIFICATION_CERTIFICATE_REQUESTED,
    )


def _clinic(household) -> int:
    return household.facilities.add_facility(
        FacilityDraft("clinic", online_check=True, face_reader=True, smartphone_reader=True)
    ).id


def test_lost_at_home_needs_no_police_report(household):
    m = _member_with_card(household)
    household.lost_cards.mark_card_lost(m.id, date(2026, 11, 18), outside_home=False)
    items = {i.step: i.needed for i in household.lost_cards.checklist(m.id).items}
    assert items[LostCardStep.POLICE_REPORT] is False


def test_while_lost_the_plan_uses_the_interim_route(household):
    m = _member_with_card(household)
    clinic = _clinic(household)
    before = household.facts.plan_for(m.id, date(2026, 11, 27), clinic)
    assert before.route is Route.MYNACARD
    household.lost_cards.mark_card_lost(m.id, date(2026, 11, 18))
    without_paper = household.facts.plan_for(m.id, date(2026, 11, 27), clinic)
    assert without_paper.route is Route.SELF_DECLARATION
    assert PlanWarning.CARD_UNAVAILABLE in without_paper.warnings
    household.documents.add_document(m.id, DocumentDraft(
        DocumentKind.QUALIFICATION_CERTIFICATE, issued_on=date(2026, 11, 24),
        valid_until=date(2027, 7, 31)))
    assert household.facts.plan_for(m.id, date(2026, 11, 27), clinic).route is (
        Route.QUALIFICATION_CERTIFICATE
    )


def test_step_dates_are_checked_and_steps_can_be_undone(household):
    m = _member_with_card(household)
    case = household.lost_cards.mark_card_lost(m.id, date(2026, 11, 18))
    with pytest.raises(ValidationFailed) as failed:
        household.lost_cards.complete_step(case.id, LostCardStep.LOSS_REPORT, date(2026, 11, 1))
    assert failed.value.issues[0].code == "date_before_loss"
    household.lost_cards.complete_step(case.id, LostCardStep.REISSUE_APPLIED, date(2026, 11, 20),
                                       express=True)
    undone = household.lost_cards.undo_step(case.id, LostCardStep.REISSUE_APPLIED)
    assert undone.steps[LostCardStep.REISSUE_APPLIED] is None and not undone.express_reissue


def test_a_card_cannot_be_lost_twice_and_found_closes_the_case(household):
    m = _member_with_card(household)
    case = household.lost_cards.mark_card_lost(m.id, date(2026, 11, 18))
    with pytest.raises(ValidationFailed) as failed:
        household.lost_cards.mark_card_lost(m.id, date(2026, 11, 19))
    assert failed.value.issues[0].code == "already_lost"
    household.lost_cards.complete_step(case.id, LostCardStep.SUSPENDED, date(2026, 11, 18))
    found = household.lost_cards.card_found(case.id, date(2026, 11, 24))
    assert found.needs_office_visit and not found.case.is_open
    assert household.cards.current_card(m.id).state is CardState.IN_HAND
    assert household.lost_cards.checklist(m.id) is None


def test_a_reissued_card_closes_the_case(household):
    m = _member_with_card(household)
    household.lost_cards.mark_card_lost(m.id, date(2026, 11, 1))
    household.cards.reissue_card(m.id, standard_card(date(2026, 11, 20)))
    assert household.lost_cards.open_case(m.id) is None
    plan = household.facts.plan_for(m.id, date(2026, 11, 27), _clinic(household))
    assert plan.route is Route.MYNACARD
