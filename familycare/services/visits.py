"""Planning, saving, listing and printing family visits (one unit of work per action).

A saved visit keeps the plan as JSON and the fingerprint of its visit card. The plan is
recomputed whenever visits are listed, because the facts behind it (a PIN failure, a lost
card, a new insurer, a facility's reader) may have changed since it was saved; a visit whose
current card differs from the one last printed is flagged ``needs_reprint``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from familycare.domain.card_record import Facility
from familycare.domain.member import Member
from familycare.domain.member_facts import MemberFacts
from familycare.domain.role import RoleKind
from familycare.domain.rules import RuleSet
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.domain.visit_card import Contact, VisitCard, build_visit_card, card_fingerprint
from familycare.domain.visit_plan import Bring, VisitPlan, plan_visit
from familycare.domain.visit_record import VisitRecord
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.services.facilities import facility_caps
from familycare.services.member_facts import FactsService
from familycare.services.settings import USER_NAME, SettingsService
from familycare.storage import fact_rows
from familycare.storage.database import Database
from familycare.storage.facility_repository import FacilityRepository
from familycare.storage.member_repository import MemberRepository
from familycare.storage.role_repository import RoleRepository
from familycare.storage.visit_repository import VisitRepository


@dataclass(frozen=True, slots=True)
class PlannedVisit:
    """A visit with its current plan and card; ``record`` is None for an unsaved preview."""

    record: VisitRecord | None
    member: Member
    facility: Facility | None
    plan: VisitPlan
    card: VisitCard
    fingerprint: str  # of ``card``

    @property
    def id(self) -> int | None:
        return self.record.id if self.record is not None else None

    @property
    def visit_on(self) -> date:
        return self.plan.visit_date

    @property
    def bring(self) -> tuple[Bring, ...]:
        return self.card.bring

    @property
    def printed(self) -> bool:
        return self.record is not None and self.record.printed

    @property
    def needs_reprint(self) -> bool:
        """Printed, but what the card would say now differs from the paper."""
        return (
            self.printed
            and self.record is not None
            and (self.record.printed_fingerprint != self.fingerprint)
        )


def plan_document(plan: VisitPlan, card: VisitCard) -> str:
    """What is stored in ``visits.plan_json``: the plan (contract keys and more) and the card."""
    return json.dumps(
        {"plan": plan.to_json(), "card": card.to_json()}, ensure_ascii=False, sort_keys=True
    )


# Up to this many members, their facts are read one by one; more, the whole household at once.
_FEW_MEMBERS = 8


class VisitService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        facts: FactsService,
        rules: Callable[[], RuleSet],
        settings: SettingsService | None = None,
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._facts = facts
        self._rules = rules
        self._settings = settings

    # -- planning ----------------------------------------------------------------------
    def preview(
        self, member_id: int, visit_on: date, facility_id: int | None = None
    ) -> PlannedVisit:
        """The plan and card for a visit, without saving anything."""
        member, facility = self._load(member_id, facility_id)
        return self._planned(None, member, facility, visit_on)

    def plan_visit(
        self, member_id: int, visit_on: date, facility_id: int | None = None, memo: str = ""
    ) -> PlannedVisit:
        """Save the visit (or refresh the one already saved for that member, day and
        facility) with its current plan. Visits before today are refused."""
        if visit_on < self._clock.today():
            raise ValidationFailed(
                [ValidationIssue("visit_on", "visit_in_past", {"date": visit_on.isoformat()})]
            )
        member, facility = self._load(member_id, facility_id)
        planned = self._planned(None, member, facility, visit_on)
        document = plan_document(planned.plan, planned.card)
        with self._db.unit_of_work() as session:
            repo = VisitRepository(session)
            existing = repo.find(member_id, visit_on, facility_id)
            if existing is None:
                record = repo.add(
                    member_id, facility_id, visit_on, document, planned.fingerprint, memo.strip()
                )
                action = "add"
            else:
                record = repo.store_plan(existing.id, document, planned.fingerprint)
                action = "replan"
            self._audit.record(
                session,
                entity="visit",
                action=action,
                entity_id=record.id,
                member_id=member_id,
                summary=f"{visit_on.isoformat()} {planned.plan.route.value}",
            )
        return PlannedVisit(
            record, member, facility, planned.plan, planned.card, planned.fingerprint
        )

    # -- listing -----------------------------------------------------------------------
    def get(self, visit_id: int) -> PlannedVisit:
        with self._db.unit_of_work() as session:
            record = VisitRepository(session).get(visit_id)
        return self._refreshed([record])[0]

    def visits_on(self, day: date) -> list[PlannedVisit]:
        """Every family visit on ``day`` (the day view), with current plans."""
        return self.visits_between(day, day)

    def visits_between(self, first: date, last: date) -> list[PlannedVisit]:
        with self._db.unit_of_work() as session:
            records = VisitRepository(session).between(first, last)
        return self._refreshed(records)

    def upcoming(self, today: date, within_days: int) -> list[PlannedVisit]:
        """Visits from ``today`` to ``today + within_days`` with plan, bring-list and reprint
        flag (the to-do list's "visit tomorrow")."""
        return self.visits_between(today, today + timedelta(days=within_days))

    def recompute(self, from_day: date | None = None) -> list[PlannedVisit]:
        """Re-plan every visit from ``from_day`` (default today) on; returns those whose card
        changed. Call after facts changed; listing also does it."""
        first = from_day or self._clock.today()
        with self._db.unit_of_work() as session:
            records = VisitRepository(session).between(first, date.max)
        planned = self._refreshed(records)
        return [
            p for r, p in zip(records, planned, strict=True) if r.plan_fingerprint != p.fingerprint
        ]

    # -- printing and deleting -----------------------------------------------------------
    def mark_printed(self, visit_id: int, fingerprint: str | None = None) -> PlannedVisit:
        """Record that the card was printed; ``fingerprint`` is the printed card's (default:
        the current one)."""
        current = self.get(visit_id)
        printed = fingerprint or current.fingerprint
        with self._db.unit_of_work() as session:
            record = VisitRepository(session).mark_printed(visit_id, printed, self._clock.now())
            self._audit.record(
                session,
                entity="visit",
                action="print",
                entity_id=visit_id,
                member_id=current.member.id,
                summary=current.visit_on.isoformat(),
            )
        return PlannedVisit(
            record,
            current.member,
            current.facility,
            current.plan,
            current.card,
            current.fingerprint,
        )

    def delete_visit(self, visit_id: int) -> VisitRecord:
        with self._db.unit_of_work() as session:
            repo = VisitRepository(session)
            record = repo.get(visit_id)
            repo.delete(visit_id)
            self._audit.record(
                session,
                entity="visit",
                action="delete",
                entity_id=visit_id,
                member_id=record.member_id,
                summary=record.visit_on.isoformat(),
            )
            return record

    def today(self) -> date:
        return self._clock.today()

    # -- helpers -----------------------------------------------------------------------
    def _load(self, member_id: int, facility_id: int | None) -> tuple[Member, Facility | None]:
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            facility = (
                FacilityRepository(session).get(facility_id) if facility_id is not None else None
            )
            return member, facility

    def _stuck_contacts(self, member_ids: Iterable[int]) -> dict[int, str]:
        """Member id → name of their contact when stuck (the role), for those who have one."""
        with self._db.unit_of_work() as session:
            return RoleRepository(session).holders_for(member_ids, RoleKind.CONTACT_WHEN_STUCK)

    def _user_name(self) -> str:
        return self._settings.get(USER_NAME).strip() if self._settings is not None else ""

    def _planned(
        self, record: VisitRecord | None, member: Member, facility: Facility | None, day: date
    ) -> PlannedVisit:
        return self._planned_from(
            record, member, facility, day, self._facts.facts_for(member.id), self._rules(),
            self._user_name(), self._stuck_contacts([member.id]).get(member.id, ""),
        )

    def _planned_from(
        self,
        record: VisitRecord | None,
        member: Member,
        facility: Facility | None,
        day: date,
        facts: MemberFacts,
        rules: RuleSet,
        user_name: str,
        stuck_contact: str = "",
    ) -> PlannedVisit:
        """The plan and card from loaded facts, rules, the app user's name and the member's
        contact when stuck (no I/O)."""
        plan = plan_visit(facts, day, facility_caps(facility), rules)
        # The family member chosen as the contact when stuck; without one, the person
        # looking after the family (the app's user), unless it is the member.
        if stuck_contact:
            contact: Contact | None = Contact(stuck_contact, when_stuck=True)
        elif user_name and user_name != member.display_name:
            contact = Contact(user_name)
        else:
            contact = None
        card = build_visit_card(
            plan,
            member_name=member.display_name,
            member_colour=member.colour,
            member_birth=member.birth_date,
            facility_name=facility.name if facility else None,
            facility_kind=facility.kind.value if facility else None,
            rules=rules,
            contact=contact,
        )
        return PlannedVisit(record, member, facility, plan, card, card_fingerprint(card))

    def _refreshed(self, records: Sequence[VisitRecord]) -> list[PlannedVisit]:
        """Current plans for ``records``; stored plans that changed are saved again.

        Members, facilities, facts, rules and the user's name are read once for all the
        records (not once per visit): listing a busy fortnight of a care office's 2,000
        clients plans hundreds of visits."""
        if not records:
            return []
        member_ids = {r.member_id for r in records}
        few = len(member_ids) <= _FEW_MEMBERS
        with self._db.unit_of_work() as session:
            if few:
                repo = MemberRepository(session)
                members = {member_id: repo.get(member_id) for member_id in member_ids}
            else:
                members = {m.id: m for m in fact_rows.member_list(session)}
            facilities = {f.id: f for f in FacilityRepository(session).list_all()}
        if few:
            facts = {member_id: self._facts.facts_for(member_id) for member_id in member_ids}
        else:
            facts = self._facts.facts_for_all()
        rules = self._rules()
        user_name = self._user_name()
        contacts = self._stuck_contacts(member_ids)
        planned = [
            self._planned_from(
                r,
                members[r.member_id],
                facilities.get(r.facility_id) if r.facility_id is not None else None,
                r.visit_on,
                facts[r.member_id],
                rules,
                user_name,
                contacts.get(r.member_id, ""),
            )
            for r in records
        ]
        stale = [
            p
            for p in planned
            if p.record is not None and p.record.plan_fingerprint != p.fingerprint
        ]
        if not stale:
            return planned
        updated: dict[int, VisitRecord] = {}
        with self._db.unit_of_work() as session:
            repo = VisitRepository(session)
            for p in stale:
                assert p.record is not None
                updated[p.record.id] = repo.store_plan(
                    p.record.id, plan_document(p.plan, p.card), p.fingerprint
                )
        return [
            PlannedVisit(updated[p.record.id], p.member, p.facility, p.plan, p.card, p.fingerprint)
            if p.record is not None and p.record.id in updated
            else p
            for p in planned
        ]
