"""Plain column tuples for reading a whole household at once (dashboard, to-do, planner).

The repositories build an ORM entity per row and then a domain record from it; for 2,000
members across five tables that costs more than the derivation itself. These readers select
only the columns the facts need, as Core rows (tuples, through the connection: no ORM
loading), one statement per table however many members there are. Values are plain Python
(dates, ints, strings); the services turn them into domain facts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection, and_, case, func, select

from familycare.domain.member import Member, Relationship
from familycare.storage.tables import (
    cards,
    coverages,
    documents,
    facilities,
    members,
    pin_counters,
    visits,
)

if TYPE_CHECKING:
    from familycare.storage.database import Executor

# (id, display_name, kana, birth_date, relationship, colour, memo, version)
MemberTuple = tuple[int, str, str, date, str, str, str, int]
# (member_id, id, kind, state, issued_on, applied_on, printed_expires_on, cert_issued_on,
#  cert_renewed_before_expiry, notified_cert_expires_on, insurance_registered,
#  smartphone_set_up)
CardTuple = tuple[int, int, str, str, date | None, date | None, date | None, date | None,
                  bool, date | None, bool, bool]
# (card_id, pin_kind, failures)
PinTuple = tuple[int, str, int]
# (member_id, kind, since, until, confirmed): per member, oldest first (undated first)
CoverageTuple = tuple[int, str, date | None, date | None, bool]
# (member_id, kind, valid_until, held)
DocumentTuple = tuple[int, str, date | None, bool]


def member_tuples(session: Executor) -> list[MemberTuple]:
    """Every member, by id, as plain tuples (cheap to compare with an earlier read)."""
    m = members.c
    query = select(m.id, m.display_name, m.kana, m.birth_date, m.relationship, m.colour,
                   m.memo, m.version).order_by(m.id)
    return [tuple(row) for row in _connection(session).execute(query)]  # type: ignore[misc]


def birth_tuples(session: Executor) -> list[tuple[int, date]]:
    """(id, birth date) of every member, by id."""
    query = select(members.c.id, members.c.birth_date).order_by(members.c.id)
    return list(_connection(session).execute(query))  # type: ignore[arg-type]


def born_between(session: Executor, first: date, last: date) -> list[tuple[int, date]]:
    """(id, birth date) of the members born from ``first`` to ``last`` inclusive, by id."""
    m = members.c
    query = select(m.id, m.birth_date).where(m.birth_date >= first, m.birth_date <= last)
    return list(_connection(session).execute(query.order_by(m.id)))  # type: ignore[arg-type]


def member_list(session: Executor) -> list[Member]:
    """Every member, by id, as ``MemberRepository.list_all`` gives them (without entities)."""
    return [member_from(row) for row in member_tuples(session)]


def member_from(row: MemberTuple) -> Member:
    """The ``Member`` of a ``member_tuples`` row."""
    member_id, name, kana, birth, rel, colour, memo, version = row
    relationship = Relationship._value2member_map_.get(rel) or Relationship(rel)
    return Member(member_id, name, kana, birth, relationship,  # type: ignore[arg-type]
                  colour, memo, version)


def current_card_tuples(session: Executor) -> list[CardTuple]:
    """Every member's current card (at most one per member)."""
    c = cards.c
    query = select(c.member_id, c.id, c.kind, c.state, c.issued_on, c.applied_on,
                   c.printed_expires_on, c.cert_issued_on, c.cert_renewed_before_expiry,
                   c.notified_cert_expires_on, c.insurance_registered,
                   c.smartphone_set_up).where(c.is_current.is_(True))
    return list(_connection(session).execute(query))  # type: ignore[arg-type]


def pin_tuples(session: Executor) -> Iterable[PinTuple]:
    p = pin_counters.c
    query = select(p.card_id, p.pin_kind, p.failures)
    return _connection(session).execute(query)  # type: ignore[return-value]


def coverage_tuples(session: Executor) -> Iterable[CoverageTuple]:
    """Every coverage period, per member in the repository's order (undated first, then by
    start, then as entered)."""
    v = coverages.c
    query = select(v.member_id, v.kind, v.since, v.until, v.confirmed).order_by(
        v.member_id, v.since.is_not(None), v.since, v.id
    )
    return _connection(session).execute(query)  # type: ignore[return-value]


def document_tuples(session: Executor) -> Iterable[DocumentTuple]:
    d = documents.c
    query = select(d.member_id, d.kind, d.valid_until, d.held).order_by(d.id)
    return _connection(session).execute(query)  # type: ignore[return-value]


