"""The dates that matter for one card: which expiry comes first, when renewal opens, grace end.

Shared by the to-do derivation and the dashboard badges so both tell the same story. The
"effective" expiry is the earlier of the card's and the user certificate's: renewing the
card renews its certificate too, so when both fall on the same day it is the card that needs
renewing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from familycare.domain.card_validity import (
    ExpiryDate,
    card_expiry,
    cert_expiry,
    expiry_dates,
    grace_until,
    renewal_opens_on,
)
from familycare.domain.member_facts import CardFacts
from familycare.domain.rules import RuleSet


class ExpiringPart(StrEnum):
    CARD = "card"  # the card itself: apply for a new card, collect it at the office
    CERT = "cert"  # the user certificate: renew it at the municipal office


class CardPhase(StrEnum):
    """Where a card is on ``today``, in the order things happen."""

    FINE = "fine"
    RENEWAL_OPEN = "renewal_open"
    GRACE = "grace"
    EXPIRED = "expired"  # past the grace period


@dataclass(frozen=True, slots=True)
class CardTimeline:
    card_expiry: ExpiryDate
    cert_expiry: ExpiryDate
    part: ExpiringPart  # which expiry comes first
    expires_on: date  # the effective expiry
    renewal_opens_on: date
    grace_until: date

    @property
    def computed(self) -> bool:
        """The effective expiry was computed (not printed or notified): ask for the date."""
        chosen = self.card_expiry if self.part is ExpiringPart.CARD else self.cert_expiry
        return chosen.computed

    def phase(self, today: date) -> CardPhase:
        return card_phase(today, self.renewal_opens_on, self.expires_on, self.grace_until)


def card_phase(
    today: date, renewal_opens_on: date, expires_on: date, grace_until: date
) -> CardPhase:
    """Where a card with these dates is on ``today`` (``CardTimeline.phase``)."""
    if today > grace_until:
        return CardPhase.EXPIRED
    if today > expires_on:
        return CardPhase.GRACE
    if today >= renewal_opens_on:
        return CardPhase.RENEWAL_OPEN
    return CardPhase.FINE


def card_expiries(
    birth: date, card: CardFacts, rules: RuleSet
) -> tuple[ExpiryDate, ExpiryDate, ExpiringPart, date]:
    """Card expiry, certificate expiry, which comes first and its date: the cheap part of the
    timeline (callers far from the expiry need nothing more)."""
    card_exp = card_expiry(birth, card, rules)
    cert_exp = cert_expiry(birth, card, card_exp.value, rules)
    if card_exp.value <= cert_exp.value:
        return card_exp, cert_exp, ExpiringPart.CARD, card_exp.value
    return card_exp, cert_exp, ExpiringPart.CERT, cert_exp.value


def effective_expiry(
    birth: date, card: CardFacts, rules: RuleSet
) -> tuple[ExpiringPart, date, bool]:
    """Which expiry comes first, its date, and whether that date was computed: what
    ``card_expiries`` and ``CardTimeline.computed`` say, without building the explanations
    (rules used, 29 February) that only a card's own screen shows."""
    card_value, card_computed, cert_value, cert_computed = expiry_dates(birth, card, rules)
    if card_value <= cert_value:
        return ExpiringPart.CARD, card_value, card_computed
    return ExpiringPart.CERT, cert_value, cert_computed


def card_timeline(birth: date, card: CardFacts, today: date, rules: RuleSet) -> CardTimeline:
    """The timeline of ``card`` with the rules in force on ``today`` for the grace period."""
    return timeline_from(card_expiries(birth, card, rules), today, rules)


def timeline_from(
    expiries: tuple[ExpiryDate, ExpiryDate, ExpiringPart, date], today: date, rules: RuleSet
) -> CardTimeline:
    """The timeline from ``card_expiries``' answer (not computed twice)."""
    card_exp, cert_exp, part, effective = expiries
    return CardTimeline(
        card_exp,
        cert_exp,
        part,
        effective,
        renewal_opens_on(effective, rules),
        grace_until(effective, today, rules),
    )
