"""Card and certificate expiry, renewal window and grace end: the boundaries families hit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from familycare.domain import rules as r
from familycare.domain.card_validity import (
    DateOrigin,
    card_expiry,
    cert_expiry,
    grace_until,
    in_renewal_window,
    renewal_opens_on,
)
from familycare.domain.member_facts import CardFacts, CardKind
from familycare.domain.rules import RuleSet


def _card(issued: date, applied: date | None = None, **more: object) -> CardFacts:
    return replace(CardFacts(CardKind.STANDARD, issued, applied_on=applied), **more)  # type: ignore[arg-type]


BIRTH = date(1970, 10, 10)


@pytest.mark.parametrize(
    ("issued", "expected"),
    [
        (date(2020, 10, 10), date(2030, 10, 10)),  # issued on the birthday: full 10 years
        (date(2020, 10, 9), date(2029, 10, 10)),  # the day before: the birthday counts
        (date(2020, 5, 15), date(2029, 10, 10)),  # RULES.md's example
    ],
)
def test_adult_card_runs_to_tenth_birthday_after_issue(
    issued: date, expected: date, rules: RuleSet
) -> None:
    result = card_expiry(BIRTH, _card(issued), rules)
    assert result.value == expected
    assert result.origin is DateOrigin.COMPUTED


@pytest.mark.parametrize(
    ("birth", "issued", "applied", "expected"),
    [
        # 19 at issue, applied before 2022-04-01: age line 20 → 5 years.
        (date(2002, 6, 1), date(2022, 5, 10), date(2022, 3, 31), date(2026, 6, 1)),
        # 19 at issue, applied from 2022-04-01: age line 18 → 10 years.
        (date(2002, 6, 1), date(2022, 5, 10), date(2022, 4, 1), date(2031, 6, 1)),
        # applied_on absent: the issue date decides the line.
        (date(2002, 6, 1), date(2022, 5, 10), None, date(2031, 6, 1)),
        # 17 at issue: 5 years whatever the line.
        (date(2004, 6, 1), date(2022, 5, 10), None, date(2026, 6, 1)),
        # Turns 18 on the issue date: adult.
        (date(2004, 5, 10), date(2022, 5, 10), None, date(2032, 5, 10)),
        # Turns 18 the day after the issue date: minor.
        (date(2004, 5, 11), date(2022, 5, 10), None, date(2026, 5, 11)),
    ],
)
def test_age_line_18_or_20_by_application_date(
    birth: date, issued: date, applied: date | None, expected: date, rules: RuleSet
) -> None:
    assert card_expiry(birth, _card(issued, applied), rules).value == expected


def test_printed_expiry_wins(rules: RuleSet) -> None:
    result = card_expiry(BIRTH, _card(date(2020, 5, 15), expires_on=date(2030, 1, 1)), rules)
    assert (result.value, result.origin) == (date(2030, 1, 1), DateOrigin.PRINTED)


def test_feb29_birth_expiry_is_feb28_and_marked_computed(rules: RuleSet) -> None:
    result = card_expiry(date(1980, 2, 29), _card(date(2023, 3, 1)), rules)
    assert result.value == date(2033, 2, 28)
    assert result.feb29_adjusted and result.computed


def test_certificate_runs_to_fifth_birthday(rules: RuleSet) -> None:
    card = _card(date(2023, 6, 10))
    result = cert_expiry(BIRTH, card, card_expiry(BIRTH, card, rules).value, rules)
    assert result.value == date(2027, 10, 10)  # birthdays 2023..2027
    assert not result.capped_by_card


def test_certificate_renewed_early_runs_to_sixth_birthday(rules: RuleSet) -> None:
    card = _card(
        date(2020, 5, 15), cert_issued_on=date(2024, 8, 1), cert_renewed_before_expiry=True
    )
    result = cert_expiry(BIRTH, card, date(2040, 1, 1), rules)
    assert result.value == date(2029, 10, 10)  # birthdays 2024..2029
    assert result.rules_used[0][0] == r.CERT_YEARS_RENEWED_EARLY


def test_certificate_capped_by_card_expiry(rules: RuleSet) -> None:
    card = _card(date(2020, 5, 15), cert_issued_on=date(2026, 1, 5))
    card_end = card_expiry(BIRTH, card, rules).value  # 2029-10-10
    result = cert_expiry(BIRTH, card, card_end, rules)
    assert result.value == card_end == date(2029, 10, 10)
    assert result.capped_by_card


def test_certificate_capped_by_printed_card_expiry(rules: RuleSet) -> None:
    card = _card(date(2023, 6, 10), expires_on=date(2027, 1, 31))
    result = cert_expiry(BIRTH, card, card_expiry(BIRTH, card, rules).value, rules)
    assert result.value == date(2027, 1, 31)


def test_notified_certificate_expiry_is_taken_as_given(rules: RuleSet) -> None:
    card = _card(date(2020, 5, 15), cert_expires_on=date(2031, 1, 1))
    result = cert_expiry(BIRTH, card, date(2029, 10, 10), rules)
    assert (result.value, result.origin) == (date(2031, 1, 1), DateOrigin.NOTIFIED)


@pytest.mark.parametrize(
    ("expiry", "opens"),
    [
        (date(2026, 7, 7), date(2026, 4, 8)),  # RULES.md: 7 July → from 8 April
        (date(2027, 5, 31), date(2027, 3, 1)),  # 3 months before is 28 Feb
        (date(2028, 5, 31), date(2028, 3, 1)),  # 3 months before is 29 Feb
        (date(2028, 5, 29), date(2028, 3, 1)),
        (date(2027, 1, 1), date(2026, 10, 2)),
    ],
)
def test_renewal_opens_day_after_three_months_before(
    expiry: date, opens: date, rules: RuleSet
) -> None:
    assert renewal_opens_on(expiry, rules) == opens
    assert in_renewal_window(expiry, opens, rules)
    assert not in_renewal_window(expiry, date.fromordinal(opens.toordinal() - 1), rules)


@pytest.mark.parametrize(
    ("expiry", "end"),
    [
        (date(2026, 2, 10), date(2026, 5, 31)),
        (date(2027, 11, 30), date(2028, 2, 29)),  # leap February
        (date(2026, 11, 1), date(2027, 2, 28)),
        (date(2026, 9, 5), date(2026, 12, 31)),
    ],
)
def test_grace_ends_on_last_day_of_third_month_after(
    expiry: date, end: date, rules: RuleSet
) -> None:
    assert grace_until(expiry, date(2026, 12, 1), rules) == end


@pytest.mark.parametrize(
    ("expiry", "end"),
    [(date(2026, 2, 10), date(2026, 5, 10)), (date(2027, 11, 30), date(2028, 2, 29))],
)
def test_grace_exact_date_override(expiry: date, end: date, rules: RuleSet) -> None:
    household = rules.with_overrides(grace_counting="exact_date")
    assert grace_until(expiry, date(2026, 12, 1), household) == end
