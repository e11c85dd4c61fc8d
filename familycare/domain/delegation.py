"""Who may act for whom (RULES.md section 6): the checks a delegation must pass, the warnings
ahead of it (a child turning 15 or 18), the narrowest scopes for a purpose, and when a card
event (lost, suspended, reissued) asks the family to review it.

Pure: "today" is a parameter; results are codes with parameters, never sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from familycare.domain.dates import age_on, birthday_at_age
from familycare.domain.member_facts import CardKind
from familycare.domain.validation import ValidationIssue

ADULT_AGE = 18  # the legal representative's authority ends; a voluntary agent must be this old
# From 15 the child takes part in registering agents (no longer the parent alone).
SELF_REGISTRATION_AGE = 15
WARNING_DAYS = 90  # how far ahead the page warns about a birthday or an end date
MAX_MEMO_LENGTH = 2000
MAX_SCOPE_TEXT_LENGTH = 500


class DelegationKind(StrEnum):
    PORTAL_VOLUNTARY = "portal_voluntary"  # マイナポータルの任意代理人
    LEGAL_MINOR = "legal_minor"  # 法定代理人 (parent of a minor)
    GUARDIAN = "guardian"  # 成年後見人
    LETTER = "letter"  # 委任状 (a written power of attorney for one errand)


# Kinds whose agent must be an adult: a minor cannot be a portal agent, exercise parental
# authority or be appointed guardian. A letter names whoever runs the errand.
ADULT_AGENT_KINDS = frozenset(
    {DelegationKind.PORTAL_VOLUNTARY, DelegationKind.LEGAL_MINOR, DelegationKind.GUARDIAN}
)


class Scope(StrEnum):
    """Preset scope codes; the official list was not found, so these are what families pick."""

    MEDICAL_INFO = "medical_info"  # 医療費・診療情報
    INSURANCE_DETAILS = "insurance_details"  # 健康保険証の情報
    MEDICINE_HISTORY = "medicine_history"  # 薬剤情報
    CHECKUPS = "checkups"  # 特定健診情報
    TAX = "tax"  # 確定申告・医療費控除
    PENSION = "pension"  # 年金
    BENEFITS = "benefits"  # 給付・手当
    OTHER = "other"  # described in the free text


class Purpose(StrEnum):
    """Why the agent needs access: each maps to the narrowest scopes that serve it."""

    CHECK_INSURANCE = "check_insurance"  # is the card registered, which insurer
    MEDICAL_EXPENSE_DEDUCTION = "medical_expense_deduction"  # 医療費控除
    MEDICINE_CHECK = "medicine_check"  # what the doctor prescribed before
    CHECKUP_RESULTS = "checkup_results"
    HIGH_COST_CAP = "high_cost_cap"  # 限度額
    PENSION = "pension"
    BENEFITS = "benefits"


_PURPOSE_SCOPES: dict[Purpose, tuple[Scope, ...]] = {
    Purpose.CHECK_INSURANCE: (Scope.INSURANCE_DETAILS,),
    Purpose.MEDICAL_EXPENSE_DEDUCTION: (Scope.MEDICAL_INFO, Scope.TAX),
    Purpose.MEDICINE_CHECK: (Scope.MEDICINE_HISTORY,),
    Purpose.CHECKUP_RESULTS: (Scope.CHECKUPS,),
    Purpose.HIGH_COST_CAP: (Scope.INSURANCE_DETAILS,),
    Purpose.PENSION: (Scope.PENSION,),
    Purpose.BENEFITS: (Scope.BENEFITS,),
}


def suggest_scopes(purposes: Iterable[Purpose]) -> tuple[Scope, ...]:
    """The narrowest set of scopes that serves every purpose given, in preset order."""
    wanted = {scope for p in purposes for scope in _PURPOSE_SCOPES[p]}
    return tuple(s for s in Scope if s in wanted)


@dataclass(frozen=True)
class DelegationDraft:
    """What a person entered; not yet validated."""

    principal_member_id: int | None
    agent_member_id: int | None
    kind: DelegationKind
    scopes: tuple[Scope, ...] = ()
    scope_text: str = ""
    since: date | None = None
    until: date | None = None
    review_due: date | None = None
    memo: str = ""

    def normalised(self) -> DelegationDraft:
        ordered = tuple(s for s in Scope if s in set(self.scopes))
        return replace(self, scopes=ordered, scope_text=self.scope_text.strip(),
                       memo=self.memo.strip())


@dataclass(frozen=True)
class Delegation:
    id: int
    principal_member_id: int
    agent_member_id: int
    kind: DelegationKind
    scopes: tuple[Scope, ...]
    scope_text: str
    since: date
    until: date | None
    review_due: date | None
    reviewed_on: date | None
    memo: str
    version: int

    def ends_on(self, principal_birth: date) -> date | None:
        """The last day it holds: ``until``, and for a legal representative at the latest the
        day before the child's 18th birthday."""
        if self.kind is not DelegationKind.LEGAL_MINOR:
            return self.until
        last = birthday_at_age(principal_birth, ADULT_AGE) - timedelta(days=1)
        return last if self.until is None else min(self.until, last)

    def active_on(self, day: date, principal_birth: date) -> bool:
        end = self.ends_on(principal_birth)
        return self.since <= day and (end is None or day <= end)


