"""The facts the planner and the rules read about one member and one facility.

Input dataclasses only: built by the scenario parser from a file, or by services from stored
records. Unknown facility capabilities are ``None`` (planned as the worse case).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
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
