"""Saving visits, the day view, recomputing after facts change, reprint flags, upcoming."""

from __future__ import annotations

import json
from datetime import date

import pytest

from familycare.domain.member_facts import PinKind
from familycare.domain.validation import ValidationFailed
from familycare.domain.visit_plan import Auth, Bring, PlanWarning, Route
from familycare.storage.errors import NotFound
from tests.services.visits_helpers import small_family, visit_service

TODAY = date(2026, 11, 25)


@pytest.fixture
def family(household):
    return small_family(household)


@pytest.fixture
def visits(household):
    return visit_service(household)


def test_saved_visit_keeps_plan_json_and_fingerprint(visits, family):
    saved = visits.plan_visit(family.mother.id, date(2026, 11, 28), family.clinic.id)
    assert saved.id is not None and saved.plan.route is Route.MYNACARD
    assert saved.plan.auth is Auth.FACE
    stored = json.loads(saved.record.plan_json)
    assert stored["plan"]["route"] == "mynacard" and stored["card"]["member_name"] == "山田 花子"
    assert saved.record.plan_fingerprint == saved.fingerprint
    assert not saved.printed and not saved.needs_reprint


def test_father_at_the_pharmacy_with_one_pin_attempt_left(household, visits, family):
    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    saved = visits.plan_visit(family.father.id, date(2026, 11, 27), family.pharmacy.id)
    assert saved.plan.route is Route.CARD_WITH_NOTICE
    assert PlanWarning.PIN_LAST_ATTEMPT in saved.plan.warnings
    assert saved.card.do_not_try_pin
    assert saved.bring == (Bring.CARD, Bring.QUALIFICATION_NOTICE)


def test_day_view_lists_every_family_visit_of_the_morning(visits, family):
    day = date(2026, 11, 28)
    visits.plan_visit(family.mother.id, day, family.clinic.id)
    visits.plan_visit(family.father.id, day, family.clinic.id)
    visits.plan_visit(family.father.id, date(2026, 11, 29), family.pharmacy.id)
    names = [v.member.display_name for v in visits.visits_on(day)]
    assert names == ["山田 花子", "山田 太郎"]


def test_saving_the_same_visit_twice_updates_it(visits, family):
    first = visits.plan_visit(family.mother.id, date(2026, 11, 28), family.clinic.id)
    again = visits.plan_visit(family.mother.id, date(2026, 11, 28), family.clinic.id)
    assert first.id == again.id
    assert len(visits.visits_on(date(2026, 11, 28))) == 1


def test_visit_in_the_past_is_refused(visits, family):
    with pytest.raises(ValidationFailed) as failed:
        visits.plan_visit(family.mother.id, date(2026, 11, 24), family.clinic.id)
    assert failed.value.issues[0].code == "visit_in_past"


def test_unknown_member_or_facility_is_not_found(visits, family):
    with pytest.raises(NotFound):
        visits.plan_visit(9999, date(2026, 11, 28), family.clinic.id)
    with pytest.raises(NotFound):
        visits.plan_visit(family.mother.id, date(2026, 11, 28), 9999)


def test_printed_card_is_flagged_for_reprint_when_facts_change(household, visits, family):
    saved = visits.plan_visit(family.father.id, date(2026, 11, 27), family.pharmacy.id)
    printed = visits.mark_printed(saved.id)
    assert printed.printed and not printed.needs_reprint
    assert printed.record.printed_fingerprint == saved.fingerprint
    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    changed = visits.recompute(TODAY)
    assert [v.id for v in changed] == [saved.id]
    (current,) = visits.visits_on(date(2026, 11, 27))
    assert current.needs_reprint
    assert (
        PlanWarning.PIN_LAST_ATTEMPT.value
        in json.loads(current.record.plan_json)["plan"]["warnings"]
    )
    assert visits.mark_printed(saved.id).needs_reprint is False


def test_facility_change_also_flags_reprint(household, visits, family):
    saved = visits.plan_visit(family.mother.id, date(2026, 11, 28), family.clinic.id)
    visits.mark_printed(saved.id)
    clinic = household.facilities.get(family.clinic.id)
    from dataclasses import replace

    household.facilities.update_facility(
        clinic.id, clinic.version, replace(clinic.draft(), face_reader=False)
    )
    assert visits.get(saved.id).needs_reprint


def test_upcoming_gives_plan_bring_list_and_reprint_flag(visits, family):
    tomorrow = visits.plan_visit(family.mother.id, date(2026, 11, 26), family.clinic.id)
    visits.plan_visit(family.father.id, date(2026, 12, 10), family.pharmacy.id)
    soon = visits.upcoming(TODAY, within_days=1)
    assert [v.id for v in soon] == [tomorrow.id]
    assert soon[0].bring == (Bring.CARD,) and soon[0].plan.route is Route.MYNACARD
    assert soon[0].needs_reprint is False
    assert len(visits.upcoming(TODAY, within_days=30)) == 2


def test_delete_visit(visits, family):
    saved = visits.plan_visit(family.mother.id, date(2026, 11, 28), family.clinic.id)
    visits.delete_visit(saved.id)
    assert visits.visits_on(date(2026, 11, 28)) == []
    with pytest.raises(NotFound):
        visits.get(saved.id)


def test_contact_person_is_the_user_looking_after_the_family(household, visits, family):
    from familycare.services.settings import USER_NAME

    household.settings.set(USER_NAME, "山田 健")
    card = visits.preview(family.mother.id, date(2026, 11, 28), family.clinic.id).card
    assert card.contact is not None and card.contact.name == "山田 健"


def test_visit_without_facility_is_planned_for_the_worst_case(visits, family):
    saved = visits.plan_visit(family.mother.id, date(2026, 11, 28), None)
    assert PlanWarning.FACILITY_UNKNOWN in saved.plan.warnings
    assert saved.card.facility_name is None