@dataclass(frozen=True)
class Party:
    """What the checks need to know about the principal or the agent."""

    member_id: int
    birth_date: date
    card_kind: CardKind | None = None  # the current card; None without an issued card


def validate_delegation(
    draft: DelegationDraft,
    principal: Party | None,
    agent: Party | None,
    today: date,
    is_new: bool = True,
) -> list[ValidationIssue]:
    """Every problem with the draft, each tied to its field. ``is_new``: the face-auth card
    refusal only applies when a new portal delegation is recorded (an old one stays valid)."""
    issues: list[ValidationIssue] = []
    if principal is None:
        issues.append(ValidationIssue("principal_member_id", "principal_missing"))
    if agent is None:
        issues.append(ValidationIssue("agent_member_id", "agent_missing"))
    if principal is not None and agent is not None and principal.member_id == agent.member_id:
        issues.append(ValidationIssue("agent_member_id", "agent_is_principal"))
    since = draft.since
    if since is None:
        issues.append(ValidationIssue("since", "since_missing"))
    if since is not None and draft.until is not None and draft.until < since:
        issues.append(ValidationIssue("until", "until_before_since"))
    if since is not None and draft.review_due is not None and draft.review_due < since:
        issues.append(ValidationIssue("review_due", "review_before_since"))
    if Scope.OTHER in draft.scopes and not draft.scope_text.strip():
        issues.append(ValidationIssue("scope_text", "other_scope_needs_text"))
    if len(draft.scope_text) > MAX_SCOPE_TEXT_LENGTH:
        issues.append(ValidationIssue("scope_text", "too_long", {"max": MAX_SCOPE_TEXT_LENGTH}))
    if len(draft.memo) > MAX_MEMO_LENGTH:
        issues.append(ValidationIssue("memo", "too_long", {"max": MAX_MEMO_LENGTH}))
    if since is None:
        return issues
    if principal is not None and since < principal.birth_date:
        issues.append(ValidationIssue("since", "since_before_birth"))
    if agent is not None and draft.kind in ADULT_AGENT_KINDS:
        age = age_on(agent.birth_date, since)
        if age < ADULT_AGE:
            issues.append(ValidationIssue("agent_member_id", "agent_under_18",
                                          {"age": max(age, 0), "adult_on": _adult_day(agent)}))
    if principal is not None and draft.kind is DelegationKind.LEGAL_MINOR:
        age = age_on(principal.birth_date, since)
        if age >= ADULT_AGE:
            issues.append(ValidationIssue("kind", "principal_not_minor", {"age": age}))
        elif draft.until is not None and draft.until >= _adult_day(principal):
            issues.append(ValidationIssue("until", "until_after_majority",
                                          {"adult_on": _adult_day(principal)}))
    if is_new and draft.kind is DelegationKind.PORTAL_VOLUNTARY:
        if principal is not None and principal.card_kind is CardKind.FACE_AUTH:
            issues.append(ValidationIssue("principal_member_id", "principal_face_auth_no_portal"))
        if agent is not None and agent.card_kind is CardKind.FACE_AUTH:
            issues.append(ValidationIssue("agent_member_id", "agent_face_auth_no_portal"))
    return issues


