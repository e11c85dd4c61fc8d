"""Stored records about a member's insurance: card, PIN counters, coverage periods, documents,
facilities and lost-card cases, with the checks a draft must pass before it is saved.

Drafts are what a person typed (no id); records are what storage returns. Validation returns
every problem at once as ``ValidationIssue`` codes tied to a field (RULES.md sense: a card is
not issued before its holder was born nor in the future, printed dates come after issue …).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    PinKind,
)
from familycare.domain.validation import ValidationIssue

MAX_NAME_LENGTH = 200
MAX_MEMO_LENGTH = 2000


class CardRecordKind(StrEnum):
    STANDARD = "standard"
    FACE_AUTH = "face_auth"
    APPLIED = "applied"  # applied for, not yet issued: no card to use yet


class DocumentKind(StrEnum):
    QUALIFICATION_CERTIFICATE = "qualification_certificate"  # 資格確認書
    QUALIFICATION_NOTICE = "qualification_notice"  # 資格情報のお知らせ
    CAP_CERTIFICATE = "cap_certificate"  # 限度額適用認定証 (or the consent record)


class FacilityKind(StrEnum):
    CLINIC = "clinic"
    HOSPITAL = "hospital"
    PHARMACY = "pharmacy"


class LostCardStep(StrEnum):
    """The steps after a loss, in the order they are usually done (RULES.md section 7)."""

    SUSPENDED = "suspended"  # phoned the 24-hour line
    POLICE_REPORT = "police_report"  # only when lost outside the home
    LOSS_REPORT = "loss_report"  # at the municipal office
    REISSUE_APPLIED = "reissue_applied"
    QUALIFICATION_CERTIFICATE_REQUESTED = "qualification_certificate_requested"


# ---------------------------------------------------------------- card


@dataclass(frozen=True)
class CardDraft:
    kind: CardRecordKind
    state: CardState = CardState.IN_HAND
    issued_on: date | None = None
    applied_on: date | None = None
    printed_expires_on: date | None = None
    cert_issued_on: date | None = None
    cert_renewed_before_expiry: bool = False
    notified_cert_expires_on: date | None = None
    insurance_registered: bool = False
    registration_checked_on: date | None = None  # checked in マイナポータル on this day
    smartphone_set_up: bool = False


@dataclass(frozen=True)
class CardRecord:
    id: int
    member_id: int
    is_current: bool
    kind: CardRecordKind
    state: CardState
    issued_on: date | None
    applied_on: date | None
    printed_expires_on: date | None
    cert_issued_on: date | None
    cert_renewed_before_expiry: bool
    notified_cert_expires_on: date | None
    insurance_registered: bool
    registration_checked_on: date | None
    smartphone_set_up: bool
    ended_on: date | None
    version: int

    def draft(self) -> CardDraft:
        """The editable part, e.g. to change one field with ``dataclasses.replace``."""
        return CardDraft(
            kind=self.kind, state=self.state, issued_on=self.issued_on,
            applied_on=self.applied_on, printed_expires_on=self.printed_expires_on,
            cert_issued_on=self.cert_issued_on,
            cert_renewed_before_expiry=self.cert_renewed_before_expiry,
            notified_cert_expires_on=self.notified_cert_expires_on,
            insurance_registered=self.insurance_registered,
            registration_checked_on=self.registration_checked_on,
            smartphone_set_up=self.smartphone_set_up,
        )

    def facts(self) -> CardFacts | None:
        """What the planner reads; an applied-for card is no card yet."""
        if self.kind is CardRecordKind.APPLIED or self.issued_on is None:
            return None
        return CardFacts(
            kind=CardKind(self.kind.value), issued_on=self.issued_on,
            applied_on=self.applied_on, expires_on=self.printed_expires_on,
            cert_issued_on=self.cert_issued_on,
            cert_renewed_before_expiry=self.cert_renewed_before_expiry,
            cert_expires_on=self.notified_cert_expires_on, state=self.state,
            insurance_registered=self.insurance_registered,
        )


def normalise_card(draft: CardDraft) -> CardDraft:
    """An applied-for card has no issue-dependent facts yet: drop what cannot be true."""
    if draft.kind is not CardRecordKind.APPLIED:
        return draft
    return replace(
        draft, state=CardState.IN_HAND, issued_on=None, printed_expires_on=None,
        cert_issued_on=None, cert_renewed_before_expiry=False, notified_cert_expires_on=None,
        insurance_registered=False, registration_checked_on=None, smartphone_set_up=False,
    )


def validate_card(draft: CardDraft, birth: date, today: date) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []

    def add(field_name: str, code: str, **params: object) -> None:
        issues.append(ValidationIssue(field_name, code, params))

    if draft.applied_on is not None:
        if draft.applied_on < birth:
            add("applied_on", "date_before_birth")
        elif draft.applied_on > today:
            add("applied_on", "date_in_future")
    if draft.kind is CardRecordKind.APPLIED:
        if draft.applied_on is None:
            add("applied_on", "applied_on_missing")
        return issues
    issued = draft.issued_on
    if issued is None:
        add("issued_on", "issued_on_missing")
        return issues
    if issued < birth:
        add("issued_on", "date_before_birth")
    elif issued > today:
        add("issued_on", "date_in_future")
    if draft.applied_on is not None and draft.applied_on > issued:
        add("applied_on", "applied_after_issue")
    if draft.printed_expires_on is not None and draft.printed_expires_on <= issued:
        add("printed_expires_on", "expiry_not_after_issue")
    cert_issued = draft.cert_issued_on or issued
    if draft.cert_issued_on is not None:
        if draft.cert_issued_on < issued:
            add("cert_issued_on", "cert_before_card")
        elif draft.cert_issued_on > today:
            add("cert_issued_on", "date_in_future")
    if draft.notified_cert_expires_on is not None:
        if draft.notified_cert_expires_on <= cert_issued:
            add("notified_cert_expires_on", "expiry_not_after_issue")
        elif (
            draft.printed_expires_on is not None
            and draft.notified_cert_expires_on > draft.printed_expires_on
        ):
            add("notified_cert_expires_on", "cert_beyond_card")
    checked = draft.registration_checked_on
    if checked is not None:
        if checked > today:
            add("registration_checked_on", "date_in_future")
        elif checked < issued:
            add("registration_checked_on", "date_before_issue")
    if draft.kind is CardRecordKind.FACE_AUTH and draft.smartphone_set_up:
        # A face-authentication card has no signing certificate, which the set-up needs.
        add("smartphone_set_up", "face_auth_no_smartphone")
    return issues


# ---------------------------------------------------------------- PIN counters


@dataclass(frozen=True)
class PinCounter:
    id: int
    card_id: int
    pin_kind: PinKind
    failures: int
    last_event_on: date | None
    version: int


# ---------------------------------------------------------------- coverage


@dataclass(frozen=True)
class CoverageDraft:
    kind: CoverageKind
    since: date | None
    until: date | None = None
    insurer_name: str = ""
    confirmed: bool = True
    is_dependent: bool = False
    holder_member_id: int | None = None
    memo: str = ""

    def normalised(self) -> CoverageDraft:
        return replace(
            self,
            insurer_name=" ".join(self.insurer_name.split()),
            memo=self.memo.strip(),
            holder_member_id=self.holder_member_id if self.is_dependent else None,
        )


@dataclass(frozen=True)
class CoverageRecord:
    id: int
    member_id: int
    kind: CoverageKind
    insurer_name: str
    since: date | None
    until: date | None
    confirmed: bool
    is_dependent: bool
    holder_member_id: int | None
    memo: str
    version: int

    def draft(self) -> CoverageDraft:
        return CoverageDraft(
            kind=self.kind, since=self.since, until=self.until, insurer_name=self.insurer_name,
            confirmed=self.confirmed, is_dependent=self.is_dependent,
            holder_member_id=self.holder_member_id, memo=self.memo,
        )

    def period(self) -> CoveragePeriod:
        return CoveragePeriod(self.kind, self.since, self.until, self.confirmed)


def periods_overlap(
    a_since: date | None, a_until: date | None, b_since: date | None, b_until: date | None
) -> bool:
    """Inclusive ranges; None is open (since: from always, until: still running)."""
    a_first, a_last = a_since or date.min, a_until or date.max
    b_first, b_last = b_since or date.min, b_until or date.max
    return a_first <= b_last and b_first <= a_last


# Schemes where nobody is insured as a dependent (国保 and 後期 insure each person).
NO_DEPENDENT_KINDS = frozenset({CoverageKind.NATIONAL, CoverageKind.LATE_ELDERLY})


def validate_coverage(
    draft: CoverageDraft,
    member_id: int,
    birth: date,
    others: list[CoverageRecord],
) -> list[ValidationIssue]:
    """``others``: the member's other stored periods (not the one being edited)."""
    issues: list[ValidationIssue] = []
    if draft.since is not None and draft.since < birth:
        issues.append(ValidationIssue("since", "date_before_birth"))
    if draft.since is not None and draft.until is not None and draft.until < draft.since:
        issues.append(ValidationIssue("until", "until_before_since"))
    if len(draft.insurer_name) > MAX_NAME_LENGTH:
        issues.append(ValidationIssue("insurer_name", "too_long", {"max": MAX_NAME_LENGTH}))
    if len(draft.memo) > MAX_MEMO_LENGTH:
        issues.append(ValidationIssue("memo", "too_long", {"max": MAX_MEMO_LENGTH}))
    if draft.is_dependent:
        if draft.kind in NO_DEPENDENT_KINDS:
            issues.append(ValidationIssue("is_dependent", "scheme_has_no_dependents",
                                          {"kind": draft.kind.value}))
        if draft.holder_member_id == member_id:
            issues.append(ValidationIssue("holder_member_id", "holder_is_self"))
    for other in others:
        if periods_overlap(draft.since, draft.until, other.since, other.until):
            issues.append(ValidationIssue("since", "coverage_overlap", {
                "since": other.since.isoformat() if other.since else "",
                "until": other.until.isoformat() if other.until else "",
                "kind": other.kind.value, "other_id": other.id,
            }))
            break
    return issues


