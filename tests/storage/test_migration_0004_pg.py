"""The roles migration (0004) on PostgreSQL: a household at 0003 with a to-do state keeps it
and can hold roles and assignees afterwards (SQLite: test_migrations.py)."""

from __future__ import annotations

from sqlalchemy import text

from familycare.domain.role import RoleKind
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.storage.engine import make_engine
from familycare.storage.migrator import run_alembic_upgrade


def test_a_0003_postgresql_household_upgrades_with_its_data(pg_databases, tmp_path,
                                                            clock) -> None:
    url = pg_databases.create()
    engine = make_engine(url)
    run_alembic_upgrade(engine, "0003")
    with engine.begin() as conn:
        for name, birth in (("山田 花子", "1948-03-14"), ("山田 健", "1976-10-16")):
            conn.execute(text(
                "INSERT INTO members (display_name, kana, birth_date, relationship, colour, memo,"
                " version, created_at, updated_at) VALUES (:n, '', :b, 'parent', '#E69F00', '',"
                " 1, now(), now())"), {"n": name, "b": birth})
        conn.execute(text(
            "INSERT INTO todo_states (todo_key, snoozed_until, version, created_at, updated_at)"
            " VALUES ('renewal_opens:1:user_cert', '2026-12-24', 1, now(), now())"))
    engine.dispose()

    household = open_household(resolve_paths(data_dir=tmp_path, db_url=url, environ={}), clock)
    try:
        assert household.migration is not None and household.migration.upgraded
        hanako, ken = household.members.list_members()
        state = household.todo.states()["renewal_opens:1:user_cert"]
        assert state.assignee_id is None and state.snoozed_until.isoformat() == "2026-12-24"
        household.roles.set_role(hanako.id, RoleKind.CONTACT_WHEN_STUCK, ken.id)
        household.todo.assign("renewal_opens:1:user_cert", ken.id)
        household.members.delete_member(ken.id)  # the new foreign keys act on PostgreSQL too
        assert household.roles.all_roles() == {}
        assert household.todo.states()["renewal_opens:1:user_cert"].assignee_id is None
    finally:
        household.close()
