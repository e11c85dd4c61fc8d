"""Run household tests on both engines: SQLite (always) and PostgreSQL (when the test
session started a server, FAMILYCARE_TEST_PG_URL).

``tests/storage/conftest.py`` and ``tests/services/conftest.py`` import these fixtures, which
override the root ``app_paths``: every test that opens the ``household`` (or its own
household from ``app_paths``) runs once per engine, the PostgreSQL variant in a database of
its own (CREATE DATABASE familycare_t_<random>, dropped afterwards).

Tests that are about the SQLite file itself (WAL, permissions, crash loops, full disks,
backups, migration fixtures) stay SQLite-only: their module is listed in
``SQLITE_ONLY_MODULES`` or the test carries ``@pytest.mark.sqlite_only``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_URL_VARIABLE = "FAMILYCARE_TEST_PG_URL"
REQUIRE_PG_VARIABLE = "FAMILYCARE_TEST_REQUIRE_PG"
ENGINES = ("sqlite", "postgresql")

# Modules whose every test is about the SQLite file, not about the data.
SQLITE_ONLY_MODULES = frozenset({
    "test_crash_safety",
    "test_disk_full",
    "test_migrations",
    "test_auto_backup",
    "test_backup",
    "test_instance_lock",
    "test_notes_keyring",
})


def register_marker(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: about the SQLite file itself; never run on PostgreSQL"
    )


def drop_postgresql_variants(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the PostgreSQL variant of SQLite-only tests (instead of a skip per test)."""
    keep, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        engine = callspec.params.get("db_engine") if callspec is not None else None
        module = Path(str(item.fspath)).stem
        sqlite_only = module in SQLITE_ONLY_MODULES or item.get_closest_marker("sqlite_only")
        (dropped if engine == "postgresql" and sqlite_only else keep).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def server_url() -> str:
    """The test server's URL, or skip (fail when the session promised a server)."""
    url = os.environ.get(PG_URL_VARIABLE)
    if url:
        return url
    reason = (f"no test PostgreSQL server: {PG_URL_VARIABLE} is unset "
              "(run inside tests/env/session.sh)")
    if os.environ.get(REQUIRE_PG_VARIABLE) == "1":
        pytest.fail(f"{REQUIRE_PG_VARIABLE}=1 but {reason}")
    pytest.skip(reason)


class ScratchDatabases:
    """Creates and drops databases named familycare_t_<random> on the test server."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self._url = make_url(url)
        self._admin = create_engine(self._url, isolation_level="AUTOCOMMIT")
        self._names: list[str] = []

    def create(self) -> str:
        from sqlalchemy import text

        name = f"familycare_t_{uuid.uuid4().hex[:12]}"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        self._names.append(name)
        return self._url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        from sqlalchemy import text

        with self._admin.connect() as conn:
            for name in self._names:
                # WITH (FORCE): a connection a failed test leaked must not keep the database.
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()


@pytest.fixture
def pg_databases() -> Iterator[ScratchDatabases]:
    scratch = ScratchDatabases(server_url())
    try:
        yield scratch
    finally:
        scratch.drop_all()


@pytest.fixture(params=ENGINES)
def db_engine(request: pytest.FixtureRequest) -> str:
    """Which engine this variant of the test runs on."""
    return str(request.param)


@pytest.fixture
def app_paths(db_engine: str, data_dir: Path, request: pytest.FixtureRequest):
    from familycare.paths import resolve_paths

    if db_engine == "sqlite":
        return resolve_paths(data_dir=data_dir, environ={})
    scratch: ScratchDatabases = request.getfixturevalue("pg_databases")
    return resolve_paths(data_dir=data_dir, db_url=scratch.create(), environ={})
