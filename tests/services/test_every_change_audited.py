"""Every committed change writes an audit event in the same transaction. Other PCs on a
shared household notice changes by polling the newest audit event id (ui/change_watcher),
so a write without its audit event would never reach their screens."""

from __future__ import annotations

import re

from sqlalchemy import event

from familycare.services.demo import build_demo_family

WRITE = re.compile(r"^\s*(INSERT INTO|UPDATE|DELETE FROM)\s+\"?(\w+)", re.IGNORECASE)


def test_building_the_demo_family_audits_every_transaction(household) -> None:
    pending: dict[int, list[str]] = {}
    unaudited: list[list[str]] = []
    audited: list[list[str]] = []

    def statement(conn, _cursor, sql, *_args) -> None:  # noqa: ANN001 - SQLAlchemy hook
        match = WRITE.match(sql)
        if match:
            pending.setdefault(id(conn), []).append(match.group(2).lower())

    def commit(conn) -> None:  # noqa: ANN001
        tables = pending.pop(id(conn), [])
        if tables:
            (audited if "audit_events" in tables else unaudited).append(tables)

    engine = household.db.engine
    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    event.listen(engine, "rollback", lambda conn: pending.pop(id(conn), None))
    try:
        build_demo_family(household)
    finally:
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "commit", commit)
    assert len(audited) > 20  # the hooks saw the demo's many saves
    assert unaudited == []
