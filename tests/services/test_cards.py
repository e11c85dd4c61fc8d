from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from familycare.domain.card_record import CardDraft, CardRecordKind
from familycare.domain.member_facts import CardState
from familycare.domain.validation import ValidationFailed
from familycare.storage.errors import NotFound
from tests.services.records_helpers import add_member, face_card, standard_card


def codes(failed: pytest.ExceptionInfo[ValidationFailed]) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in failed.value.issues}


def test_first_save_creates_the_current_card_and_a_second_save_corrects_it(household):
    m = add_member(household, "健", date(1976, 10, 16))
    card = household.cards.save_card(m.id, standard_card(date(2021, 3, 1)))
    assert card.is_current and card.kind is CardRecordKind.STANDARD
    fixed = household.cards.save_card(
        m.id, replace(card.draft(), smartphone_set_up=True), expected_version=card.version
    )
    assert fixed.id == card.id and fixed.smartphone_set_up
    assert len(household.cards.card_history(m.id)) == 1


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (standard_card(date(1970, 1, 1)), ("issued_on", "date_before_birth")),
        (standard_card(date(2026, 11, 26)), ("issued_on", "date_in_future")),
        (standard_card(date(2021, 3, 1), applied_on=date(2021, 4, 1)),
         ("applied_on", "applied_after_issue")),
        (standard_card(date(2021, 3, 1), printed_expires_on=date(2021, 3, 1)),
         ("printed_expires_on", "expiry_not_after_issue")),
        (standard_card(date(2021, 3, 1), notified_cert_expires_on=date(2020, 1, 1)),
         ("notified_cert_expires_on", "expiry_not_after_issue")),
        (face_card(date(2024, 3, 1), smartphone_set_up=True),
         ("smartphone_set_up", "face_auth_no_smartphone")),
        (CardDraft(CardRecordKind.STANDARD), ("issued_on", "issued_on_missing")),
        (CardDraft(CardRecordKind.APPLIED), ("applied_on", "applied_on_missing")),
    ],
)
def test_impossible_cards_are_refused_with_a_code_per_field(household, draft, expected):
    m = add_member(household, "健", date(1976, 10, 16))
    with pytest.raises(ValidationFailed) as failed:
        household.cards.save_card(m.id, draft)
    assert expected in codes(failed)
    assert household.cards.current_card(m.id) is None


def test_reissue_keeps_the_old_card_as_history(household):
    m = add_member(household, "健", date(1976, 10, 16))
    old = household.cards.save_card(m.id, standard_card(date(2016, 3, 1)))
    new = household.cards.reissue_card(m.id, standard_card(date(2026, 2, 1)))
    history = household.cards.card_history(m.id)
    assert [c.id for c in history] == [old.id, new.id]
    assert history[0].is_current is False and history[0].ended_on == date(2026, 2, 1)
    assert household.cards.current_card(m.id).id == new.id


def test_no_card_ends_the_current_one(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2016, 3, 1)))
    household.cards.record_no_card(m.id, date(2026, 11, 1))
    assert household.cards.current_card(m.id) is None
    assert household.facts.facts_for(m.id).card is None


def test_an_applied_card_is_no_card_for_the_planner(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(
        m.id, CardDraft(CardRecordKind.APPLIED, applied_on=date(2026, 11, 1),
                        insurance_registered=True)
    )
    stored = household.cards.current_card(m.id)
    assert stored.kind is CardRecordKind.APPLIED and stored.insurance_registered is False
    assert household.facts.facts_for(m.id).card is None
    assert household.cards.pin_states(m.id) == ()


def test_card_dates_show_computed_and_printed_values_side_by_side(household):
    # RULES.md: issued 2020-05-15, born 10 Oct: card to 2029-10-10, certificate to 2024-10-10.
    m = add_member(household, "花", date(1960, 10, 10))
    household.cards.save_card(
        m.id, standard_card(date(2020, 5, 15), printed_expires_on=date(2029, 10, 11))
    )
    dates = household.cards.card_dates(m.id, date(2026, 11, 25))
    assert dates.card_expiry.value == date(2029, 10, 11)  # printed wins
    assert dates.card_computed.value == date(2029, 10, 10)
    assert dates.card_mismatch
    assert dates.cert_expiry.value == date(2024, 10, 10) and not dates.cert_mismatch
    assert dates.effective_expiry == date(2024, 10, 10)
    assert dates.cert_renewal_opens_on == date(2024, 7, 11)
    assert dates.grace_until == date(2025, 1, 31)


def test_unknown_member_is_not_found(household):
    with pytest.raises(NotFound):
        household.cards.current_card(999)


def test_audit_summary_names_fields_not_values(household):
    from familycare.storage.audit_repository import AuditRepository

    m = add_member(household, "健", date(1976, 10, 16))
    card = household.cards.save_card(m.id, standard_card(date(2016, 3, 1)))
    household.cards.save_card(m.id, replace(card.draft(), state=CardState.SUSPENDED))
    with household.db.unit_of_work() as session:
        events = AuditRepository(session).for_member(m.id)
    assert events[0].entity == "card" and events[0].summary == "state"