# ---------------------------------------------------------------- documents


@dataclass(frozen=True)
class DocumentDraft:
    kind: DocumentKind
    issuer: str = ""
    applied_on: date | None = None
    issued_on: date | None = None
    valid_until: date | None = None
    held: bool = True
    memo: str = ""

    def normalised(self) -> DocumentDraft:
        return replace(self, issuer=" ".join(self.issuer.split()), memo=self.memo.strip())


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    member_id: int
    kind: DocumentKind
    issuer: str
    applied_on: date | None
    issued_on: date | None
    valid_until: date | None
    held: bool
    memo: str
    version: int

    def draft(self) -> DocumentDraft:
        return DocumentDraft(self.kind, self.issuer, self.applied_on, self.issued_on,
                             self.valid_until, self.held, self.memo)


def validate_document(draft: DocumentDraft, today: date) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    if draft.applied_on is not None and draft.applied_on > today:
        issues.append(ValidationIssue("applied_on", "date_in_future"))
    if draft.issued_on is not None:
        if draft.issued_on > today:
            issues.append(ValidationIssue("issued_on", "date_in_future"))
        if draft.applied_on is not None and draft.applied_on > draft.issued_on:
            issues.append(ValidationIssue("applied_on", "applied_after_issue"))
        if draft.valid_until is not None and draft.valid_until < draft.issued_on:
            issues.append(ValidationIssue("valid_until", "expiry_not_after_issue"))
    if draft.held and draft.kind is DocumentKind.QUALIFICATION_CERTIFICATE and (
        draft.valid_until is None
    ):
        # The planner needs the date to know whether the certificate counts on a visit day.
        issues.append(ValidationIssue("valid_until", "valid_until_missing"))
    if not draft.held and draft.applied_on is None:
        issues.append(ValidationIssue("held", "neither_held_nor_applied"))
    if len(draft.issuer) > MAX_NAME_LENGTH:
        issues.append(ValidationIssue("issuer", "too_long", {"max": MAX_NAME_LENGTH}))
    if len(draft.memo) > MAX_MEMO_LENGTH:
        issues.append(ValidationIssue("memo", "too_long", {"max": MAX_MEMO_LENGTH}))
    return issues


