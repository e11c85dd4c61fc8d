"""PIN lock risk per PIN kind, and where a locked PIN can be reset (RULES.md section 2).

Which PINs a card really has: a face-authentication card has none; a standard card has the
three 4-digit PINs, plus the signing password only when the person holds a signing
certificate (not, in principle, children under 15).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from familycare.domain import rules as r
from familycare.domain.dates import age_on
from familycare.domain.member_facts import CardFacts, CardKind, PinKind
from familycare.domain.rules import RuleSet

FOUR_DIGIT_KINDS = (PinKind.USER_CERT, PinKind.CARD_INFO, PinKind.RESIDENT)
_CERT_KINDS = (PinKind.USER_CERT, PinKind.SIGNING)


class ResetPlace(StrEnum):
    MUNICIPAL_OFFICE = "municipal_office"
    CONVENIENCE_STORE = "convenience_store"  # JPKI reset app + store kiosk within 24 hours


class PinState(NamedTuple):
    """A named tuple (cheap to build: the to-do reads every PIN near a lock on each refresh)."""

    kind: PinKind
    failures: int
    limit: int
    rule_id: str  # the lock threshold rule used

    @property
    def remaining(self) -> int:
        return max(self.limit - self.failures, 0)

    @property
    def locked(self) -> bool:
        return self.failures >= self.limit

    @property
    def last_attempt(self) -> bool:
        """One more wrong entry locks it: do not try the PIN."""
        return self.remaining == 1


def has_signing_cert(birth: date, card: CardFacts, rules: RuleSet) -> bool:
    """Recorded fact if known; else inferred: standard card, 15 or over at certificate issue."""
    if card.kind is CardKind.FACE_AUTH:
        return False
    if card.has_signing_cert is not None:
        return card.has_signing_cert
    issued = card.certificate_issue_date
    return age_on(birth, issued) >= rules.value(r.SIGNING_CERT_MIN_AGE, issued)  # type: ignore[operator]


def pin_kinds(birth: date, card: CardFacts | None, rules: RuleSet) -> tuple[PinKind, ...]:
    """The PINs this card really has."""
    if card is None or card.kind is CardKind.FACE_AUTH:
        return ()
    if has_signing_cert(birth, card, rules):
        return (PinKind.USER_CERT, PinKind.SIGNING, PinKind.CARD_INFO, PinKind.RESIDENT)
    return FOUR_DIGIT_KINDS


def pin_states(
    birth: date,
    card: CardFacts | None,
    failures: Mapping[PinKind, int],
    day: date,
    rules: RuleSet,
) -> tuple[PinState, ...]:
    """Failures, limit and lock state of every PIN the card has, judged on ``day``."""
    states = []
    for kind in pin_kinds(birth, card, rules):
        rule_id = r.PIN_LOCK_SIGNING if kind is PinKind.SIGNING else r.PIN_LOCK_FOUR_DIGIT
        limit: int = rules.value(rule_id, day)  # type: ignore[assignment]
        states.append(PinState(kind, max(failures.get(kind, 0), 0), limit, rule_id))
    return tuple(states)


def reset_places(
    state: PinState,
    others: tuple[PinState, ...],
    signing_cert: bool,
    certificates_valid: bool,
) -> tuple[ResetPlace, ...]:
    """Where ``state``'s PIN can be reset. The municipal office always; a convenience store
    only for the user-certificate PIN or the signing password, when the person holds a signing
    certificate, the certificates are valid and the *other* certificate's PIN still works
    (the store flow asks for it)."""
    if state.kind not in _CERT_KINDS or not (signing_cert and certificates_valid):
        return (ResetPlace.MUNICIPAL_OFFICE,)
    other_kind = PinKind.SIGNING if state.kind is PinKind.USER_CERT else PinKind.USER_CERT
    other_locked = any(o.kind is other_kind and o.locked for o in others)
    if other_locked:
        return (ResetPlace.MUNICIPAL_OFFICE,)
    return (ResetPlace.MUNICIPAL_OFFICE, ResetPlace.CONVENIENCE_STORE)


@dataclass(frozen=True, slots=True)
class PinReport:
    state: PinState
    reset_at: tuple[ResetPlace, ...]


def pin_report(
    birth: date,
    card: CardFacts | None,
    failures: Mapping[PinKind, int],
    day: date,
    cert_expires_on: date | None,
    rules: RuleSet,
) -> tuple[PinReport, ...]:
    """Every PIN of the card with its state and reset places on ``day``."""
    if card is None:
        return ()
    states = pin_states(birth, card, failures, day, rules)
    signing = has_signing_cert(birth, card, rules)
    valid = cert_expires_on is not None and day <= cert_expires_on
    return tuple(PinReport(s, reset_places(s, states, signing, valid)) for s in states)
