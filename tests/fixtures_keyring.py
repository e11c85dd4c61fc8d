"""Keyring fixtures for any test that needs secrets.

``keyring_store`` is a ``KeyringSecretStore`` on the REAL Secret Service that
tests/env/session.sh starts for the run (``make test``), under a service name unique to the
test, emptied afterwards. It refuses to run anywhere else, so no test can ever read or write
a person's own keyring: outside session.sh it skips, or fails when
FAMILYCARE_TEST_REQUIRE_KEYRING=1 (session.sh sets it, so CI cannot silently skip).

``memory_secret_store`` is a test double with the same contract, for tests that only need
"some store" (and can be told to fail with a reason code). It lives here, not in the
package, because the app itself must never hold secrets outside the OS keyring.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from familycare.secrets.keyring_store import KeyringSecretStore
from familycare.secrets.store import MAX_SECRET_LENGTH, SecretsReason, SecretsUnavailable

TEST_HOME_MARKER = ".familycare-test-home"


def keyring_requirement_problem() -> str | None:
    """Why the real test keyring must not or cannot be used here, or None when it can."""
    if os.environ.get("FAMILYCARE_TEST_SESSION") != "1":
        return "not inside tests/env/session.sh (run `make test`): refusing to touch a real keyring"
    home = os.environ.get("HOME", "")
    if not home or home != os.environ.get("FAMILYCARE_TEST_HOME"):
        return "HOME is not the throw-away home made by tests/env/session.sh"
    if not (Path(home) / TEST_HOME_MARKER).is_file():
        return f"HOME has no {TEST_HOME_MARKER} marker made by tests/env/session.sh"
    bus = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not bus or bus != os.environ.get("FAMILYCARE_TEST_BUS"):
        return "the session bus is not the private one started by tests/env/session.sh"
    if os.environ.get("DISPLAY"):
        return "DISPLAY is set: a locked keyring would open a dialog and hang the run"
    return _secret_service_problem()


def _secret_service_problem() -> str | None:
    try:
        import secretstorage
    except ImportError:
        return "the secretstorage package is not installed"
    try:
        connection = secretstorage.dbus_init()
    except secretstorage.exceptions.SecretStorageException as exc:
        return f"cannot connect to the session bus: {exc}"
    try:
        if not secretstorage.check_service_availability(connection):
            return "no Secret Service (gnome-keyring) on the test session bus"
    finally:
        connection.close()
    return None


def skip_or_fail(problem: str) -> None:
    """Skip, unless this run promised a keyring (FAMILYCARE_TEST_REQUIRE_KEYRING=1)."""
    if os.environ.get("FAMILYCARE_TEST_REQUIRE_KEYRING") == "1":
        pytest.fail(f"keyring required but unusable: {problem}", pytrace=False)
    pytest.skip(problem)


@pytest.fixture(scope="session")
def isolated_keyring_ready() -> None:
    """Checks once per run that the throw-away Secret Service of session.sh is in use."""
    problem = keyring_requirement_problem()
    if problem is not None:
        skip_or_fail(problem)


@pytest.fixture
def keyring_store_factory(
    isolated_keyring_ready: None,
) -> Iterator[Callable[[], KeyringSecretStore]]:
    """Makes stores on the real test keyring, each with its own new service name; every
    entry they hold is deleted after the test."""
    made: list[KeyringSecretStore] = []

    def make() -> KeyringSecretStore:
        store = KeyringSecretStore(f"familycare-test-{uuid.uuid4().hex[:12]}")
        made.append(store)
        return store

    yield make
    for store in made:
        for key in store.list_keys() or []:
            store.delete(key)


@pytest.fixture
def keyring_store(keyring_store_factory: Callable[[], KeyringSecretStore]) -> KeyringSecretStore:
    return keyring_store_factory()


class MemorySecretStore:
    """``SecretStore`` in a dict, for tests. ``unavailable`` makes every call raise
    ``SecretsUnavailable`` with that reason, as a locked or missing keyring would."""

    def __init__(self, unavailable: SecretsReason | None = None) -> None:
        self.entries: dict[str, str] = {}
        self.unavailable = unavailable

    def _check(self) -> None:
        if self.unavailable is not None:
            raise SecretsUnavailable(self.unavailable, "memory store told to fail")

    def get(self, key: str) -> str | None:
        self._check()
        return self.entries.get(key)

    def set(self, key: str, value: str) -> None:
        if len(value) > MAX_SECRET_LENGTH:
            raise SecretsUnavailable(SecretsReason.TOO_LONG, f"length {len(value)}")
        self._check()
        self.entries[key] = value

    def delete(self, key: str) -> None:
        self._check()
        self.entries.pop(key, None)

    def list_keys(self) -> list[str] | None:
        self._check()
        return sorted(self.entries)

    def backend_name(self) -> str:
        return "memory (tests only)"


@pytest.fixture
def memory_secret_store() -> MemorySecretStore:
    return MemorySecretStore()
