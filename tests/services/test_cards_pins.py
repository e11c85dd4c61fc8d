"""PIN counters: only the PINs the card has; failures until locked, then refusal."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.member_facts import PinKind
from familycare.domain.pins import ResetPlace
from familycare.domain.validation import ValidationFailed
from tests.services.records_helpers import add_member, face_card, standard_card


def test_failures_count_up_until_locked_then_further_failures_are_refused(household):
    m = add_member(household, "太郎", date(1946, 5, 9))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    first = household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    assert (first.state.failures, first.state.remaining, first.state.locked) == (1, 2, False)
    second = household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    assert second.state.last_attempt
    third = household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    assert third.state.locked and third.state.remaining == 0
    with pytest.raises(ValidationFailed) as failed:
        household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    assert failed.value.issues[0].code == "pin_already_locked"
    assert household.facts.facts_for(m.id).pins[PinKind.USER_CERT] == 3


def test_signing_password_locks_after_five(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    for _ in range(4):
        report = household.cards.record_pin_failure(m.id, PinKind.SIGNING)
    assert report.state.remaining == 1
    assert household.cards.record_pin_failure(m.id, PinKind.SIGNING).state.locked


def test_a_correct_entry_resets_the_count(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    assert household.cards.record_pin_success(m.id, PinKind.USER_CERT).state.failures == 0


def test_a_locked_pin_needs_a_reset_and_the_reset_unlocks_it(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    for _ in range(3):
        report = household.cards.record_pin_failure(m.id, PinKind.CARD_INFO)
    assert report.reset_at == (ResetPlace.MUNICIPAL_OFFICE,)
    with pytest.raises(ValidationFailed) as failed:
        household.cards.record_pin_success(m.id, PinKind.CARD_INFO)
    assert failed.value.issues[0].code == "pin_locked_needs_reset"
    after = household.cards.record_pin_reset(m.id, PinKind.CARD_INFO)
    assert after.state.failures == 0 and not after.state.locked


def test_face_auth_card_has_no_pins(household):
    m = add_member(household, "花子", date(1948, 8, 17))
    household.cards.save_card(m.id, face_card(date(2024, 6, 1)))
    assert household.cards.pin_states(m.id) == ()
    with pytest.raises(ValidationFailed) as failed:
        household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    assert failed.value.issues[0].code == "pin_kind_not_on_card"


def test_child_under_15_has_no_signing_password(household):
    m = add_member(household, "陽菜", date(2012, 1, 24))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    kinds = {r.state.kind for r in household.cards.pin_states(m.id)}
    assert kinds == {PinKind.USER_CERT, PinKind.CARD_INFO, PinKind.RESIDENT}
    with pytest.raises(ValidationFailed):
        household.cards.record_pin_failure(m.id, PinKind.SIGNING)


def test_no_card_no_pin_events(household):
    m = add_member(household, "健", date(1976, 10, 16))
    with pytest.raises(ValidationFailed) as failed:
        household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    assert failed.value.issues[0].code == "no_current_card"


def test_switching_to_a_face_auth_card_drops_the_pin_counters(household):
    m = add_member(household, "健", date(1976, 10, 16))
    card = household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    household.cards.save_card(m.id, face_card(date(2022, 6, 1)), card.version)
    assert household.facts.facts_for(m.id).pins == {}


def test_a_new_card_starts_with_fresh_counters(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2016, 6, 1)))
    household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    household.cards.reissue_card(m.id, standard_card(date(2026, 6, 1)))
    states = {r.state.kind: r.state.failures for r in household.cards.pin_states(m.id)}
    assert states[PinKind.USER_CERT] == 0