def _adult_day(party: Party) -> date:
    return birthday_at_age(party.birth_date, ADULT_AGE)


class WarningCode(StrEnum):
    REGISTRATION_CHANGES_AT_15 = "registration_changes_at_15"
    LEGAL_MINOR_ENDS_AT_18 = "legal_minor_ends_at_18"
    LEGAL_MINOR_ENDED = "legal_minor_ended"
    ENDS_SOON = "ends_soon"
    REVIEW_DUE = "review_due"
    PRINCIPAL_FACE_AUTH = "principal_face_auth"  # a new portal proxy cannot be registered


@dataclass(frozen=True)
class DelegationWarning:
    code: WarningCode
    on: date | None  # the day it happens (or happened)
    params: dict[str, object]


def delegation_warnings(
    delegation: Delegation,
    principal: Party,
    today: date,
    ahead: int = WARNING_DAYS,
) -> tuple[DelegationWarning, ...]:
    """What the family should prepare for, ahead of time, for one delegation."""
    out: list[DelegationWarning] = []
    horizon = today + timedelta(days=ahead)
    if delegation.kind is DelegationKind.LEGAL_MINOR:
        turns_15 = birthday_at_age(principal.birth_date, SELF_REGISTRATION_AGE)
        turns_18 = _adult_day(principal)
        if today < turns_15 <= horizon:
            out.append(DelegationWarning(WarningCode.REGISTRATION_CHANGES_AT_15, turns_15,
                                         {"birthday": turns_15, "age": SELF_REGISTRATION_AGE}))
        if today < turns_18 <= horizon:
            out.append(DelegationWarning(WarningCode.LEGAL_MINOR_ENDS_AT_18, turns_18,
                                         {"birthday": turns_18, "age": ADULT_AGE}))
        elif turns_18 <= today:
            out.append(DelegationWarning(WarningCode.LEGAL_MINOR_ENDED, turns_18,
                                         {"birthday": turns_18, "age": ADULT_AGE}))
    end = delegation.until
    if end is not None and today <= end <= horizon:
        out.append(DelegationWarning(WarningCode.ENDS_SOON, end, {"until": end}))
    if delegation.review_due is not None and delegation.review_due <= horizon and (
        delegation.reviewed_on is None or delegation.reviewed_on < delegation.review_due
    ):
        out.append(DelegationWarning(WarningCode.REVIEW_DUE, delegation.review_due,
                                     {"review_due": delegation.review_due}))
    if (delegation.kind is DelegationKind.PORTAL_VOLUNTARY
            and principal.card_kind is CardKind.FACE_AUTH):
        out.append(DelegationWarning(WarningCode.PRINCIPAL_FACE_AUTH, None, {}))
    return tuple(out)


class CardEventKind(StrEnum):
    LOST = "lost"
    SUSPENDED = "suspended"
    REISSUED = "reissued"


@dataclass(frozen=True, order=True)
class CardEvent:
    """Something that happened to a member's card that does not remove delegations but asks
    for a review of them (RULES.md section 6)."""

    on: date
    member_id: int
    kind: CardEventKind


def review_reasons(delegation: Delegation, events: Iterable[CardEvent]) -> tuple[CardEvent, ...]:
    """Card events of the principal or the agent since the delegation began (or since it was
    last reviewed) that the family has not yet looked at."""
    parties = {delegation.principal_member_id, delegation.agent_member_id}
    found = []
    for event in events:
        if event.member_id not in parties:
            continue
        if delegation.reviewed_on is not None:
            if event.on <= delegation.reviewed_on:
                continue
        elif event.on < delegation.since:
            continue
        found.append(event)
    return tuple(sorted(set(found)))
