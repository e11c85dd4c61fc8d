"""PIN kinds per card, lock state, and where a locked PIN can be reset."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from familycare.domain.member_facts import CardFacts, CardKind, PinKind
from familycare.domain.pins import ResetPlace, pin_kinds, pin_report, pin_states
from familycare.domain.rules import RuleSet

ADULT = date(1970, 1, 1)
CHILD = date(2014, 1, 1)
DAY = date(2026, 12, 1)
STANDARD = CardFacts(CardKind.STANDARD, date(2023, 6, 10))


def test_face_auth_card_has_no_pins(rules: RuleSet) -> None:
    assert pin_kinds(ADULT, replace(STANDARD, kind=CardKind.FACE_AUTH), rules) == ()
    assert pin_kinds(ADULT, None, rules) == ()


def test_child_under_15_has_no_signing_password(rules: RuleSet) -> None:
    kinds = pin_kinds(CHILD, STANDARD, rules)
    assert PinKind.SIGNING not in kinds
    assert set(kinds) == {PinKind.USER_CERT, PinKind.CARD_INFO, PinKind.RESIDENT}
    assert PinKind.SIGNING in pin_kinds(ADULT, STANDARD, rules)


def test_recorded_signing_certificate_fact_wins(rules: RuleSet) -> None:
    revoked = replace(STANDARD, has_signing_cert=False)
    assert PinKind.SIGNING not in pin_kinds(ADULT, revoked, rules)


def test_lock_thresholds_per_kind(rules: RuleSet) -> None:
    states = {
        s.kind: s
        for s in pin_states(ADULT, STANDARD, {PinKind.USER_CERT: 2, PinKind.SIGNING: 4}, DAY, rules)
    }
    assert (states[PinKind.USER_CERT].limit, states[PinKind.SIGNING].limit) == (3, 5)
    assert states[PinKind.USER_CERT].remaining == 1 and states[PinKind.USER_CERT].last_attempt
    assert states[PinKind.SIGNING].remaining == 1 and not states[PinKind.SIGNING].locked
    assert states[PinKind.RESIDENT].failures == 0 and states[PinKind.RESIDENT].remaining == 3


def test_locked_at_threshold_and_beyond(rules: RuleSet) -> None:
    for failures in (3, 7):
        state = pin_states(ADULT, STANDARD, {PinKind.USER_CERT: failures}, DAY, rules)[0]
        assert state.locked and state.remaining == 0 and not state.last_attempt


def _places(birth: date, card: CardFacts, failures: dict, cert_until: date | None, rules):
    return {
        p.state.kind: p.reset_at for p in pin_report(birth, card, failures, DAY, cert_until, rules)
    }


def test_convenience_store_for_certificate_pins_of_an_adult(rules: RuleSet) -> None:
    places = _places(ADULT, STANDARD, {PinKind.USER_CERT: 3}, date(2028, 1, 1), rules)
    assert places[PinKind.USER_CERT] == (ResetPlace.MUNICIPAL_OFFICE, ResetPlace.CONVENIENCE_STORE)
    # The store flow asks for the other certificate's PIN: the locked user PIN rules it out.
    assert places[PinKind.SIGNING] == (ResetPlace.MUNICIPAL_OFFICE,)
    assert places[PinKind.RESIDENT] == (ResetPlace.MUNICIPAL_OFFICE,)
    assert places[PinKind.CARD_INFO] == (ResetPlace.MUNICIPAL_OFFICE,)


def test_signing_password_at_store_when_user_pin_works(rules: RuleSet) -> None:
    places = _places(ADULT, STANDARD, {PinKind.SIGNING: 5}, date(2028, 1, 1), rules)
    assert places[PinKind.SIGNING] == (ResetPlace.MUNICIPAL_OFFICE, ResetPlace.CONVENIENCE_STORE)


def test_municipal_office_only_without_valid_certificates(rules: RuleSet) -> None:
    places = _places(ADULT, STANDARD, {PinKind.USER_CERT: 3}, date(2026, 11, 30), rules)
    assert places[PinKind.USER_CERT] == (ResetPlace.MUNICIPAL_OFFICE,)


def test_municipal_office_only_for_children(rules: RuleSet) -> None:
    places = _places(CHILD, STANDARD, {PinKind.USER_CERT: 3}, date(2028, 1, 1), rules)
    assert places[PinKind.USER_CERT] == (ResetPlace.MUNICIPAL_OFFICE,)


def test_store_needs_the_other_certificate_pin(rules: RuleSet) -> None:
    both = {PinKind.USER_CERT: 3, PinKind.SIGNING: 5}
    places = _places(ADULT, STANDARD, both, date(2028, 1, 1), rules)
    assert places[PinKind.USER_CERT] == (ResetPlace.MUNICIPAL_OFFICE,)
    assert places[PinKind.SIGNING] == (ResetPlace.MUNICIPAL_OFFICE,)
