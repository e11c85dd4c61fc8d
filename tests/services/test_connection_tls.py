"""A server that accepts only encrypted connections, for real: the test session's cluster
gets a self-signed certificate (made with openssl here), ``ssl = on``, and for one database
a pg_hba rule pair "hostssl ... scram-sha-256" / "hostnossl ... reject". Everything is put
back afterwards (other tests in the run share the cluster)."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from familycare.services.connection_check import check_connection
from tests.pg_household import server_url


def _reload(admin) -> None:  # noqa: ANN001
    with admin.connect() as conn:
        conn.execute(text("SELECT pg_reload_conf()"))


@pytest.fixture
def tls_only_database(tmp_path: Path) -> Iterator[str]:
    """The URL (sslmode unset) of a new database the server serves only over TLS."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    admin = create_engine(server_url(), isolation_level="AUTOCOMMIT")
    name = f"familycare_tls_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        data_dir = Path(conn.execute(text("SHOW data_directory")).scalar())
        hba = Path(conn.execute(text("SHOW hba_file")).scalar())
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    original_hba = hba.read_text()
    cert, key = data_dir / "server.crt", data_dir / "server.key"  # ssl_cert_file's defaults
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    owner = pwd.getpwuid(data_dir.stat().st_uid)
    for path in (cert, key):
        os.chown(path, owner.pw_uid, owner.pw_gid)
    key.chmod(0o600)
    url = make_url(server_url()).set(database=name)
    try:
        hba.write_text(f"hostssl {name} all 127.0.0.1/32 scram-sha-256\n"
                       f"hostnossl {name} all 127.0.0.1/32 reject\n" + original_hba)
        with admin.connect() as conn:
            conn.execute(text("ALTER SYSTEM SET ssl = on"))
        _reload(admin)
        plain = url.update_query_dict({"sslmode": "disable"}).render_as_string(
            hide_password=False)
        deadline = time.monotonic() + 20  # the reload is a signal: wait until it took effect
        while check_connection(plain, None).ok:
            if time.monotonic() > deadline:
                pytest.fail("the server did not start refusing unencrypted connections")
            time.sleep(0.2)
        yield url.render_as_string(hide_password=False)
    finally:
        hba.write_text(original_hba)
        with admin.connect() as conn:
            conn.execute(text("ALTER SYSTEM RESET ssl"))
        _reload(admin)
        cert.unlink(missing_ok=True)
        key.unlink(missing_ok=True)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def with_sslmode(url: str, mode: str) -> str:
    return make_url(url).update_query_dict({"sslmode": mode}).render_as_string(
        hide_password=False)


def test_tls_only_server(tls_only_database: str) -> None:
    refused = check_connection(with_sslmode(tls_only_database, "disable"), None)
    assert refused.problem == "tls_required", refused

    required = check_connection(with_sslmode(tls_only_database, "require"), None)
    assert (required.problem, required.encrypted, required.schema) == (None, True, "empty")

    # libpq's default ("prefer") tries TLS first.
    assert check_connection(tls_only_database, None).encrypted is True

    # Checking the certificate needs the server's root certificate on this PC.
    untrusted = check_connection(with_sslmode(tls_only_database, "verify-full"), None)
    assert untrusted.problem == "tls_untrusted", untrusted
