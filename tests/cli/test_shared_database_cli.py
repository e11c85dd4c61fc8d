"""The command line on a shared household: `self-test` names a connection problem with the
same sentence as the app (exit 1), a mistyped URL is the user's mistake (exit 2), the
password comes from the keyring (service familycare-db), and a password given in the URL
works but never reaches the log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from familycare.secrets.keyring_store import KeyringSecretStore
from familycare.secrets.service_names import DATABASE_PASSWORD_SERVICE
from familycare.services.db_password import DatabasePasswords, without_password
from tests.fixtures_keyring import isolated_keyring_ready  # noqa: F401 - fixture
from tests.pg_household import pg_databases  # noqa: F401 - fixture


@pytest.fixture
def db_passwords(isolated_keyring_ready) -> Iterator[DatabasePasswords]:  # noqa: F811
    # The app's own service name, in the session's throw-away keyring; emptied afterwards.
    store = KeyringSecretStore(DATABASE_PASSWORD_SERVICE)
    yield DatabasePasswords(store)
    for key in store.list_keys() or []:
        store.delete(key)


def log_text(data_dir: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in (data_dir / "logs").glob("*"))


def test_self_test_names_a_bad_password_in_one_line(run_cli, pg_databases) -> None:  # noqa: F811
    url = make_url(pg_databases.create()).set(password="wrong-password-123")
    result = run_cli("self-test", "--language", "en", "--db-url",
                     url.render_as_string(hide_password=False))
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(ln for ln in result.stdout.splitlines() if "shared database:" in ln)
    assert line.startswith("FAIL shared database:")
    assert "The server refused the user name or password." in line
    assert line.endswith("[bad_credentials]")
    assert "wrong-password-123" not in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_self_test_reaches_the_server_with_the_keyring_password(
    run_cli, pg_databases, db_passwords  # noqa: F811
) -> None:
    full = pg_databases.create()
    bare = without_password(full)
    missing = run_cli("self-test", "--language", "en", "--db-url", bare)
    assert missing.returncode == 1
    assert "[password_missing]" in missing.stdout

    db_passwords.save(bare, str(make_url(full).password))
    result = run_cli("self-test", "--db-url", bare)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(ln for ln in result.stdout.splitlines() if "shared database:" in ln)
    assert line.startswith("ok   shared database:") and "empty" in line


def test_a_mistyped_url_is_a_user_error(run_cli) -> None:
    result = run_cli("self-test", "--db-url", "postgresql+nodriver://mari:secret@nas/yamada")
    assert result.returncode == 2
    assert result.stderr.startswith("familycare: error: the database URL is not one")
    assert "secret" not in result.stderr


def test_a_password_in_the_url_works_and_is_never_logged(
    run_cli, pg_databases, tmp_path  # noqa: F811
) -> None:
    full = pg_databases.create()
    password = str(make_url(full).password)
    added = run_cli("member", "add", "--name", "山田 花子", "--birth", "1948-03-14",
                    "--relation", "parent", "--db-url", full)
    assert added.returncode == 0, added.stderr
    listed = run_cli("member", "list", "--db-url", full)
    assert "山田 花子" in listed.stdout
    wrong = make_url(full).set(password="wrong-password-456").render_as_string(
        hide_password=False)
    refused = run_cli("member", "list", "--language", "en", "--db-url", wrong)
    assert refused.returncode == 1
    assert refused.stderr.startswith("familycare: The server refused the user name or password")
    data_dir = tmp_path / "cli-household"
    logged = log_text(data_dir)
    assert logged  # the log was written …
    for secret in (password, "wrong-password-456"):  # … without either password
        assert secret not in logged
        assert secret not in refused.stderr + listed.stdout + added.stdout
    assert not (data_dir / "database.json").exists()  # nothing saved as a setting


def test_the_app_opens_a_shared_household_with_the_keyring_password(
    run_cli, pg_databases, db_passwords, tmp_path  # noqa: F811
) -> None:
    full = pg_databases.create()
    bare = without_password(full)
    shot = tmp_path / "shared.png"
    refused = run_cli("--language", "en", "--db-url", bare, "--screenshot", str(shot))
    assert refused.returncode == 1
    assert "No password for this database is saved on this computer." in refused.stderr
    assert not shot.exists()

    db_passwords.save(bare, str(make_url(full).password))
    opened = run_cli("--db-url", bare, "--screenshot", str(shot))
    assert opened.returncode == 0, opened.stderr
    assert shot.stat().st_size > 10_000


def test_a_missing_postgresql_library_is_named_not_a_traceback(run_cli) -> None:
    # PSYCOPG_IMPL=c asks psycopg for its C implementation, which is not installed here: the
    # same ImportError a PC without libpq gives, provoked for real. No server is needed: the
    # driver fails before any connection is tried.
    url = "postgresql+psycopg://mari@127.0.0.1:1/yamada"
    result = run_cli("self-test", "--language", "en", "--db-url", url,
                     env={"PSYCOPG_IMPL": "c"})
    assert result.returncode == 1, result.stdout + result.stderr
    line = next(ln for ln in result.stdout.splitlines() if "shared database:" in ln)
    assert "the PostgreSQL client library (libpq) is not installed" in line
    assert line.endswith("[driver_missing]")
    assert "Traceback" not in result.stdout + result.stderr
