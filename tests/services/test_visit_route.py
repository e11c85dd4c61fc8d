"""The route of each stored visit plan, as the to-do and the Home tab read it for the next
weeks: SQLite reads it in SQL, other engines in Python, with the same answer for planned
visits, unplanned ones and stored text that is not a plan (never an error)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import insert

from familycare.services.todo_extras import stored_visits
from familycare.storage import fact_rows
from familycare.storage.rows import VisitRow
from tests.services.records_helpers import TODAY
from tests.services.visits_helpers import small_family, visit_service

# Stored texts that are not a plan with a text route: each reads as no route.
NOT_PLANS = (
    "",
    "not json {",
    "[1, 2]",
    '"just text"',
    '{"plan": []}',
    '{"plan": {"route": 7}}',
    '{"plan": {"route": {"code": "mynacard"}}}',
    '{"card": {"route": "mynacard"}}',
)


def test_every_engine_reads_the_routes_of_stored_plans_alike(household):
    family = small_family(household)
    visits = visit_service(household)
    planned = [
        visits.plan_visit(family.mother.id, TODAY + timedelta(days=1), family.clinic.id),
        visits.plan_visit(family.father.id, TODAY + timedelta(days=2), family.pharmacy.id),
    ]
    with household.db.unit_of_work() as session:
        session.execute(insert(VisitRow), [
            {"member_id": family.father.id, "visit_on": TODAY + timedelta(days=3),
             "plan_json": text}
            for text in NOT_PLANS
        ])
    last = TODAY + timedelta(days=14)
    with household.db.unit_of_work() as session:
        chosen = fact_rows.visit_tuples(session, TODAY, last)
        in_python = fact_rows.visit_tuples(session, TODAY, last, route_in_sql=False)
        in_sql = (fact_rows.visit_tuples(session, TODAY, last, route_in_sql=True)
                  if session.get_bind().dialect.name == "sqlite" else in_python)
    assert [list(row) for row in chosen] == [list(row) for row in in_python]
    assert [list(row) for row in in_sql] == [list(row) for row in in_python]
    routes = [row[4] for row in chosen]
    assert routes == [p.plan.route.value for p in planned] + [""] * len(NOT_PLANS)

    digests = stored_visits(household.db, TODAY, 14)
    assert [d.route for d in digests[family.mother.id]] == [planned[0].plan.route.value]
    assert digests[family.father.id][0].route == planned[1].plan.route.value


def test_a_visit_outside_the_window_is_not_read(household):
    family = small_family(household)
    visit_service(household).plan_visit(family.mother.id, date(2026, 12, 20), family.clinic.id)
    assert stored_visits(household.db, TODAY, 14) == {}
    assert len(stored_visits(household.db, TODAY, 60)[family.mother.id]) == 1
