"""The planner's input built from stored records, and the visit plan of a stored member.

``facts_for_all`` reads each table once (members, current cards, PIN counters, coverage,
documents), so a care office with 2,000 clients refreshes its dashboard in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from enum import Enum
from typing import TypeVar

from familycare.domain.card_record import (
    CardRecord,
    CardRecordKind,
    CoverageRecord,
    DocumentKind,
    DocumentRecord,
)
from familycare.domain.member import Member
from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    DocumentFacts,
    FacilityCaps,
    MemberFacts,
    PinKind,
    new_card_facts,
    new_coverage_period,
    new_member_facts,
)
from familycare.domain.rules import RuleSet
from familycare.domain.visit_plan import VisitPlan, plan_visit
from familycare.storage import fact_rows
from familycare.storage.database import Database


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
        # Member id → (rows, facts) of the last facts_for_all: unchanged rows, same object.
        self._remembered: dict[int, tuple[_Rows, MemberFacts]] = {}

    def facts_for(self, member_id: int) -> MemberFacts:
        # One member's records through the repositories (and the ORM): the family-wide read
        # below is the one the first screen makes, without it.
        from familycare.storage.card_repository import CardRepository
        from familycare.storage.coverage_repository import CoverageRepository
        from familycare.storage.document_repository import DocumentRepository
        from familycare.storage.member_repository import MemberRepository

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
        """Member id → facts, for every member, with one query per table.

        Reads column tuples, not ORM entities or repository records: for 2,000 members the
        entities cost several times the derivation that follows. Same facts as
        ``build_member_facts`` over the repositories' records. A member whose rows equal
        those of the last call gets the same ``MemberFacts`` object again (immutable), which
        makes "did anything change?" cheap for the to-do service.
        """
        with self._db.reading() as session:
            members = fact_rows.birth_tuples(session)
            cards = {row[0]: tuple(row) for row in fact_rows.current_card_tuples(session)}
            pins = _grouped((card_id, (kind, count))
                            for card_id, kind, count in fact_rows.pin_tuples(session))
            periods = _grouped(
                (member_id, (kind, since, until, confirmed))
                for member_id, kind, since, until, confirmed in fact_rows.coverage_tuples(session)
            )
            papers = _grouped(
                (member_id, (kind, valid_until))
                for member_id, kind, valid_until, held in fact_rows.document_tuples(session)
                if held
            )
        remembered = self._remembered
        fresh: dict[int, tuple[_Rows, MemberFacts]] = {}
        result: dict[int, MemberFacts] = {}
        for member_id, birth in members:
            card = cards.get(member_id)
            rows: _Rows = (
                birth,
                card,
                pins.get(card[1], ()) if card is not None else (),  # type: ignore[arg-type]
                periods.get(member_id, ()),  # type: ignore[arg-type]
                papers.get(member_id, ()),  # type: ignore[arg-type]
            )
            last = remembered.get(member_id)
            facts = last[1] if last is not None and last[0] == rows else _facts_from(rows)
            fresh[member_id] = (rows, facts)
            result[member_id] = facts
        self._remembered = fresh
        return result

    def facility_caps(self, facility_id: int | None) -> FacilityCaps:
        """The facility's capabilities; no facility: everything unknown (the worse case)."""
        from familycare.services.facilities import facility_caps
        from familycare.storage.facility_repository import FacilityRepository

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


_E = TypeVar("_E", bound=Enum)
_K = TypeVar("_K")
_V = TypeVar("_V")


def _grouped(pairs: Iterable[tuple[_K, _V]]) -> dict[_K, tuple[_V, ...]]:
    """Key → its values as a tuple, in the order read."""
    found: dict[_K, list[_V]] = {}
    for key, value in pairs:
        listed = found.get(key)
        if listed is None:
            found[key] = [value]
        else:
            listed.append(value)
    return {key: tuple(values) for key, values in found.items()}


