"""The connection test names each problem a person can hit with a shared household, each
provoked for real against the test session's PostgreSQL server: a closed port, a wrong or
missing password, a missing database, a household saved by a newer app, a database that is
not a household. The password comes from the keyring (service familycare-db) and a locked
keyring is said plainly, never worked around."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.secrets.store import SecretsReason
from familycare.services.connection_check import check_connection
from familycare.services.db_password import (
    DatabasePasswords,
    password_for,
    password_key,
    without_password,
)
from familycare.storage.connection_problems import classify_connection_error
from familycare.storage.errors import ConnectionFailed, SchemaTooNew
from tests.fixtures_keyring import (  # noqa: F401 - fixtures
    MemorySecretStore,
    isolated_keyring_ready,
    keyring_store,
    keyring_store_factory,
)
from tests.services.notes_helpers import add_member


def closed_port() -> int:
    with socket.socket() as probe:  # the kernel's free port, closed again before the test
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def parts(url: str) -> tuple[str, str]:
    """The URL without its password, and the password."""
    parsed = make_url(url)
    return without_password(url), str(parsed.password)


def test_a_fresh_database_is_usable_and_empty(pg_databases) -> None:
    report = check_connection(pg_databases.create(), None)
    assert (report.problem, report.schema, report.members) == (None, "empty", None)
    assert report.encrypted is False  # the test server has no TLS


def test_a_household_is_found_with_its_members(pg_databases, tmp_path) -> None:
    url = pg_databases.create()
    home = open_household(resolve_paths(data_dir=tmp_path, db_url=url, environ={}))
    add_member(home)
    home.close()
    report = check_connection(url, None)
    assert (report.ok, report.schema, report.members) == (True, "current", 1)


def test_a_closed_port_is_unreachable(pg_databases) -> None:
    url = make_url(pg_databases.create()).set(port=closed_port())
    report = check_connection(url.render_as_string(hide_password=False), None)
    assert report.problem == "unreachable", report


def test_a_wrong_password_is_bad_credentials(pg_databases) -> None:
    bare, _password = parts(pg_databases.create())
    report = check_connection(bare, "not-the-password")
    assert report.problem == "bad_credentials", report
    assert "not-the-password" not in report.detail


def test_an_unknown_user_is_bad_credentials(pg_databases) -> None:
    url = make_url(pg_databases.create()).set(username="nobody_here")
    report = check_connection(url.render_as_string(hide_password=False), None)
    assert report.problem == "bad_credentials", report


def test_no_password_at_all_is_password_missing(pg_databases) -> None:
    bare, _password = parts(pg_databases.create())
    assert check_connection(bare, None).problem == "password_missing"


def test_a_missing_database_is_named(pg_databases) -> None:
    url = make_url(pg_databases.create()).set(database="familycare_t_never_created")
    report = check_connection(url.render_as_string(hide_password=False), None)
    assert report.problem == "database_missing", report


def test_a_household_from_a_newer_app_is_refused_untouched(pg_databases, tmp_path) -> None:
    url = pg_databases.create()
    open_household(resolve_paths(data_dir=tmp_path, db_url=url, environ={})).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    report = check_connection(url, None)
    assert (report.problem, report.detail) == ("schema_too_new", "9999")
    with pytest.raises(SchemaTooNew):
        open_household(resolve_paths(data_dir=tmp_path, db_url=url, environ={}))
    with engine.connect() as conn:  # not touched
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
    engine.dispose()


def test_a_database_of_something_else_is_not_a_household(pg_databases) -> None:
    url = pg_databases.create()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    assert check_connection(url, None).problem == "not_a_household"


def test_the_password_comes_from_the_keyring(
    pg_databases, keyring_store, tmp_path  # noqa: F811
) -> None:
    bare, password = parts(pg_databases.create())
    passwords = DatabasePasswords(keyring_store)
    assert password_for(bare, passwords) is None  # nothing saved yet
    passwords.save(bare, password)
    parsed = make_url(bare)
    assert keyring_store.list_keys() == [
        f"{parsed.username}@{parsed.host}:{parsed.port}/{parsed.database}"]
    assert password_key(bare) == keyring_store.list_keys()[0]
    assert check_connection(bare, password_for(bare, passwords)).ok
    home = open_household(resolve_paths(data_dir=tmp_path, db_url=bare, environ={}),
                          db_password=password_for(bare, passwords))
    try:
        add_member(home)
        assert password not in home.db.url
    finally:
        home.close()
    # A URL that carries its own password does not consult the keyring.
    assert password_for(make_url(bare).set(password="given").render_as_string(
        hide_password=False), passwords) is None
    passwords.forget(bare)
    assert keyring_store.list_keys() == []


@pytest.mark.parametrize(("reason", "problem"), [
    (SecretsReason.LOCKED, "keyring_locked"),
    (SecretsReason.NO_BACKEND, "keyring_missing"),
    (SecretsReason.PLAINTEXT_BACKEND_REFUSED, "keyring_missing"),
])
def test_a_locked_or_missing_keyring_is_said_plainly(reason, problem) -> None:
    # Fake store: a locked Secret Service needs an unlock prompt this session cannot show
    # (tests/secrets/test_locked_keyring.py covers the real one for notes).
    passwords = DatabasePasswords(MemorySecretStore(unavailable=reason))
    with pytest.raises(ConnectionFailed) as caught:
        password_for("postgresql+psycopg://mari@nas.local/yamada", passwords)
    assert caught.value.problem == problem


def test_sqlite_never_asks_the_keyring(tmp_path) -> None:
    passwords = DatabasePasswords(MemorySecretStore(unavailable=SecretsReason.LOCKED))
    assert password_for(f"sqlite:///{tmp_path}/familycare.sqlite3", passwords) is None


@pytest.mark.parametrize(("message", "problem"), [
    # Real libpq / PostgreSQL 15 texts (captured from the test server).
    ('connection to server at "127.0.0.1", port 1 failed: Connection refused\n\tIs the '
     'server running on that host and accepting TCP/IP connections?', "unreachable"),
    ('connection to server at "db.example", port 5432 failed: timeout expired', "unreachable"),
    ('could not translate host name "nas.invalid" to address: Name or service not known',
     "unreachable"),
    ('connection to server at "127.0.0.1", port 5432 failed: FATAL:  password '
     'authentication failed for user "mari"', "bad_credentials"),
    ('connection to server at "127.0.0.1", port 5432 failed: FATAL:  database "yamada" '
     'does not exist', "database_missing"),
    ('connection to server at "127.0.0.1", port 5432 failed: FATAL:  permission denied for '
     'database "yamada"\nDETAIL:  User does not have CONNECT privilege.', "access_denied"),
    ('connection to server at "127.0.0.1", port 5432 failed: server does not support SSL, '
     'but SSL was required', "tls_unavailable"),
    ('connection to server at "127.0.0.1", port 5432 failed: FATAL:  pg_hba.conf rejects '
     'connection for host "127.0.0.1", user "mari", database "yamada", no encryption',
     "tls_required"),
    ('connection to server at "127.0.0.1", port 5432 failed: root certificate file '
     '"/root/.postgresql/root.crt" does not exist', "tls_untrusted"),
    ('FATAL:  データベース"yamada"は存在しません', "other"),  # a server speaking Japanese
])
def test_messages_are_classified(message, problem) -> None:
    assert classify_connection_error(message) == problem


def test_asking_for_tls_from_a_server_without_it_is_tls_unavailable(pg_databases) -> None:
    url = make_url(pg_databases.create()).update_query_dict({"sslmode": "require"})
    report = check_connection(url.render_as_string(hide_password=False), None)
    assert report.problem == "tls_unavailable", report
