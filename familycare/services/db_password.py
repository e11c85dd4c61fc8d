"""Database passwords live in the OS keyring (service ``familycare-db``), never in a URL that
is saved or logged.

A shared-household URL such as ``postgresql+psycopg://mari@nas.local/yamada`` names no
password; the password is looked up in the keyring under ``mari@nas.local:5432/yamada``. A URL
given with a password on the command line still works as given and is never written
anywhere. A locked or missing keyring is reported as such (``ConnectionFailed`` with
``keyring_locked`` / ``keyring_missing``): there is no plaintext fallback.

Every method may block on an unlock prompt: the GUI calls them off the UI thread.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from familycare.paths import sqlite_path_from_url
from familycare.secrets.store import SecretsReason, SecretStore, SecretsUnavailable
from familycare.storage.connection_problems import KEYRING_LOCKED, KEYRING_MISSING
from familycare.storage.errors import ConnectionFailed

DEFAULT_PORT = 5432


def is_server_url(url: str) -> bool:
    """A URL naming a database server (not an SQLite file): cheap, imports nothing."""
    return sqlite_path_from_url(url) is None and not url.startswith("sqlite")


def password_key(url: str) -> str:
    """The keyring key of ``url``'s password: ``user@host:port/database``."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or "localhost"
    return f"{parsed.username or ''}@{host}:{parsed.port or DEFAULT_PORT}/{parsed.database or ''}"


def url_has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url

    return make_url(url).password is not None


def without_password(url: str) -> str:
    """``url`` with any password removed: the only form that is saved or shown."""
    from sqlalchemy.engine import make_url

    # URL.set() ignores None, so the tuple field is replaced directly.
    return make_url(url)._replace(password=None).render_as_string(hide_password=False)


class DatabasePasswords:
    """Passwords of database servers in ``store`` (by default the OS keyring)."""

    def __init__(self, store: SecretStore | None = None) -> None:
        if store is None:
            from familycare.secrets.keyring_store import KeyringSecretStore
            from familycare.secrets.service_names import DATABASE_PASSWORD_SERVICE

            store = KeyringSecretStore(DATABASE_PASSWORD_SERVICE)
        self.store = store

    def get(self, url: str) -> str | None:
        with _keyring_problem():
            return self.store.get(password_key(url))

    def save(self, url: str, password: str) -> None:
        with _keyring_problem():
            self.store.set(password_key(url), password)

    def forget(self, url: str) -> None:
        with _keyring_problem():
            self.store.delete(password_key(url))

    def for_connecting(self, url: str) -> str | None:
        """The password to connect with: None for SQLite and for a URL that carries its
        own; else the keyring's (None when none is saved: the server then says so)."""
        if not is_server_url(url) or url_has_password(url):
            return None
        return self.get(url)


@contextmanager
def _keyring_problem() -> Iterator[None]:
    """Turns a keyring failure into the connection problem the person can act on."""
    try:
        yield
    except SecretsUnavailable as exc:
        missing = exc.reason_code in (SecretsReason.NO_BACKEND,
                                      SecretsReason.PLAINTEXT_BACKEND_REFUSED)
        raise ConnectionFailed(KEYRING_MISSING if missing else KEYRING_LOCKED,
                               exc.detail or exc.reason_code.value) from exc


def password_for(url: str, passwords: DatabasePasswords | None = None) -> str | None:
    """The keyring's password for ``url`` when it needs one; SQLite never touches the
    keyring. Raises ``ConnectionFailed`` (keyring locked / missing)."""
    if not is_server_url(url):
        return None
    return (passwords or DatabasePasswords()).for_connecting(url)
