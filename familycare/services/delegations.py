"""Who may act for whom: add, edit, end and delete delegations; per member, who acts for them
and for whom they act, with warnings ahead of time and a review prompt after a card event.

A lost, suspended or reissued card does not remove delegations (RULES.md section 6): the
family is asked to review them instead, until they mark the delegation reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.card_record import CardRecordKind, LostCardStep
from familycare.domain.delegation import (
    CardEvent,
    CardEventKind,
    Delegation,
    DelegationDraft,
    DelegationWarning,
    Party,
    delegation_warnings,
    review_reasons,
    validate_delegation,
)
from familycare.domain.member import Member
from familycare.domain.member_facts import CardKind
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.storage.card_repository import CardRepository
from familycare.storage.database import Database
from familycare.storage.delegation_repository import DelegationRepository
from familycare.storage.lost_card_repository import LostCardRepository
from familycare.storage.member_repository import MemberRepository
from familycare.storage.rows import AuditEventRow

# Card state changes recorded by CardService.set_state that ask for a review.
_STATE_EVENTS = {
    "state=lost": CardEventKind.LOST,
    "state=suspended": CardEventKind.SUSPENDED,
    "state=reissuing": CardEventKind.REISSUED,
}


@dataclass(frozen=True)
class DelegationView:
    """One delegation as a member's page shows it."""

    delegation: Delegation
    principal: Member
    agent: Member
    active: bool
    ends_on: date | None
    warnings: tuple[DelegationWarning, ...]
    review_reasons: tuple[CardEvent, ...]

    @property
    def needs_review(self) -> bool:
        return bool(self.review_reasons)


@dataclass(frozen=True)
class MemberDelegations:
    member: Member
    acted_for_by: tuple[DelegationView, ...]  # the member is the principal
    acts_for: tuple[DelegationView, ...]  # the member is the agent


