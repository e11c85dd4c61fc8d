from __future__ import annotations

from datetime import date

from familycare.domain.card_record import CoverageDraft, DocumentDraft, DocumentKind, FacilityDraft
from familycare.domain.member_facts import CardKind, CoverageKind, PinKind
from familycare.domain.visit_plan import Auth, PlanWarning, Route
from tests.services.records_helpers import add_member, standard_card


def test_facts_combine_card_pins_coverage_and_documents(household):
    m = add_member(household, "太郎", date(1946, 5, 9))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1), smartphone_set_up=True))
    household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
    household.coverage.add_period(
        m.id, CoverageDraft(CoverageKind.LATE_ELDERLY, date(2021, 5, 9), None, "広域連合")
    )
    household.documents.add_document(m.id, DocumentDraft(
        DocumentKind.QUALIFICATION_CERTIFICATE, issued_on=date(2025, 8, 1),
        valid_until=date(2026, 7, 31)))
    household.documents.add_document(m.id, DocumentDraft(
        DocumentKind.QUALIFICATION_CERTIFICATE, issued_on=date(2026, 8, 1),
        valid_until=date(2027, 7, 31)))
    facts = household.facts.facts_for(m.id)
    assert facts.card.kind is CardKind.STANDARD
    assert facts.pins == {PinKind.USER_CERT: 1}
    assert [p.kind for p in facts.coverage] == [CoverageKind.LATE_ELDERLY]
    assert facts.documents.qualification_certificate_until == date(2027, 7, 31)
    assert facts.documents.smartphone_card is True
    assert household.facts.facts_for_all() == {m.id: facts}


def test_plan_for_without_facility_plans_the_worse_case(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    plan = household.facts.plan_for(m.id, date(2026, 11, 27))
    assert PlanWarning.FACILITY_UNKNOWN in plan.warnings
    assert plan.route is Route.CARD_WITH_NOTICE


def test_plan_for_with_a_facility_uses_its_readers(household):
    m = add_member(household, "健", date(1976, 10, 16))
    household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
    clinic = household.facilities.add_facility(FacilityDraft("みどり", online_check=True,
                                                             face_reader=True,
                                                             smartphone_reader=False))
    plan = household.facts.plan_for(m.id, date(2026, 11, 27), clinic.id)
    assert (plan.route, plan.auth) == (Route.MYNACARD, Auth.FACE)
    assert PlanWarning.FACILITY_UNKNOWN not in plan.warnings


def test_facts_for_all_reads_each_table_once(household):
    from sqlalchemy import event

    for i in range(30):
        m = add_member(household, f"M{i}", date(1950 + i, 1, 1))
        household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
        household.coverage.add_period(m.id, CoverageDraft(CoverageKind.NATIONAL, date(2020, 1, 1)))
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # noqa: ANN001 - SQLAlchemy hook signature
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(household.db.engine, "before_cursor_execute", count)
    try:
        facts = household.facts.facts_for_all()
    finally:
        event.remove(household.db.engine, "before_cursor_execute", count)
    assert len(facts) == 30
    assert len(statements) <= 5
    plans = household.facts.plans_for_all(date(2026, 11, 27))
    assert len(plans) == 30
