"""The to-do's lean expiry path (``effective_expiry``, ``expiry_dates``, ``card_phase``) gives
the dates and flags of the explained one (``card_expiry``, ``cert_expiry``, ``CardTimeline``)
for any card, 29 February births and the 18/20 age line included; and ``age_on``, which
compares month and day instead of building the birthday, counts years as the birthday's
date does."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.card_timeline import (
    card_expiries,
    card_phase,
    card_timeline,
    effective_expiry,
)
from familycare.domain.card_validity import card_expiry, cert_expiry, expiry_dates
from familycare.domain.dates import age_on, birthday_in_year
from familycare.domain.member_facts import CardFacts, CardKind
from familycare.domain.rules import RuleSet

# Births around the 2022 age-line change and leap days; issue dates across the rules' span.
births = st.one_of(
    st.dates(date(1930, 1, 1), date(2024, 12, 31)),
    st.sampled_from([date(2000, 2, 29), date(2004, 2, 29), date(1964, 2, 29)]),
)
maybe_dates = st.one_of(st.none(), st.dates(date(2016, 1, 1), date(2040, 12, 31)))


@st.composite
def cards(draw: st.DrawFn, birth: date) -> CardFacts:
    issued = draw(st.dates(max(birth, date(2016, 1, 1)), date(2030, 12, 31)))
    applied = draw(st.one_of(st.none(), st.dates(issued - timedelta(days=120), issued)))
    cert_issued = draw(st.one_of(st.none(), st.dates(issued, issued + timedelta(days=3000))))
    return CardFacts(
        kind=draw(st.sampled_from(CardKind)),
        issued_on=issued,
        applied_on=applied,
        expires_on=draw(maybe_dates),
        cert_issued_on=cert_issued,
        cert_renewed_before_expiry=draw(st.booleans()),
        cert_expires_on=draw(maybe_dates),
    )


@st.composite
def birth_and_card(draw: st.DrawFn) -> tuple[date, CardFacts]:
    birth = draw(births)
    return birth, draw(cards(birth))


@given(birth_and_card(), st.dates(date(2016, 1, 1), date(2045, 12, 31)))
def test_lean_expiry_dates_are_the_explained_ones(
    rules: RuleSet, pair: tuple[date, CardFacts], today: date
) -> None:
    birth, card = pair
    card_exp = card_expiry(birth, card, rules)
    cert_exp = cert_expiry(birth, card, card_exp.value, rules)
    assert expiry_dates(birth, card, rules) == (
        card_exp.value, card_exp.computed, cert_exp.value, cert_exp.computed,
    )
    _, _, part, effective = card_expiries(birth, card, rules)
    line = card_timeline(birth, card, today, rules)
    assert effective_expiry(birth, card, rules) == (part, effective, line.computed)
    assert card_phase(today, line.renewal_opens_on, line.expires_on, line.grace_until) is (
        line.phase(today)
    )


@st.composite
def birth_and_day(draw: st.DrawFn) -> tuple[date, date]:
    """A birth and a day, often the day before, of or after a birthday (28 February and
    1 March of common years for 29 February births)."""
    birth = draw(births)
    year = draw(st.integers(birth.year, 2100))
    near = birthday_in_year(birth, year) + timedelta(days=draw(st.integers(-1, 1)))
    return birth, draw(st.one_of(st.just(near), st.dates(birth, date(2100, 12, 31))))


@given(birth_and_day())
def test_age_counts_birthdays_reached(pair: tuple[date, date]) -> None:
    birth, day = pair
    reached = day >= birthday_in_year(birth, day.year)
    assert age_on(birth, day) == day.year - birth.year - (0 if reached else 1)
