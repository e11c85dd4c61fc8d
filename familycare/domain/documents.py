"""Other proofs of insurance (RULES.md section 4): the qualification certificate (資格確認書),
the paper insurance card's end, and who gets a qualification certificate unasked at 75+."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from familycare.domain import rules as r
from familycare.domain.dates import age_on
from familycare.domain.rules import RuleSet


def qualification_certificate_valid(valid_until: date | None, day: date) -> bool:
    """A 資格確認書 is valid on ``day`` when its valid-until date is ``day`` or later."""
    return valid_until is not None and valid_until >= day


class PaperCardStatus(StrEnum):
    VALID = "valid"
    TRANSITIONAL = "transitional"  # expired, but accepted with an online check
    ENDED = "ended"


def paper_card_status(printed_until: date | None, day: date, rules: RuleSet) -> PaperCardStatus:
    """Whether an old paper insurance card still counts on ``day``: valid up to the earlier of
    its printed date and the national end date, then only in the transitional period."""
    end: date = rules.value(r.PAPER_CARD_VALID_UNTIL, day)  # type: ignore[assignment]
    if printed_until is not None and printed_until < end:
        end = printed_until
    if day <= end:
        return PaperCardStatus.VALID
    transition: date = rules.value(r.PAPER_CARD_TRANSITION_UNTIL, day)  # type: ignore[assignment]
    return PaperCardStatus.TRANSITIONAL if day <= transition else PaperCardStatus.ENDED


def late_elderly_certificate_unasked(birth: date, day: date, rules: RuleSet) -> bool | None:
    """Whether a late-elderly insured person is sent a 資格確認書 without asking, on ``day``.

    True while everyone gets one (to 2026-07-31), and afterwards for those at or over the
    automatic age on 1 August of the year; None when it depends on card use and region
    (the family records what arrived).
    """
    if not rules.rule(r.LATE_ELDERLY_CERT_FOR_ALL, day).in_force_on(day):
        return False  # before 2024-12-02 there was no qualification certificate
    if rules.value(r.LATE_ELDERLY_CERT_FOR_ALL, day):
        return True
    august_first = date(day.year if day.month >= 8 else day.year - 1, 8, 1)
    auto_age: int = rules.value(r.LATE_ELDERLY_AUTO_CERT_AGE, day)  # type: ignore[assignment]
    if age_on(birth, august_first) >= auto_age:
        return True
    return None
