"""The facts the planner and the rules read about one member and one facility.

Input dataclasses only: built by the scenario parser from a file, or by services from stored
records. Unknown facility capabilities are ``None`` (planned as the worse case).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from enum import StrEnum


class CardKind(StrEnum):
    STANDARD = "standard"
    FACE_AUTH = "face_auth"  # 顔認証マイナンバーカード: no PINs, no signing certificate


class CardState(StrEnum):
    IN_HAND = "in_hand"
    LOST = "lost"
    SUSPENDED = "suspended"
    REISSUING = "reissuing"
    RETURNED = "returned"


class PinKind(StrEnum):
    USER_CERT = "user_cert"  # 利用者証明用電子証明書の暗証番号 (4 digits)
    SIGNING = "signing"  # 署名用電子証明書のパスワード (6-16 characters)
    CARD_INFO = "card_info"  # 券面事項入力補助用 (4 digits)
    RESIDENT = "resident"  # 住民基本台帳用 (4 digits)


class CoverageKind(StrEnum):
    EMPLOYEE = "employee"
    VOLUNTARY_CONTINUATION = "voluntary_continuation"
    NATIONAL = "national"
    MUTUAL_AID = "mutual_aid"
    LATE_ELDERLY = "late_elderly"


@dataclass(frozen=True, slots=True)
class CardFacts:
    """The member's current card. Printed or notified dates win over computed ones."""

    kind: CardKind
    issued_on: date
    applied_on: date | None = None  # decides the 18/20 age line; defaults to issued_on
    expires_on: date | None = None  # printed expiry
    cert_issued_on: date | None = None  # defaults to issued_on
    cert_renewed_before_expiry: bool = False  # replaced a certificate with < 3 months left
    cert_expires_on: date | None = None  # notified certificate expiry
    state: CardState = CardState.IN_HAND
    insurance_registered: bool = True
    has_signing_cert: bool | None = None  # None: inferred from card kind and age

    @property
    def application_date(self) -> date:
        return self.applied_on if self.applied_on is not None else self.issued_on

    @property
    def certificate_issue_date(self) -> date:
        return self.cert_issued_on if self.cert_issued_on is not None else self.issued_on


@dataclass(frozen=True, slots=True)
class CoveragePeriod:
    """A stretch of one insurance; ``until`` None means still running."""

    kind: CoverageKind
    since: date | None
    until: date | None = None
    confirmed: bool = True  # False for a period the app proposes (the 75th-birthday switch)


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    qualification_certificate_until: date | None = None  # 資格確認書 valid-until
    qualification_notice: bool = False  # 資格情報のお知らせ (or the portal printout)
    smartphone_card: bool = False  # smartphone set up as insurance card


@dataclass(frozen=True, slots=True)
class MemberFacts:
    birth_date: date
    card: CardFacts | None
    pins: Mapping[PinKind, int] = field(default_factory=dict)  # consecutive failures per PIN
    coverage: tuple[CoveragePeriod, ...] = ()
    documents: DocumentFacts = field(default_factory=DocumentFacts)


@dataclass(frozen=True, slots=True)
class FacilityCaps:
    """What a clinic or pharmacy can do; None means not known."""

    online_check: bool | None = None
    face_reader: bool | None = None
    smartphone_reader: bool | None = None


# Building the facts of a whole household (2,000 members on a first refresh): a frozen
# dataclass's __init__ sets each field through object.__setattr__ (CardFacts ~1.5 us); the
# slot descriptors set the same slots in well under half that. The builders below take every
# field, in order, and give what the constructor gives (tests/domain/
# test_member_facts_builders.py); a field added to a class stops the import here instead of
# being left unset.
_Setter = Callable[[object, object], None]


def _slot_setters(cls: type, names: tuple[str, ...]) -> tuple[_Setter, ...]:
    if tuple(f.name for f in fields(cls)) != names:
        raise TypeError(f"{cls.__name__}'s fields changed: update its builder")
    return tuple(getattr(cls, name).__set__ for name in names)


_new = object.__new__
(_set_kind, _set_issued_on, _set_applied_on, _set_expires_on, _set_cert_issued_on,
 _set_cert_renewed, _set_cert_expires_on, _set_state, _set_registered,
 _set_signing) = _slot_setters(CardFacts, (
     "kind", "issued_on", "applied_on", "expires_on", "cert_issued_on",
     "cert_renewed_before_expiry", "cert_expires_on", "state", "insurance_registered",
     "has_signing_cert"))
(_set_period_kind, _set_since, _set_until, _set_confirmed) = _slot_setters(
    CoveragePeriod, ("kind", "since", "until", "confirmed"))
(_set_birth_date, _set_card, _set_pins, _set_coverage, _set_documents) = _slot_setters(
    MemberFacts, ("birth_date", "card", "pins", "coverage", "documents"))


def new_card_facts(
    kind: CardKind,
    issued_on: date,
    applied_on: date | None,
    expires_on: date | None,
    cert_issued_on: date | None,
    cert_renewed_before_expiry: bool,
    cert_expires_on: date | None,
    state: CardState,
    insurance_registered: bool,
    has_signing_cert: bool | None = None,
) -> CardFacts:
    """``CardFacts(...)`` built through its slots (see above)."""
    card = _new(CardFacts)
    _set_kind(card, kind)
    _set_issued_on(card, issued_on)
    _set_applied_on(card, applied_on)
    _set_expires_on(card, expires_on)
    _set_cert_issued_on(card, cert_issued_on)
    _set_cert_renewed(card, cert_renewed_before_expiry)
    _set_cert_expires_on(card, cert_expires_on)
    _set_state(card, state)
    _set_registered(card, insurance_registered)
    _set_signing(card, has_signing_cert)
    return card


def new_coverage_period(
    kind: CoverageKind, since: date | None, until: date | None, confirmed: bool
) -> CoveragePeriod:
    """``CoveragePeriod(...)`` built through its slots (see above)."""
    period = _new(CoveragePeriod)
    _set_period_kind(period, kind)
    _set_since(period, since)
    _set_until(period, until)
    _set_confirmed(period, confirmed)
    return period


def new_member_facts(
    birth_date: date,
    card: CardFacts | None,
    pins: Mapping[PinKind, int],
    coverage: tuple[CoveragePeriod, ...],
    documents: DocumentFacts,
) -> MemberFacts:
    """``MemberFacts(...)`` built through its slots (see above)."""
    facts = _new(MemberFacts)
    _set_birth_date(facts, birth_date)
    _set_card(facts, card)
    _set_pins(facts, pins)
    _set_coverage(facts, coverage)
    _set_documents(facts, documents)
    return facts
