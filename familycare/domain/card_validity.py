"""How long a card and its certificates last, when renewal opens, and the grace after expiry.

RULES.md sections 1 and 3. A printed card expiry or a notified certificate expiry is taken as
given; everything else is computed from the birth date and the issue dates with the rule set.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from familycare.domain import rules as r
from familycare.domain.dates import (
    add_months,
    age_on,
    birthday_at_age,
    birthday_in_year,
    end_of_month_after,
    is_feb29_adjusted,
    nth_birthday_after,
)
from familycare.domain.member_facts import CardFacts
from familycare.domain.rules import GraceCounting, RuleSet

_ONE_DAY = timedelta(days=1)


class DateOrigin(StrEnum):
    PRINTED = "printed"  # printed on the card
    NOTIFIED = "notified"  # told by J-LIS or the office
    COMPUTED = "computed"  # derived from the rules


@dataclass(frozen=True, slots=True)
class ExpiryDate:
    """An expiry date and how it was obtained, with the rule ids it relied on."""

    value: date
    origin: DateOrigin
    feb29_adjusted: bool = False  # a 29 February birthday counted on 28 February
    capped_by_card: bool = False  # certificate limited to the card's expiry
    rules_used: tuple[tuple[str, date], ...] = ()  # (rule id, the date it was looked up on)

    @property
    def computed(self) -> bool:
        return self.origin is DateOrigin.COMPUTED


def _term_years(birth: date, card: CardFacts, age: int, rules: RuleSet) -> tuple[int, str]:
    # The age line (18, or 20 for applications before 2022-04-01) is looked up on the
    # application date; the age is taken on the issue date.
    line: int = rules.value(r.CARD_ADULT_AGE_LINE, card.application_date)  # type: ignore[assignment]
    rule_id = r.CARD_YEARS_ADULT if age >= line else r.CARD_YEARS_MINOR
    return rules.value(rule_id, card.issued_on), rule_id  # type: ignore[return-value]


def card_term_years(birth: date, card: CardFacts, rules: RuleSet) -> tuple[int, str]:
    """Years of validity (10 or 5) and the rule id that decided it."""
    return _term_years(birth, card, age_on(birth, card.issued_on), rules)


def card_expiry(birth: date, card: CardFacts, rules: RuleSet) -> ExpiryDate:
    """The card's expiry: printed, else the 10th (5th) birthday strictly after issue."""
    if card.expires_on is not None:
        return ExpiryDate(card.expires_on, DateOrigin.PRINTED)
    value, years_rule = _computed_card_expiry(birth, card, rules)
    return ExpiryDate(
        value,
        DateOrigin.COMPUTED,
        feb29_adjusted=is_feb29_adjusted(birth, value),
        rules_used=((r.CARD_ADULT_AGE_LINE, card.application_date), (years_rule, card.issued_on)),
    )


def _computed_card_expiry(birth: date, card: CardFacts, rules: RuleSet) -> tuple[date, str]:
    """The computed card expiry and the years rule that decided it."""
    age = age_on(birth, card.issued_on)
    years, years_rule = _term_years(birth, card, age, rules)
    # The n-th birthday strictly after the issue date is the one at (age on issue + n).
    return birthday_at_age(birth, age + years), years_rule


def cert_expiry(birth: date, card: CardFacts, card_expires_on: date, rules: RuleSet) -> ExpiryDate:
    """The user certificate's expiry: notified, else the 5th birthday after its issue (6th when
    it replaced one with under three months left), never beyond the card's expiry."""
    if card.cert_expires_on is not None:
        return ExpiryDate(card.cert_expires_on, DateOrigin.NOTIFIED)
    value, rule_id, issued = _computed_cert_expiry(birth, card, rules)
    capped = card_expires_on < value
    if capped:
        value = card_expires_on
    return ExpiryDate(
        value,
        DateOrigin.COMPUTED,
        feb29_adjusted=is_feb29_adjusted(birth, value),
        capped_by_card=capped,
        rules_used=((rule_id, issued),),
    )


