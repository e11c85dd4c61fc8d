"""The planner's input built from stored records, and the visit plan of a stored member.

``facts_for_all`` reads each table once (members, current cards, PIN counters, coverage,
documents), so a care office with 2,000 clients refreshes its dashboard in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from familycare.domain.card_record import CardRecord, CoverageRecord, DocumentKind, DocumentRecord
from familycare.domain.member import Member
from familycare.domain.member_facts import DocumentFacts, FacilityCaps, MemberFacts, PinKind
from familycare.domain.rules import RuleSet
from familycare.domain.visit_plan import VisitPlan, plan_visit
from familycare.services.facilities import facility_caps
from familycare.storage.card_repository import CardRepository
from familycare.storage.coverage_repository import CoverageRepository
from familycare.storage.database import Database
from familycare.storage.document_repository import DocumentRepository
from familycare.storage.facility_repository import FacilityRepository
from familycare.storage.member_repository import MemberRepository


def build_member_facts(
    member: Member,
    card: CardRecord | None,
    pin_failures: dict[PinKind, int],
    periods: Iterable[CoverageRecord],
    documents: Iterable[DocumentRecord],
) -> MemberFacts:
    """MemberFacts from records: an applied-for card is no card; the latest valid-until of a
    held 資格確認書 counts; a held お知らせ counts; the smartphone only with an issued card."""
    card_facts = card.facts() if card is not None else None
    qc_until: date | None = None
    notice = False
    for doc in documents:
        if not doc.held:
            continue
        if doc.kind is DocumentKind.QUALIFICATION_CERTIFICATE and doc.valid_until is not None:
            qc_until = doc.valid_until if qc_until is None else max(qc_until, doc.valid_until)
        elif doc.kind is DocumentKind.QUALIFICATION_NOTICE:
            notice = True
    smartphone = card_facts is not None and card is not None and card.smartphone_set_up
    return MemberFacts(
        birth_date=member.birth_date,
        card=card_facts,
        pins=dict(pin_failures) if card_facts is not None else {},
        coverage=tuple(p.period() for p in periods),
        documents=DocumentFacts(qc_until, notice, smartphone),
    )


class FactsService:
    def __init__(self, db: Database, rules: Callable[[], RuleSet]) -> None:
        self._db = db
        self._rules = rules

    def facts_for(self, member_id: int) -> MemberFacts:
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            cards = CardRepository(session)
            card = cards.current(member_id)
            failures = (
                {k: c.failures for k, c in cards.counters(card.id).items()} if card else {}
            )
            return build_member_facts(
                member, card, failures,
                CoverageRepository(session).for_member(member_id),
                DocumentRepository(session).for_member(member_id),
            )

    def facts_for_all(self) -> dict[int, MemberFacts]:
        """Member id → facts, for every member, with one query per table."""
        with self._db.unit_of_work() as session:
            members = MemberRepository(session).list_all()
            cards_repo = CardRepository(session)
            cards = cards_repo.all_current()
            counters = cards_repo.all_counters()
            periods = CoverageRepository(session).all_by_member()
            documents = DocumentRepository(session).all_by_member()
        result = {}
        for member in members:
            card = cards.get(member.id)
            failures = counters.get(card.id, {}) if card is not None else {}
            result[member.id] = build_member_facts(
                member, card, failures, periods.get(member.id, ()), documents.get(member.id, ())
            )
        return result

    def facility_caps(self, facility_id: int | None) -> FacilityCaps:
        """The facility's capabilities; no facility: everything unknown (the worse case)."""
        if facility_id is None:
            return FacilityCaps()
        with self._db.unit_of_work() as session:
            return facility_caps(FacilityRepository(session).get(facility_id))

    def plan_for(
        self, member_id: int, visit_date: date, facility_id: int | None = None
    ) -> VisitPlan:
        """The visit plan for a stored member (``facility_unknown`` without a facility)."""
        facts = self.facts_for(member_id)
        return plan_visit(facts, visit_date, self.facility_caps(facility_id), self._rules())

    def plans_for_all(
        self, visit_date: date, facility_id: int | None = None
    ) -> dict[int, VisitPlan]:
        """Member id → plan for ``visit_date`` (the dashboard's "if we went today")."""
        caps = self.facility_caps(facility_id)
        rules = self._rules()
        return {
            member_id: plan_visit(facts, visit_date, caps, rules)
            for member_id, facts in self.facts_for_all().items()
        }
