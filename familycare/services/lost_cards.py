"""A lost or stolen card: mark it lost, tick off the steps with their dates, close the case.

While a case is open the card's state is ``lost``, so the planner takes the interim route
(qualification certificate or self-declaration) by itself (RULES.md section 7).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from familycare.domain import rules as r
from familycare.domain.card_record import CardRecordKind, LostCardCase, LostCardStep
from familycare.domain.member_facts import CardState
from familycare.domain.rules import RuleSet
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.storage.card_repository import CardRepository
from familycare.storage.database import Database
from familycare.storage.lost_card_repository import LostCardRepository
from familycare.storage.member_repository import MemberRepository


@dataclass(frozen=True)
class ChecklistItem:
    step: LostCardStep
    done_on: date | None
    needed: bool  # the police report only when lost outside the home

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class LostCardChecklist:
    case: LostCardCase
    items: tuple[ChecklistItem, ...]
    phone_free_dial: str  # 24 hours, from the rule set in force today
    phone_call_center: str
    reissue_fee_yen: int
    express_fee_yen: int
    express_days: int
    express_request_until: date | None  # express reissue only within N days of the loss report

    @property
    def remaining(self) -> tuple[LostCardStep, ...]:
        return tuple(i.step for i in self.items if i.needed and not i.done)

    @property
    def complete(self) -> bool:
        return not self.remaining


@dataclass(frozen=True)
class FoundResult:
    case: LostCardCase
    # A suspended card must be reactivated at the office, and its signing certificate
    # issued again (pages differ: check both there).
    needs_office_visit: bool


class LostCardService:
    def __init__(
        self, db: Database, clock: Clock, audit: AuditTrail, rules: Callable[[], RuleSet]
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._rules = rules

    def mark_card_lost(
        self, member_id: int, lost_on: date, outside_home: bool = True
    ) -> LostCardCase:
        """The card is missing since ``lost_on``: state ``lost`` and a new case."""
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            cards = CardRepository(session)
            card = cards.current(member_id)
            issues = []
            if card is None or card.kind is CardRecordKind.APPLIED:
                raise ValidationFailed([ValidationIssue("card", "no_current_card")])
            lost = LostCardRepository(session)
            if lost.open_for_card(card.id) is not None:
                issues.append(ValidationIssue("card", "already_lost"))
            if lost_on > self._clock.today():
                issues.append(ValidationIssue("lost_on", "date_in_future"))
            elif card.issued_on is not None and lost_on < card.issued_on:
                issues.append(ValidationIssue("lost_on", "date_before_issue"))
            if issues:
                raise ValidationFailed(issues)
            cards.set_state(card.id, CardState.LOST)
            case = lost.add(card.id, lost_on, outside_home)
            self._audit.record(
                session, entity="lost_card_case", action="open", entity_id=case.id,
                member_id=member_id,
                summary=f"lost_on={lost_on.isoformat()} outside_home={outside_home}",
            )
            return case

    def open_case(self, member_id: int) -> LostCardCase | None:
        """The member's open case, if any."""
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            cases = [c for c in LostCardRepository(session).for_member(member_id) if c.is_open]
            return cases[-1] if cases else None

    def cases(self, member_id: int) -> list[LostCardCase]:
        """Every case of the member, oldest first (closed ones too)."""
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            return LostCardRepository(session).for_member(member_id)

    def all_open_cases(self) -> list[LostCardCase]:
        with self._db.unit_of_work() as session:
            return LostCardRepository(session).all_open()

    def complete_step(
        self, case_id: int, step: LostCardStep, on: date, express: bool | None = None
    ) -> LostCardCase:
        """Step done on ``on``. ``express`` (reissue step only): express issuance asked for."""
        with self._db.unit_of_work() as session:
            repo = LostCardRepository(session)
            case = repo.get(case_id)
            issues = []
            if not case.is_open:
                issues.append(ValidationIssue("case", "case_closed"))
            if on > self._clock.today():
                issues.append(ValidationIssue("on", "date_in_future"))
            elif on < case.lost_on:
                issues.append(ValidationIssue("on", "date_before_loss"))
            if express is not None and step is not LostCardStep.REISSUE_APPLIED:
                issues.append(ValidationIssue("express", "express_only_for_reissue"))
            if issues:
                raise ValidationFailed(issues)
            updated = repo.set_step(case_id, step, on, express)
            self._audit.record(session, entity="lost_card_case", action="step",
                               entity_id=case_id, member_id=case.member_id,
                               summary=f"{step.value} on {on.isoformat()}")
            return updated

    def undo_step(self, case_id: int, step: LostCardStep) -> LostCardCase:
        with self._db.unit_of_work() as session:
            repo = LostCardRepository(session)
            case = repo.get(case_id)
            if not case.is_open:
                raise ValidationFailed([ValidationIssue("case", "case_closed")])
            express = False if step is LostCardStep.REISSUE_APPLIED else None
            updated = repo.set_step(case_id, step, None, express)
            self._audit.record(session, entity="lost_card_case", action="undo_step",
                               entity_id=case_id, member_id=case.member_id, summary=step.value)
            return updated

    def checklist(self, member_id: int, today: date | None = None) -> LostCardChecklist | None:
        """The open case's steps with their dates, the phone numbers and fees from the rule
        set in force ``today``; None without an open case."""
        case = self.open_case(member_id)
        if case is None:
            return None
        day = today or self._clock.today()
        rules = self._rules()
        items = tuple(ChecklistItem(s, case.steps[s], case.step_needed(s)) for s in LostCardStep)
        loss_report = case.steps[LostCardStep.LOSS_REPORT]
        within: int = rules.value(r.LOST_EXPRESS_WITHIN_DAYS, day)  # type: ignore[assignment]
        return LostCardChecklist(
            case=case, items=items,
            phone_free_dial=str(rules.value(r.LOST_PHONE_FREE_DIAL, day)),
            phone_call_center=str(rules.value(r.LOST_PHONE_CALL_CENTER, day)),
            reissue_fee_yen=int(rules.value(r.LOST_REISSUE_FEE, day)),  # type: ignore[arg-type]
            express_fee_yen=int(rules.value(r.LOST_EXPRESS_FEE, day)),  # type: ignore[arg-type]
            express_days=int(rules.value(r.LOST_EXPRESS_DAYS, day)),  # type: ignore[arg-type]
            express_request_until=(
                loss_report + timedelta(days=within) if loss_report is not None else None
            ),
        )

    def card_found(self, case_id: int, on: date) -> FoundResult:
        """The card turned up: the case closes and the card is in hand again."""
        with self._db.unit_of_work() as session:
            repo = LostCardRepository(session)
            case = repo.get(case_id)
            issues = []
            if not case.is_open:
                issues.append(ValidationIssue("case", "case_closed"))
            if on > self._clock.today():
                issues.append(ValidationIssue("on", "date_in_future"))
            elif on < case.lost_on:
                issues.append(ValidationIssue("on", "date_before_loss"))
            if issues:
                raise ValidationFailed(issues)
            closed = repo.close(case_id, on, on, None)
            CardRepository(session).set_state(case.card_id, CardState.IN_HAND)
            self._audit.record(session, entity="lost_card_case", action="found",
                               entity_id=case_id, member_id=case.member_id,
                               summary=f"found_on={on.isoformat()}")
            suspended = case.steps[LostCardStep.SUSPENDED] is not None
            return FoundResult(closed, needs_office_visit=suspended)