def _computed_cert_expiry(birth: date, card: CardFacts, rules: RuleSet) -> tuple[date, str, date]:
    """The computed certificate expiry before the card's cap, the years rule and the issue
    date it was looked up on."""
    issued = card.certificate_issue_date
    rule_id = r.CERT_YEARS_RENEWED_EARLY if card.cert_renewed_before_expiry else r.CERT_YEARS
    years: int = rules.value(rule_id, issued)  # type: ignore[assignment]
    return nth_birthday_after(birth, issued, years), rule_id, issued


def expiry_dates(birth: date, card: CardFacts, rules: RuleSet) -> tuple[date, bool, date, bool]:
    """(card expiry, computed?, certificate expiry, computed?): the values of ``card_expiry``
    and ``cert_expiry`` without their explanations, for callers that need only the dates
    (the to-do of a whole family: 2,000 cards on every refresh)."""
    # ``_computed_card_expiry`` and ``_computed_cert_expiry`` written out in one body: the
    # eight small calls they make cost more than the arithmetic (tests/domain/
    # test_expiry_dates.py checks this against the explained path).
    value = rules.value
    issued = card.issued_on
    card_value = card.expires_on
    card_computed = card_value is None
    if card_value is None:
        age = age_on(birth, issued)
        applied = card.applied_on
        line: int = value(r.CARD_ADULT_AGE_LINE, issued if applied is None else applied)  # type: ignore[assignment]
        years: int = value(r.CARD_YEARS_ADULT if age >= line else r.CARD_YEARS_MINOR, issued)  # type: ignore[assignment]
        card_value = birthday_in_year(birth, birth.year + age + years)
    notified = card.cert_expires_on
    if notified is not None:
        return card_value, card_computed, notified, False
    cert_issued = card.cert_issued_on
    if cert_issued is None:
        cert_issued = issued
    years = value(  # type: ignore[assignment]
        r.CERT_YEARS_RENEWED_EARLY if card.cert_renewed_before_expiry else r.CERT_YEARS,
        cert_issued,
    )
    cert_value = birthday_in_year(birth, birth.year + age_on(birth, cert_issued) + years)
    return card_value, card_computed, min(cert_value, card_value), True


def renewal_opens_on(expiry: date, rules: RuleSet) -> date:
    """First day renewal is possible: the day after the date three months before expiry
    (expiry 7 July → 8 April; 31 May → the day after 28/29 February)."""
    months: int = rules.value(r.RENEWAL_WINDOW_MONTHS, expiry)  # type: ignore[assignment]
    return add_months(expiry, -months) + _ONE_DAY


def in_renewal_window(expiry: date, day: date, rules: RuleSet) -> bool:
    """Whether ``day`` is inside the renewal window and not past the expiry."""
    return renewal_opens_on(expiry, rules) <= day <= expiry


def grace_end(expiry: date, months: int, counting: object) -> date:
    """Grace end for given months and counting (``GraceCounting`` value)."""
    if counting == GraceCounting.EXACT_DATE:
        return add_months(expiry, months)
    return end_of_month_after(expiry, months)


def grace_until(effective_expiry: date, on: date, rules: RuleSet) -> date:
    """Last day the card still works as an insurance card after ``effective_expiry``.

    ``on`` picks the rules in force (the visit day). Default counting: the last day of the
    third month after the month of expiry (February → 31 May); the disputed exact-date
    counting (a household override) gives the same day three months later, clamped.
    """
    months: int = rules.value(r.GRACE_MONTHS, on)  # type: ignore[assignment]
    return grace_end(effective_expiry, months, rules.value(r.GRACE_COUNTING, on))


def base_grace_until(effective_expiry: date, on: date, rules: RuleSet) -> date:
    """``grace_until`` as the rules data says, ignoring household overrides."""
    months: int = rules.base_value(r.GRACE_MONTHS, on)  # type: ignore[assignment]
    return grace_end(effective_expiry, months, rules.base_value(r.GRACE_COUNTING, on))