# (holder_member_id, member_id, kind, since, until, confirmed, birth_date, display_name):
# per holder, oldest first
DependentTuple = tuple[int, int, str, date | None, date | None, bool, date, str]
# (id, member_id, visit_on, facility name or None, route of the stored plan or "",
#  plan_fingerprint, printed_fingerprint)
VisitTuple = tuple[int, int, date, str | None, str, str, str]


def dependent_tuples(session: Executor, holder_ids: Iterable[int]) -> list[DependentTuple]:
    """Coverage periods recorded as dependents on the insurance of ``holder_ids``, with the
    dependent's birth date and name, in one statement (ordered like
    ``CoverageRepository.dependents_of``)."""
    ids = sorted(set(holder_ids))
    if not ids:
        return []
    v, m = coverages.c, members.c
    query = (
        select(v.holder_member_id, v.member_id, v.kind, v.since, v.until, v.confirmed,
               m.birth_date, m.display_name)
        .join(members, m.id == v.member_id)
        .where(v.is_dependent.is_(True), v.holder_member_id.in_(ids))
        .order_by(v.holder_member_id, v.since.is_not(None), v.since, v.id)
    )
    return list(_connection(session).execute(query))  # type: ignore[arg-type]


def visit_tuples(
    session: Executor, first: date, last: date, route_in_sql: bool | None = None
) -> list[VisitTuple]:
    """Visits from ``first`` to ``last`` inclusive with their facility's name and the route of
    their stored plan ("" when not planned), by day and then in the order saved (like
    ``VisitRepository.between``).

    On SQLite the database reads the route out of each stored plan (about 2 KB of JSON):
    parsing hundreds of them in Python cost more than the rest of the to-do refresh. Other
    engines (and ``route_in_sql=False``) parse in Python, with the same answers."""
    v, f = visits.c, facilities.c
    if route_in_sql is None:
        route_in_sql = _json_in_sql(session)
    route = _SQL_ROUTE if route_in_sql else v.plan_json
    query = (
        select(v.id, v.member_id, v.visit_on, f.name, route, v.plan_fingerprint,
               v.printed_fingerprint)
        .outerjoin(facilities, f.id == v.facility_id)
        .where(v.visit_on >= first, v.visit_on <= last)
        .order_by(v.visit_on, v.id)
    )
    rows = _connection(session).execute(query)
    if route_in_sql:
        return list(rows)  # type: ignore[arg-type]
    return [(visit_id, member_id, visit_on, facility, plan_route(plan_json), fingerprint,
             printed)
            for visit_id, member_id, visit_on, facility, plan_json, fingerprint, printed in rows]


def plan_route(plan_json: str) -> str:
    """The route code of a stored visit plan (``{"plan": {"route": ...}, ...}``); "" when the
    visit was not planned or the text is not such a plan."""
    if not plan_json:
        return ""
    try:
        plan = json.loads(plan_json).get("plan", {})
    except (ValueError, AttributeError):
        return ""
    route = plan.get("route") if isinstance(plan, dict) else None
    return route if isinstance(route, str) else ""


# ``plan_route`` in SQLite's JSON functions: json_valid first (json_extract raises on text
# that is not JSON), and only a text route counts.
_SQL_ROUTE = case(
    (
        and_(
            func.json_valid(visits.c.plan_json) == 1,
            func.json_type(visits.c.plan_json, "$.plan.route") == "text",
        ),
        func.json_extract(visits.c.plan_json, "$.plan.route"),
    ),
    else_="",
)
# The JSON functions are in every SQLite build from 3.38 (a build option before).
_SQLITE_JSON_FROM = (3, 38)


def _connection(session: Executor) -> Connection:
    """The Core connection of a unit of work's session (reading through it skips the ORM's
    result handling), or the reading connection itself."""
    return session if isinstance(session, Connection) else session.connection()


def _json_in_sql(session: Executor) -> bool:
    dialect = _connection(session).dialect
    version = dialect.server_version_info or ()
    return dialect.name == "sqlite" and tuple(version) >= _SQLITE_JSON_FROM


def visit_days(session: Executor, first: date, last: date) -> list[tuple[int, date, str | None]]:
    """(member id, day, facility name) of the visits from ``first`` to ``last`` inclusive, by
    day: the timeline's marks, without the stored plans ``visit_tuples`` also reads."""
    v, f = visits.c, facilities.c
    query = (
        select(v.member_id, v.visit_on, f.name)
        .outerjoin(facilities, f.id == v.facility_id)
        .where(v.visit_on >= first, v.visit_on <= last)
        .order_by(v.visit_on, v.id)
    )
    return _connection(session).execute(query).all()  # type: ignore[return-value]
