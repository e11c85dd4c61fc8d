"""The README's recipe for care offices, run for real on the test session's cluster: each
office is a role that owns its households' databases, CONNECT is revoked from PUBLIC, so one
office cannot even connect to another's household, and the app migrates and runs as the
(non-superuser) owner; a staff login that is a member of the office role works the same way.
The SQL below is the README's, with random names."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.services.connection_check import check_connection
from familycare.storage.errors import ConnectionFailed
from tests.pg_household import server_url


@pytest.fixture
def two_offices() -> Iterator[dict[str, str]]:
    """URLs keyed "a", "b" (each office on its own database), "b_on_a" (office B's login
    on A's database) and "staff_a" (a staff member of office A on A's database)."""
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    tag = uuid.uuid4().hex[:8]
    office = {k: f"office_{k}_{tag}" for k in ("a", "b")}
    database = {k: f"fc_household_{k}_{tag}" for k in ("a", "b")}
    staff = f"staff_a_{tag}"
    password = uuid.uuid4().hex
    recipe = []
    for k in ("a", "b"):
        recipe += [
            f"CREATE ROLE {office[k]} LOGIN PASSWORD '{password}'",
            f"CREATE DATABASE {database[k]} OWNER {office[k]}",
            f"REVOKE CONNECT, TEMPORARY ON DATABASE {database[k]} FROM PUBLIC",
        ]
    recipe += [
        f"CREATE ROLE {staff} LOGIN PASSWORD '{password}' IN ROLE {office['a']}",
        f"ALTER ROLE {staff} SET role = '{office['a']}'",
    ]
    base = make_url(server_url()).set(password=password)

    def url(user: str, db: str) -> str:
        return base.set(username=user, database=db).render_as_string(hide_password=False)

    try:
        with admin.connect() as conn:
            for statement in recipe:
                conn.execute(text(statement))
        yield {"a": url(office["a"], database["a"]), "b": url(office["b"], database["b"]),
               "b_on_a": url(office["b"], database["a"]),
               "staff_a": url(staff, database["a"])}
    finally:
        with admin.connect() as conn:
            for k in ("a", "b"):
                conn.execute(text(f"DROP DATABASE IF EXISTS {database[k]} WITH (FORCE)"))
            for role in (staff, office["a"], office["b"]):
                conn.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def open_as(url: str, folder: Path):
    return open_household(resolve_paths(data_dir=folder, db_url=url, environ={}))


def test_an_office_cannot_open_another_offices_household(two_offices, tmp_path) -> None:
    # Office A's own login migrates its empty database and records a member.
    home_a = open_as(two_offices["a"], tmp_path / "a")
    try:
        home_a.members.add_member(MemberDraft("山田 花子", date(1948, 3, 14),
                                              Relationship.PARENT))
    finally:
        home_a.close()
    with create_engine(two_offices["a"]).connect() as conn:
        assert conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
                            ).scalar() is False

    # Office B cannot connect to A's database at all …
    report = check_connection(two_offices["b_on_a"], None)
    assert report.problem == "access_denied", report
    with pytest.raises(ConnectionFailed) as caught:
        open_as(two_offices["b_on_a"], tmp_path / "b-on-a")
    assert caught.value.problem == "access_denied"
    # … while its own household works.
    home_b = open_as(two_offices["b"], tmp_path / "b")
    try:
        assert home_b.members.list_members() == []
    finally:
        home_b.close()

    # A staff login of office A (member of the role, sessions run as it) sees A's family.
    staff = open_as(two_offices["staff_a"], tmp_path / "staff")
    try:
        assert [m.display_name for m in staff.members.list_members()] == ["山田 花子"]
        staff.members.add_member(MemberDraft("山田 太郎", date(1944, 2, 29),
                                             Relationship.PARENT))
    finally:
        staff.close()
