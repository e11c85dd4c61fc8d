"""`familycare migrate-data`: a household moves SQLite → PostgreSQL → SQLite unchanged, and
every user mistake is one clear line with nothing written."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from familycare.cli.main import main
from familycare.household import Household
from familycare.paths import sqlite_url
from familycare.storage.dump import dump_household
from tests.fixtures_keyring import MemorySecretStore
from tests.pg_household import pg_databases  # noqa: F401 (fixture)
from tests.services.notes_helpers import add_member, open_with_store


@pytest.fixture
def demo_home(tmp_path: Path) -> Iterator[Household]:
    from familycare.services.demo import build_demo_family

    home = open_with_store(tmp_path / "source", MemorySecretStore())
    build_demo_family(home)
    try:
        yield home
    finally:
        home.close()


def migrate(capsys: pytest.CaptureFixture[str], source: str, target: str) -> tuple[int, str, str]:
    status = main(["migrate-data", "--from", source, "--to", target])
    out, err = capsys.readouterr()
    return status, out, err


def dump_of(url: str) -> dict:
    engine = create_engine(url)
    try:
        return dump_household(engine)
    finally:
        engine.dispose()


def test_demo_family_goes_to_postgresql_and_back_unchanged(
    demo_home, pg_databases, tmp_path, capsys  # noqa: F811
) -> None:
    source_url = demo_home.paths.db_url
    before = dump_household(demo_home.db.engine)
    server = pg_databases.create()
    status, out, err = migrate(capsys, source_url, server)
    assert (status, err) == (0, "")
    assert "row counts verified" in out
    assert "***" in out and server.split("@")[0].split(":")[-1] not in out  # no password
    assert dump_of(server) == before

    final_url = sqlite_url(tmp_path / "back" / "familycare.sqlite3")
    status, out, err = migrate(capsys, server, final_url)
    assert (status, err) == (0, "")
    after = dump_of(final_url)
    assert after == before  # every table, every row, ids and timestamps included
    assert sum(len(t["rows"]) for t in after["tables"].values()) > 20


def test_the_copied_household_opens_and_accepts_new_rows(
    demo_home, pg_databases, tmp_path, capsys  # noqa: F811
) -> None:
    from familycare.paths import resolve_paths

    server = pg_databases.create()
    assert migrate(capsys, demo_home.paths.db_url, server)[0] == 0
    names = sorted(m.display_name for m in demo_home.members.list_members())
    from familycare.household import open_household

    on_server = open_household(resolve_paths(data_dir=tmp_path / "pc2", db_url=server,
                                             environ={}), demo_home.clock, MemorySecretStore())
    try:
        assert sorted(m.display_name for m in on_server.members.list_members()) == names
        added = add_member(on_server, "山田 新")  # the id sequence moved past the copied ids
        assert added.id > max(m.id for m in demo_home.members.list_members())
    finally:
        on_server.close()


def test_a_target_holding_data_is_refused_and_left_alone(demo_home, tmp_path, capsys) -> None:
    other = open_with_store(tmp_path / "other", MemorySecretStore())
    add_member(other, "佐藤 花子")
    target_url = other.paths.db_url
    before = dump_household(other.db.engine)
    other.close()
    status, _out, err = migrate(capsys, demo_home.paths.db_url, target_url)
    assert status == 2
    assert err.count("\n") == 1 and "already holds data" in err
    assert dump_of(target_url) == before


def test_user_mistakes_are_one_line(demo_home, tmp_path, capsys) -> None:
    source = demo_home.paths.db_url
    cases = [
        (source, "nonsense", 2, "--to: not a database URL"),
        (source, "mysqlx://u@h/d", 2, "--to: not a database URL"),
        (sqlite_url(tmp_path / "missing.sqlite3"), sqlite_url(tmp_path / "t1.sqlite3"), 2,
         "does not exist"),
        (source, source, 2, "same database"),
        (source, "postgresql+psycopg://u:sekrit@127.0.0.1:1/familycare", 1, "cannot open"),
    ]
    for source_url, target_url, expected, fragment in cases:
        status, _out, err = migrate(capsys, source_url, target_url)
        assert status == expected, (target_url, err)
        assert err.count("\n") == 1 and fragment in err, err
        assert "sekrit" not in err
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_source_from_a_newer_app_is_refused(tmp_path, capsys) -> None:
    newer = open_with_store(tmp_path / "newer", MemorySecretStore())
    source_file = newer.paths.sqlite_file
    newer.close()
    with sqlite3.connect(source_file) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    target = tmp_path / "t" / "familycare.sqlite3"
    status, _out, err = migrate(capsys, sqlite_url(source_file), sqlite_url(target))
    assert status == 1
    assert err.count("\n") == 1 and "newer familycare" in err


def test_an_unreadable_source_leaves_no_target_file(tmp_path, capsys) -> None:
    target = tmp_path / "new.sqlite3"
    status, _out, err = migrate(capsys, "postgresql+psycopg://u:sekrit@127.0.0.1:1/x",
                                sqlite_url(target))
    assert status == 1 and "cannot open postgresql+psycopg://u:***@127.0.0.1:1/x" in err
    assert not target.exists()
