"""The to-do's card items say what the card's explained path says, for any card and day.

The derivation takes shortcuts for a large family (today's grace rules read once, only PINs
near their lock looked at); these properties hold it to the explained functions a card's
own screen uses: ``card_timeline`` (renewal opens, grace end, phase, computed) under the
shipped rules and under a household's exact-date override, and ``pin_states`` (which PINs
the card has, their limits, locked or one attempt left).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.card_timeline import CardPhase, card_timeline
from familycare.domain.member import Member, Relationship
from familycare.domain.member_facts import CardFacts, CardKind, MemberFacts, PinKind
from familycare.domain.pins import pin_states
from familycare.domain.rules import GraceCounting, RuleSet
from familycare.domain.todo import OFFICE_FROM, TodoAction, TodoKind, derive_todos

births = st.one_of(
    st.dates(date(1930, 1, 1), date(2024, 12, 31)),
    st.sampled_from([date(2000, 2, 29), date(2004, 2, 29), date(1964, 2, 29)]),
)
maybe_dates = st.one_of(st.none(), st.dates(date(2016, 1, 1), date(2040, 12, 31)))
days = st.dates(date(2016, 1, 1), date(2045, 12, 31))


@st.composite
def birth_and_card(draw: st.DrawFn) -> tuple[date, CardFacts]:
    birth = draw(births)
    issued = draw(st.dates(max(birth, date(2016, 1, 1)), date(2030, 12, 31)))
    return birth, CardFacts(
        kind=draw(st.sampled_from(CardKind)),
        issued_on=issued,
        applied_on=draw(st.one_of(st.none(), st.dates(issued - timedelta(days=120), issued))),
        expires_on=draw(maybe_dates),
        cert_issued_on=draw(st.one_of(st.none(), st.dates(issued, issued + timedelta(days=3000)))),
        cert_renewed_before_expiry=draw(st.booleans()),
        cert_expires_on=draw(maybe_dates),
        has_signing_cert=draw(st.sampled_from([None, True, False])),
    )


pins = st.dictionaries(st.sampled_from(PinKind), st.integers(-1, 7))

_EXPIRY_KINDS = {TodoKind.RENEWAL_OPENS, TodoKind.CARD_EXPIRY, TodoKind.CERT_EXPIRY,
                 TodoKind.GRACE_ENDS}
_PIN_KINDS = {TodoKind.PIN_LOCKED, TodoKind.PIN_LAST_ATTEMPT}


def _member(birth: date) -> Member:
    return Member(7, "山田 健", "", birth, Relationship.SELF, "#0072B2", "", 1)


@pytest.fixture(scope="module", params=["shipped", "exact_date"])
def rule_set(request: pytest.FixtureRequest, rules: RuleSet) -> RuleSet:
    if request.param == "shipped":
        return rules
    return rules.with_overrides(grace_counting=GraceCounting.EXACT_DATE, switch_lag_days=30)


@given(birth_and_card(), days)
def test_expiry_items_follow_the_card_timeline(
    rule_set: RuleSet, pair: tuple[date, CardFacts], today: date
) -> None:
    birth, card = pair
    items = [i for i in derive_todos(_member(birth), MemberFacts(birth, card), today, rule_set)
             if i.kind in _EXPIRY_KINDS]
    line = card_timeline(birth, card, today, rule_set)
    if line.expires_on - timedelta(days=150) > today + timedelta(days=365):
        assert items == []  # too far ahead to show or to export
        return
    by_kind = {i.kind: i for i in items}
    is_card = line.part.value == "card"
    expected = {TodoKind.GRACE_ENDS}
    if today < line.renewal_opens_on:
        expected.add(TodoKind.RENEWAL_OPENS)
    if today <= line.expires_on:
        expected.add(TodoKind.CARD_EXPIRY if is_card else TodoKind.CERT_EXPIRY)
    assert set(by_kind) == expected and len(items) == len(expected)
    for item in items:
        assert item.params["part"] == line.part.value
        assert item.params["expires_on"] == line.expires_on
        assert item.params["opens_on"] == line.renewal_opens_on
        assert item.params["grace_until"] == line.grace_until
        assert item.params["computed"] == line.computed
    grace = by_kind[TodoKind.GRACE_ENDS]
    assert grace.due == line.grace_until
    assert grace.params[OFFICE_FROM] == line.expires_on + timedelta(days=1)
    assert grace.action is (TodoAction.RENEW_AND_REGISTER_AGAIN
                            if line.phase(today) is CardPhase.EXPIRED
                            else TodoAction.RENEW_BEFORE_GRACE_ENDS)
    for kind in expected - {TodoKind.GRACE_ENDS}:
        # A certificate is renewed at the office from the day renewal opens; a card is not.
        assert by_kind[kind].params.get(OFFICE_FROM) == (
            None if is_card else line.renewal_opens_on)


@given(birth_and_card(), pins, days)
def test_pin_items_are_what_pin_states_say(
    rule_set: RuleSet, pair: tuple[date, CardFacts], failures: dict[PinKind, int], today: date
) -> None:
    birth, card = pair
    facts = MemberFacts(birth, card, failures)
    items = {i.key: i for i in derive_todos(_member(birth), facts, today, rule_set)
             if i.kind in _PIN_KINDS}
    expected = {}
    for state in pin_states(birth, card, failures, today, rule_set):
        if not (state.locked or state.last_attempt):
            continue
        kind = TodoKind.PIN_LOCKED if state.locked else TodoKind.PIN_LAST_ATTEMPT
        expected[f"{kind.value}:member:7:{state.kind.value}"] = (
            kind, {"pin": state.kind.value, "failures": state.failures,
                   "limit": state.limit, "remaining": state.remaining})
    assert {key: (i.kind, {k: v for k, v in i.params.items() if k != "office_days"})
            for key, i in items.items()} == expected
