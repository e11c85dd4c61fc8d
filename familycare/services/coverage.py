"""Health-insurance periods of each member, and the life events that change them.

Periods of one member never overlap (refused with ``coverage_overlap``). The life-event
shortcuts end the running period the day before the change and start the new one, in one unit
of work; what else the event sets off (a revoked signing certificate, a dependent who must
join another scheme) comes back as ``LifeEvent`` codes for the to-do list (RULES.md section 5).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy.orm import Session

from familycare.domain import rules as r
from familycare.domain.card_record import (
    NO_DEPENDENT_KINDS,
    CoverageDraft,
    CoverageRecord,
    validate_coverage,
)
from familycare.domain.coverage import covers, late_elderly_starts_on, proposed_late_elderly_period
from familycare.domain.dates import age_on
from familycare.domain.member import Member
from familycare.domain.member_facts import CoverageKind
from familycare.domain.rules import RuleSet
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.services.audit import AuditTrail
from familycare.services.cards import CardService
from familycare.services.clock import Clock
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.storage.coverage_repository import CoverageRepository
from familycare.storage.database import Database
from familycare.storage.errors import NotFound
from familycare.storage.member_repository import MemberRepository

_DAY = timedelta(days=1)
# How long before the 75th birthday the proposal (and its to-do) shows up: long enough to
# check that the new papers arrive before the day.
LATE_ELDERLY_LEAD_DAYS = 60

# Life-event and to-do codes (worded by familycare.i18n.catalog_records).
SIGNING_CERT_REVOKED = "signing_cert_revoked"
DEPENDENT_MUST_JOIN_SCHEME = "dependent_must_join_scheme"
LATE_ELDERLY_SWITCH = "late_elderly_switch"
DEPENDENT_BECAME_OWN_MEMBER = "dependent_became_own_member"


@dataclass(frozen=True)
class LifeEvent:
    """Something a change set off: ``code`` with the members concerned and the day."""

    code: str
    member_ids: tuple[int, ...]
    on: date


@dataclass(frozen=True)
class CoverageChange:
    ended: tuple[CoverageRecord, ...]
    started: tuple[CoverageRecord, ...]
    events: tuple[LifeEvent, ...] = ()


@dataclass(frozen=True)
class ProposedPeriod:
    """A period the app proposes (not stored): the user confirms it with the insurer."""

    member_id: int
    kind: CoverageKind
    since: date
    previous_ends_on: date
    confirmed: bool = False


class CoverageService:
    def __init__(
        self, db: Database, clock: Clock, audit: AuditTrail, guard: PlainTextGuard,
        rules: Callable[[], RuleSet], cards: CardService,
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._guard = guard
        self._rules = rules
        self._cards = cards

    # ------------------------------------------------------------ plain editing
    def list_periods(self, member_id: int) -> list[CoverageRecord]:
        """The member's periods, oldest first."""
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            return CoverageRepository(session).for_member(member_id)

    def current_period(self, member_id: int, day: date | None = None) -> CoverageRecord | None:
        day = day or self._clock.today()
        found = [p for p in self.list_periods(member_id) if covers(p.period(), day)]
        return found[-1] if found else None

    def add_period(self, member_id: int, draft: CoverageDraft) -> CoverageRecord:
        with self._db.unit_of_work() as session:
            record = self._add(session, member_id, draft)
            self._audit_change(session, "add", record)
            return record

    def update_period(
        self, period_id: int, expected_version: int | None, draft: CoverageDraft
    ) -> CoverageRecord:
        with self._db.unit_of_work() as session:
            repo = CoverageRepository(session)
            before = repo.get(period_id)
            member = MemberRepository(session).get(before.member_id)
            others = [p for p in repo.for_member(member.id) if p.id != period_id]
            draft = self._check(session, draft, member, others)
            record = repo.update(period_id, expected_version, draft)
            self._audit_change(session, "edit", record)
            return record

    def delete_period(self, period_id: int) -> CoverageRecord:
        with self._db.unit_of_work() as session:
            repo = CoverageRepository(session)
            record = repo.get(period_id)
            repo.delete(period_id)
            self._audit_change(session, "delete", record)
            return record

    # ------------------------------------------------------------ life events
    def change_job(
        self, member_id: int, since: date, insurer_name: str,
        kind: CoverageKind = CoverageKind.EMPLOYEE, move_dependents: bool = True,
    ) -> CoverageChange:
        """New employer from ``since``: the running period ends the day before. The member's
        dependents in the family follow to the new insurer (as dependents)."""
        new = CoverageDraft(kind, since, None, insurer_name)
        return self._life_event("job_change", member_id, since, new, move_dependents)

    def retire(
        self, member_id: int, since: date, kind: CoverageKind, insurer_name: str,
        move_dependents: bool = True,
    ) -> CoverageChange:
        """Left work: 任意継続 (voluntary continuation, under 75) or 国保 from ``since``, the
        first day without the old coverage. 国保 has no dependents: each dependent gets an own
        national period."""
        if kind not in (CoverageKind.VOLUNTARY_CONTINUATION, CoverageKind.NATIONAL):
            raise ValidationFailed([ValidationIssue("kind", "retirement_kind_invalid")])
        return self._life_event("retirement", member_id, since,
                                CoverageDraft(kind, since, None, insurer_name), move_dependents)

    def move_home(
        self, member_id: int, moved_on: date, national_insurer_name: str = ""
    ) -> CoverageChange:
        """Moved to another municipality on ``moved_on``. The signing certificate is revoked
        (address change); a 国保 member gets a new national period with the new insurer."""
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            ended: list[CoverageRecord] = []
            started: list[CoverageRecord] = []
            current = _running(CoverageRepository(session).for_member(member_id), moved_on)
            if current is not None and current.kind is CoverageKind.NATIONAL and (
                national_insurer_name
            ):
                draft = CoverageDraft(CoverageKind.NATIONAL, moved_on, None, national_insurer_name)
                e, s = self._switch(session, member, moved_on, draft)
                ended += e
                started.append(s)
            events = []
            if self._cards.record_signing_cert_revoked(session, member_id, moved_on, "moved"):
                events.append(LifeEvent(SIGNING_CERT_REVOKED, (member_id,), moved_on))
            self._audit.record(session, entity="coverage", action="move_home",
                               member_id=member_id, summary=f"moved_on={moved_on.isoformat()}")
            return CoverageChange(tuple(ended), tuple(started), tuple(events))

    def become_dependent(
        self, member_id: int, holder_member_id: int, since: date
    ) -> CoverageChange:
        """Insured from ``since`` as a dependent (扶養) on the holder's insurance."""
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            MemberRepository(session).get(holder_member_id)
            holder = _running(CoverageRepository(session).for_member(holder_member_id), since)
            if holder is None or holder.is_dependent:
                raise ValidationFailed([ValidationIssue("holder_member_id",
                                                        "holder_has_no_coverage")])
            if holder.kind in NO_DEPENDENT_KINDS:
                raise ValidationFailed([ValidationIssue(
                    "holder_member_id", "scheme_has_no_dependents", {"kind": holder.kind.value})])
            draft = CoverageDraft(holder.kind, since, None, holder.insurer_name,
                                  is_dependent=True, holder_member_id=holder_member_id)
            ended, started = self._switch(session, member, since, draft)
            self._audit_change(session, "become_dependent", started)
            return CoverageChange(tuple(ended), (started,))

    def leave_dependent(
        self, member_id: int, since: date, kind: CoverageKind, insurer_name: str
    ) -> CoverageChange:
        """No longer a dependent from ``since``: an own period of ``kind`` starts."""
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            current = _running(CoverageRepository(session).for_member(member_id), since)
            if current is None or not current.is_dependent:
                raise ValidationFailed([ValidationIssue("is_dependent", "not_a_dependent")])
            draft = CoverageDraft(kind, since, None, insurer_name)
            ended, started = self._switch(session, member, since, draft)
            self._audit_change(session, "leave_dependent", started)
            return CoverageChange(tuple(ended), (started,))

    # ------------------------------------------------------------ the 75th birthday
    def proposed_periods(self, member_id: int, today: date | None = None) -> list[ProposedPeriod]:
        """The late-elderly period the app proposes from the 75th birthday (unconfirmed), once
        the birthday is near (``LATE_ELDERLY_LEAD_DAYS``) and until one is recorded."""
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            periods = CoverageRepository(session).for_member(member_id)
        proposal = self._proposal(member, periods, today or self._clock.today())
        return [proposal] if proposal is not None else []

    def confirm_late_elderly(self, member_id: int, insurer_name: str) -> CoverageChange:
        """Store the proposed late-elderly period with its insurer (the 広域連合), ending the
        previous period the day before the birthday. Dependents under 75 of this member must
        join another scheme: returned as ``dependent_must_join_scheme`` events."""
        rules = self._rules()
        with self._db.unit_of_work() as session:
            members = MemberRepository(session)
            member = members.get(member_id)
            repo = CoverageRepository(session)
            start = late_elderly_starts_on(member.birth_date, rules)
            if proposed_late_elderly_period(
                member.birth_date, tuple(p.period() for p in repo.for_member(member_id)), rules
            ) is None:
                raise ValidationFailed([ValidationIssue("kind", "late_elderly_already_recorded")])
            draft = CoverageDraft(CoverageKind.LATE_ELDERLY, start, None, insurer_name)
            ended, started = self._switch(session, member, start, draft)
            self._audit_change(session, "confirm_late_elderly", started)
            events = []
            for dep in repo.dependents_of(member_id):
                dep_birth = members.get(dep.member_id).birth_date
                if _runs_on(dep, start) and age_on(dep_birth, start) < _age(rules, start):
                    events.append(LifeEvent(DEPENDENT_MUST_JOIN_SCHEME,
                                            (dep.member_id, member_id), start))
            return CoverageChange(tuple(ended), (started,), tuple(events))

    def todo_items(self, today: date | None = None) -> list[LifeEvent]:
        """Derived items for the whole family (one query per table): a 75th birthday with no
        late-elderly period yet (``late_elderly_switch``: member), and a dependent under 75
        whose holder turns 75 (``dependent_must_join_scheme``: dependent, holder)."""
        today = today or self._clock.today()
        rules = self._rules()
        with self._db.unit_of_work() as session:
            members = {m.id: m for m in MemberRepository(session).list_all()}
            periods = CoverageRepository(session).all_by_member()
        items: list[LifeEvent] = []
        for member in members.values():
            mine = periods.get(member.id, [])
            proposal = self._proposal(member, mine, today, rules)
            if proposal is not None:
                items.append(LifeEvent(LATE_ELDERLY_SWITCH, (member.id,), proposal.since))
        for dep_id, mine in periods.items():
            for period in mine:
                holder = members.get(period.holder_member_id or -1)
                if not period.is_dependent or holder is None or dep_id not in members:
                    continue
                start = late_elderly_starts_on(holder.birth_date, rules)
                if (today >= start - timedelta(days=LATE_ELDERLY_LEAD_DAYS)
                        and _runs_on(period, start)
                        and age_on(members[dep_id].birth_date, start) < _age(rules, start)):
                    items.append(LifeEvent(DEPENDENT_MUST_JOIN_SCHEME, (dep_id, holder.id), start))
        return items

    # ------------------------------------------------------------ helpers
    def _proposal(
        self, member: Member, periods: list[CoverageRecord], today: date,
        rules: RuleSet | None = None,
    ) -> ProposedPeriod | None:
        rules = rules or self._rules()
        proposal = proposed_late_elderly_period(
            member.birth_date, tuple(p.period() for p in periods), rules
        )
        if proposal is None or proposal.since is None:
            return None
        if today < proposal.since - timedelta(days=LATE_ELDERLY_LEAD_DAYS):
            return None
        return ProposedPeriod(member.id, CoverageKind.LATE_ELDERLY, proposal.since,
                              proposal.since - _DAY)

    def _life_event(
        self, action: str, member_id: int, since: date, draft: CoverageDraft,
        move_dependents: bool,
    ) -> CoverageChange:
        with self._db.unit_of_work() as session:
            members = MemberRepository(session)
            member = members.get(member_id)
            ended, started = self._switch(session, member, since, draft)
            all_started = [started]
            events: list[LifeEvent] = []
            if move_dependents:
                for dep in CoverageRepository(session).dependents_of(member_id):
                    if not _runs_on(dep, since) or (dep.since is not None and dep.since >= since):
                        continue
                    own = draft.kind in NO_DEPENDENT_KINDS
                    dep_draft = replace(draft, is_dependent=not own,
                                        holder_member_id=None if own else member_id)
                    e, s = self._switch(session, members.get(dep.member_id), since, dep_draft)
                    ended += e
                    all_started.append(s)
                    if own:
                        events.append(LifeEvent(DEPENDENT_BECAME_OWN_MEMBER,
                                                (dep.member_id, member_id), since))
            for record in all_started:
                self._audit_change(session, action, record)
            return CoverageChange(tuple(ended), tuple(all_started), tuple(events))

    def _switch(
        self, session: Session, member: Member, start: date, draft: CoverageDraft
    ) -> tuple[list[CoverageRecord], CoverageRecord]:
        """End the period running on ``start`` (or open before it) the day before, then add
        ``draft``. A period starting on or after ``start`` stays and is reported as overlap."""
        repo = CoverageRepository(session)
        ended = []
        for period in repo.for_member(member.id):
            starts_before = period.since is None or period.since < start
            if starts_before and (period.until is None or period.until >= start):
                ended.append(repo.update(period.id, None,
                                         replace(period.draft(), until=start - _DAY)))
        others = repo.for_member(member.id)
        draft = self._check(session, draft, member, others)
        return ended, repo.add(member.id, draft)

    def _add(self, session: Session, member_id: int, draft: CoverageDraft) -> CoverageRecord:
        member = MemberRepository(session).get(member_id)
        repo = CoverageRepository(session)
        draft = self._check(session, draft, member, repo.for_member(member_id))
        return repo.add(member_id, draft)

    def _check(
        self, session: Session, draft: CoverageDraft, member: Member,
        others: list[CoverageRecord],
    ) -> CoverageDraft:
        draft = draft.normalised()
        issues = validate_coverage(draft, member.id, member.birth_date, others)
        issues += self._guard.check_fields({"insurer_name": draft.insurer_name,
                                            "memo": draft.memo})
        if draft.holder_member_id is not None and draft.holder_member_id != member.id:
            try:
                MemberRepository(session).get(draft.holder_member_id)
            except NotFound:
                issues.append(ValidationIssue("holder_member_id", "holder_unknown"))
        if (draft.kind is CoverageKind.VOLUNTARY_CONTINUATION and draft.since is not None
                and age_on(member.birth_date, draft.since) >= _age(self._rules(), draft.since)):
            issues.append(ValidationIssue("kind", "voluntary_continuation_over_75"))
        if issues:
            raise ValidationFailed(issues)
        return draft

    def _audit_change(self, session: Session, action: str, record: CoverageRecord) -> None:
        self._audit.record(
            session, entity="coverage", action=action, entity_id=record.id,
            member_id=record.member_id,
            summary=f"{record.kind.value} {_iso(record.since)}..{_iso(record.until)}"
            + (" dependent" if record.is_dependent else ""),
        )


def _age(rules: RuleSet, day: date) -> int:
    return int(rules.value(r.LATE_ELDERLY_AGE, day))  # type: ignore[call-overload]


def _iso(day: date | None) -> str:
    return day.isoformat() if day else ""


def _runs_on(period: CoverageRecord, day: date) -> bool:
    return (period.since is None or period.since <= day) and (
        period.until is None or period.until >= day
    )


def _running(periods: list[CoverageRecord], day: date) -> CoverageRecord | None:
    """The period covering ``day``, or else the open one that started before it."""
    found = [p for p in periods if _runs_on(p, day)]
    return found[-1] if found else None