class DelegationService:
    def __init__(
        self, db: Database, clock: Clock, audit: AuditTrail, guard: PlainTextGuard | None = None
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._guard = guard or PlainTextGuard()

    # ------------------------------------------------------------ reading
    def get(self, delegation_id: int) -> Delegation:
        with self._db.unit_of_work() as session:
            return DelegationRepository(session).get(delegation_id)

    def list_all(self) -> list[Delegation]:
        with self._db.unit_of_work() as session:
            return DelegationRepository(session).list_all()

    def for_member(self, member_id: int, today: date | None = None) -> MemberDelegations:
        """Who may act for the member and for whom the member acts, each with its state."""
        day = today or self._clock.today()
        with self._db.unit_of_work() as session:
            members = {m.id: m for m in MemberRepository(session).list_all()}
            if member_id not in members:
                MemberRepository(session).get(member_id)  # raises NotFound
            found = DelegationRepository(session).involving(member_id)
            parties = {d.principal_member_id for d in found} | {d.agent_member_id for d in found}
            events = _card_events(session, parties)
            kinds = _card_kinds(session)
        views = [self._view(d, members, kinds, events, day) for d in found]
        return MemberDelegations(
            member=members[member_id],
            acted_for_by=tuple(v for v in views if v.principal.id == member_id),
            acts_for=tuple(v for v in views if v.agent.id == member_id),
        )

    def review_needed(self, member_id: int) -> list[DelegationView]:
        """The member's delegations (either side) that a card event since asks to review."""
        found = self.for_member(member_id)
        return [v for v in (*found.acted_for_by, *found.acts_for) if v.needs_review]

    def card_events(self, member_id: int) -> list[CardEvent]:
        with self._db.unit_of_work() as session:
            return _card_events(session, {member_id})

    # ------------------------------------------------------------ changes
    def add(self, draft: DelegationDraft) -> Delegation:
        with self._db.unit_of_work() as session:
            draft = self._check(session, draft, is_new=True)
            delegation = DelegationRepository(session).add(draft)
            self._record(session, delegation, "add",
                         f"kind={delegation.kind.value} agent={delegation.agent_member_id} "
                         f"scopes={','.join(s.value for s in delegation.scopes)}")
            return delegation

    def update(
        self, delegation_id: int, expected_version: int | None, draft: DelegationDraft
    ) -> Delegation:
        with self._db.unit_of_work() as session:
            repo = DelegationRepository(session)
            before = repo.get(delegation_id)
            # Recording a kind change to a portal delegation is a new registration there.
            is_new = draft.kind is not before.kind
            draft = self._check(session, draft, is_new=is_new)
            delegation = repo.update(delegation_id, expected_version, draft)
            self._record(session, delegation, "edit", ", ".join(_changed(before, delegation))
                         or "no change")
            return delegation

    def end(self, delegation_id: int, on: date | None = None) -> Delegation:
        """The delegation stops on ``on`` (default today): cancelled in マイナポータル, or the
        errand is done."""
        day = on or self._clock.today()
        with self._db.unit_of_work() as session:
            repo = DelegationRepository(session)
            current = repo.get(delegation_id)
            if day < current.since:
                raise ValidationFailed([ValidationIssue("until", "until_before_since")])
            delegation = repo.set_until(delegation_id, day)
            self._record(session, delegation, "end", f"until={day.isoformat()}")
            return delegation

    def mark_reviewed(self, delegation_id: int, on: date | None = None) -> Delegation:
        """The family checked the delegation after a card event (or its review date)."""
        day = on or self._clock.today()
        with self._db.unit_of_work() as session:
            delegation = DelegationRepository(session).set_reviewed(delegation_id, day)
            self._record(session, delegation, "reviewed", f"reviewed_on={day.isoformat()}")
            return delegation

    def delete(self, delegation_id: int) -> Delegation:
        with self._db.unit_of_work() as session:
            repo = DelegationRepository(session)
            delegation = repo.get(delegation_id)
            repo.delete(delegation_id)
            self._record(session, delegation, "delete", f"kind={delegation.kind.value}")
            return delegation

    # ------------------------------------------------------------ helpers
    def _check(self, session: Session, draft: DelegationDraft, is_new: bool) -> DelegationDraft:
        draft = draft.normalised()
        members = MemberRepository(session)
        kinds = _card_kinds(session)
        principal = _party(members, kinds, draft.principal_member_id)
        agent = _party(members, kinds, draft.agent_member_id)
        issues = validate_delegation(draft, principal, agent, self._clock.today(), is_new)
        issues += self._guard.check_fields({"scope_text": draft.scope_text, "memo": draft.memo})
        if issues:
            raise ValidationFailed(issues)
        return draft

    def _view(
        self, d: Delegation, members: dict[int, Member], kinds: dict[int, CardKind],
        events: list[CardEvent], day: date,
    ) -> DelegationView:
        principal, agent = members[d.principal_member_id], members[d.agent_member_id]
        party = Party(principal.id, principal.birth_date, kinds.get(principal.id))
        return DelegationView(
            delegation=d, principal=principal, agent=agent,
            active=d.active_on(day, principal.birth_date),
            ends_on=d.ends_on(principal.birth_date),
            warnings=delegation_warnings(d, party, day),
            review_reasons=review_reasons(d, events),
        )

    def _record(self, session: Session, d: Delegation, action: str, summary: str) -> None:
        self._audit.record(session, entity="delegation", action=action, entity_id=d.id,
                           member_id=d.principal_member_id, summary=summary)


def _party(members: MemberRepository, kinds: dict[int, CardKind], member_id: int | None
           ) -> Party | None:
    if member_id is None:
        return None
    member = members.get(member_id)
    return Party(member.id, member.birth_date, kinds.get(member.id))


def _card_kinds(session: Session) -> dict[int, CardKind]:
    """Member id → kind of the current issued card (an applied-for card is none yet)."""
    return {
        member_id: CardKind(card.kind.value)
        for member_id, card in CardRepository(session).all_current().items()
        if card.kind is not CardRecordKind.APPLIED
    }


def _card_events(session: Session, member_ids: set[int]) -> list[CardEvent]:
    """Lost, suspended and reissued cards of these members, each dated."""
    events: set[CardEvent] = set()
    cards = CardRepository(session)
    lost = LostCardRepository(session)
    for member_id in member_ids:
        history = cards.history(member_id)
        for older, newer in zip(history, history[1:], strict=False):
            day = older.ended_on or newer.issued_on or newer.applied_on
            if day is not None:
                events.add(CardEvent(day, member_id, CardEventKind.REISSUED))
        for case in lost.for_member(member_id):
            events.add(CardEvent(case.lost_on, member_id, CardEventKind.LOST))
            suspended = case.steps.get(LostCardStep.SUSPENDED)
            if suspended is not None:
                events.add(CardEvent(suspended, member_id, CardEventKind.SUSPENDED))
    if member_ids:
        # A state set by hand (suspended, reissuing) is dated by its audit event.
        rows = session.execute(
            select(AuditEventRow.member_id, AuditEventRow.at, AuditEventRow.summary).where(
                AuditEventRow.entity == "card", AuditEventRow.action == "state",
                AuditEventRow.member_id.in_(member_ids),
                AuditEventRow.summary.in_(tuple(_STATE_EVENTS)),
            )
        )
        for member_id, at, summary in rows:
            events.add(CardEvent(at.date(), member_id, _STATE_EVENTS[summary]))
    return sorted(events)


def _changed(before: Delegation, after: Delegation) -> list[str]:
    names = ("principal_member_id", "agent_member_id", "kind", "scopes", "scope_text", "since",
             "until", "review_due", "memo")
    return [n for n in names if getattr(before, n) != getattr(after, n)]
