"""Migrations: fresh databases reach head; older ones upgrade with their data and a backup;
newer or foreign databases are refused untouched."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.storage.engine import make_engine
from familycare.storage.errors import DatabaseCorrupt, ForeignDatabase, SchemaTooNew
from familycare.storage.migrator import (
    MIGRATIONS_DIR,
    SchemaState,
    run_alembic_upgrade,
    stored_revision,
)
from familycare.storage.schema_version import HEAD, REVISIONS

FIXTURES = Path(__file__).parent / "data"


def test_schema_version_list_matches_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS_DIR))
    chain = [rev.revision for rev in script.walk_revisions()]
    assert list(reversed(chain)) == list(REVISIONS)
    assert script.get_current_head() == HEAD


def test_fresh_database_is_created_owner_only_in_wal_mode(household) -> None:
    db_file = household.paths.sqlite_file
    assert db_file is not None and db_file.exists()
    assert db_file.stat().st_mode & 0o777 == 0o600
    with household.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert stored_revision(household.db.engine) == (SchemaState.CURRENT, HEAD)


@pytest.mark.parametrize("revision", ["0001", "0002", "0003"])
def test_older_database_upgrades_with_data_and_backup(tmp_path, clock, revision) -> None:
    source = FIXTURES / f"schema_{revision}.sqlite3"
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    target = data_dir / "familycare.sqlite3"
    target.write_bytes(source.read_bytes())
    paths = resolve_paths(data_dir=data_dir, environ={})

    household = open_household(paths, clock)
    try:
        names = [m.display_name for m in household.members.list_members()]
        assert names == ["山田 花子", "山田 太郎"]
        assert household.members.list_members()[0].birth_date == date(1948, 3, 14)
        if HEAD != revision:
            assert household.migration is not None and household.migration.upgraded
            backup = household.migration.backup_file
            assert backup is not None and backup.exists()
            con = sqlite3.connect(backup)
            try:
                assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (
                    revision,
                )
                assert con.execute("SELECT count(*) FROM members").fetchone() == (2,)
            finally:
                con.close()
    finally:
        household.close()


def test_0003_database_keeps_its_to_do_states_and_gains_roles(tmp_path, clock) -> None:
    """0004 rebuilds todo_states on SQLite (a new column with a foreign key): the snoozed
    item survives, unassigned, and roles can be given at once."""
    from familycare.domain.role import RoleKind

    data_dir = tmp_path / "old"
    data_dir.mkdir()
    (data_dir / "familycare.sqlite3").write_bytes((FIXTURES / "schema_0003.sqlite3").read_bytes())
    household = open_household(resolve_paths(data_dir=data_dir, environ={}), clock)
    try:
        states = household.todo.states()
        assert list(states) == ["renewal_opens:2:user_cert"]
        state = states["renewal_opens:2:user_cert"]
        assert state.snoozed_until == date(2026, 12, 24) and state.assignee_id is None
        hanako, taro = household.members.list_members()
        change = household.roles.set_role(hanako.id, RoleKind.CONTACT_WHEN_STUCK, taro.id)
        assert change.after is not None and change.after.holder_name == "山田 太郎"
        household.todo.assign("renewal_opens:2:user_cert", hanako.id)
        assert household.todo.states()["renewal_opens:2:user_cert"].assignee_id == hanako.id
        with household.db.engine.connect() as conn:  # the unique key survived the rebuild
            indexes = conn.execute(text("PRAGMA index_list(todo_states)")).all()
        assert any(row[2] == 1 for row in indexes)
    finally:
        household.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path, clock) -> None:
    paths = resolve_paths(data_dir=tmp_path, environ={})
    engine = make_engine(paths.db_url)
    run_alembic_upgrade(engine, HEAD)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    before = paths.sqlite_file.read_bytes()
    with pytest.raises(SchemaTooNew):
        open_household(paths, clock)
    assert paths.sqlite_file.read_bytes() == before


def test_foreign_database_is_refused(tmp_path, clock) -> None:
    db_file = tmp_path / "familycare.sqlite3"
    con = sqlite3.connect(db_file)
    con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    con.commit()
    con.close()
    with pytest.raises(ForeignDatabase):
        open_household(resolve_paths(data_dir=tmp_path, environ={}), clock)


def test_garbage_file_is_refused_and_not_overwritten(tmp_path, clock) -> None:
    db_file = tmp_path / "familycare.sqlite3"
    garbage = b"this is not a database at all\n" * 200
    db_file.write_bytes(garbage)
    with pytest.raises(DatabaseCorrupt):
        open_household(resolve_paths(data_dir=tmp_path, environ={}), clock)
    assert db_file.read_bytes() == garbage