def _member_of(enum: type[_E], value: str) -> _E:
    """``enum(value)`` through the enum's own value map: calling an Enum class is slow enough
    to matter for thousands of rows. An unknown value still raises ValueError."""
    found = enum._value2member_map_.get(value)
    return found if found is not None else enum(value)  # type: ignore[return-value]


# A member's rows as read by facts_for_all: birth date, current card row, (PIN kind,
# failures), coverage (kind, since, until, confirmed), held documents (kind, valid until).
_Rows = tuple[
    date,
    "fact_rows.CardTuple | None",
    tuple[tuple[str, int], ...],
    tuple[tuple[str, "date | None", "date | None", bool], ...],
    tuple[tuple[str, "date | None"], ...],
]


def _facts_from(rows: _Rows) -> MemberFacts:
    birth, card_row, pin_rows, period_rows, paper_rows = rows
    card: CardFacts | None = None
    pins: dict[PinKind, int] = {}
    smartphone = False
    if card_row is not None:
        card, smartphone = _card_facts(card_row)
        if card is not None and pin_rows:
            pins = {_member_of(PinKind, kind): count for kind, count in pin_rows}
    qc_until_notice: tuple[date | None, bool] = (None, False)
    for kind, valid_until in paper_rows:
        qc_until_notice = _with_document(qc_until_notice, kind, valid_until)
    # The coverage kinds through their value map (``_member_of`` inlined: one or two periods
    # per member, thousands of members).
    kinds = _COVERAGE_KINDS
    coverage = tuple([
        new_coverage_period(kinds.get(kind) or _member_of(CoverageKind, kind), since, until,
                            confirmed)
        for kind, since, until, confirmed in period_rows
    ])
    # The new_* builders: the constructors' answer at under half their cost (member_facts).
    return new_member_facts(
        birth, card, pins, coverage,
        (_NO_DOCUMENTS if qc_until_notice == (None, False) and not smartphone
         else DocumentFacts(*qc_until_notice, smartphone)),
    )


_COVERAGE_KINDS: dict[str, CoverageKind] = CoverageKind._value2member_map_  # type: ignore[assignment]


# Most members hold no 資格確認書 or お知らせ: one immutable value for all of them.
_NO_DOCUMENTS = DocumentFacts()


_QC = DocumentKind.QUALIFICATION_CERTIFICATE.value
_NOTICE = DocumentKind.QUALIFICATION_NOTICE.value


def _with_document(
    found: tuple[date | None, bool] | None, kind: str, valid_until: date | None
) -> tuple[date | None, bool]:
    """(latest 資格確認書 valid-until, お知らせ held) with one more held document, as
    ``build_member_facts`` reads them."""
    qc_until, notice = found if found is not None else (None, False)
    if kind == _QC and valid_until is not None:
        qc_until = valid_until if qc_until is None else max(qc_until, valid_until)
    elif kind == _NOTICE:
        notice = True
    return qc_until, notice


def _card_facts(row: fact_rows.CardTuple) -> tuple[CardFacts | None, bool]:
    """(card facts, smartphone set up) of a current card row, as ``CardRecord.facts`` and
    ``build_member_facts`` make them: an applied-for card is none (and has no PINs)."""
    (_, _card_id, kind, state, issued_on, applied_on, printed_expires_on, cert_issued_on,
     renewed_early, notified_cert_expires_on, registered, smartphone) = row
    record_kind = _member_of(CardRecordKind, kind)
    card_state = _member_of(CardState, state)
    if record_kind is _APPLIED or issued_on is None:
        return None, False
    facts = new_card_facts(
        _member_of(CardKind, kind), issued_on, applied_on, printed_expires_on, cert_issued_on,
        renewed_early, notified_cert_expires_on, card_state, registered,
    )
    return facts, smartphone


_APPLIED = CardRecordKind.APPLIED  # a module constant: an enum member costs ~75 ns to read