# ---------------------------------------------------------------- facilities


@dataclass(frozen=True)
class FacilityDraft:
    name: str
    kind: FacilityKind = FacilityKind.CLINIC
    online_check: bool | None = None  # None: not known
    face_reader: bool | None = None
    smartphone_reader: bool | None = None
    memo: str = ""

    def normalised(self) -> FacilityDraft:
        return replace(self, name=" ".join(self.name.split()), memo=self.memo.strip())


@dataclass(frozen=True)
class Facility:
    id: int
    name: str
    kind: FacilityKind
    online_check: bool | None
    face_reader: bool | None
    smartphone_reader: bool | None
    memo: str
    version: int

    def draft(self) -> FacilityDraft:
        return FacilityDraft(self.name, self.kind, self.online_check, self.face_reader,
                             self.smartphone_reader, self.memo)


def validate_facility(draft: FacilityDraft, other_names: frozenset[str]) -> list[ValidationIssue]:
    issues: list[ValidationIssue] = []
    if not draft.name:
        issues.append(ValidationIssue("name", "name_empty"))
    elif len(draft.name) > MAX_NAME_LENGTH:
        issues.append(ValidationIssue("name", "too_long", {"max": MAX_NAME_LENGTH}))
    elif draft.name.casefold() in {n.casefold() for n in other_names}:
        issues.append(ValidationIssue("name", "facility_name_taken", {"name": draft.name}))
    if draft.face_reader and draft.online_check is False:
        # A face reader is the online-check terminal: it cannot exist without the check.
        issues.append(ValidationIssue("face_reader", "reader_without_online_check"))
    if len(draft.memo) > MAX_MEMO_LENGTH:
        issues.append(ValidationIssue("memo", "too_long", {"max": MAX_MEMO_LENGTH}))
    return issues


# ---------------------------------------------------------------- lost card


@dataclass(frozen=True)
class LostCardCase:
    id: int
    card_id: int
    member_id: int
    lost_on: date
    lost_outside_home: bool
    steps: dict[LostCardStep, date | None]
    express_reissue: bool
    found_on: date | None
    closed_on: date | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.closed_on is None

    def step_needed(self, step: LostCardStep) -> bool:
        return step is not LostCardStep.POLICE_REPORT or self.lost_outside_home
