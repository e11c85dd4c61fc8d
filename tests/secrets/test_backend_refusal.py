"""Backends that are not an OS store are refused, and failures become reason codes.
These need no keyring daemon."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.compat import properties
from keyring.errors import (
    InitError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
    PasswordSetError,
)

from familycare.secrets import KeyringSecretStore, SecretsReason, SecretsUnavailable, check_backend
from familycare.secrets.keyring_errors import reason_for


class DictKeyring(KeyringBackend):
    """Stands for keyrings.alt's plaintext backends: it would store secrets readably."""

    # keyring registers every backend class it sees; a priority that raises keeps this one
    # out of keyring's own detection, so no other test in the run can end up using it.
    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test double, never chosen by keyring's detection")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username))


def every_call(store: KeyringSecretStore) -> list[Any]:
    return [
        lambda: store.get("k"),
        lambda: store.set("k", "secret"),
        lambda: store.delete("k"),
        lambda: store.list_keys(),
        lambda: check_backend(store),
    ]


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_keyring_at_all_gives_no_backend(backend: KeyringBackend) -> None:
    store = KeyringSecretStore("familycare-test", backend)
    for call in every_call(store):
        with pytest.raises(SecretsUnavailable) as caught:
            call()
        assert caught.value.reason_code is SecretsReason.NO_BACKEND
        assert str(caught.value) == "no_backend"


def test_a_plaintext_backend_is_refused_and_never_written() -> None:
    backend = DictKeyring()
    store = KeyringSecretStore("familycare-test", backend)
    for call in every_call(store):
        with pytest.raises(SecretsUnavailable) as caught:
            call()
        assert caught.value.reason_code is SecretsReason.PLAINTEXT_BACKEND_REFUSED
    assert backend.entries == {}


def test_the_backend_name_is_reported_even_when_refused() -> None:
    assert KeyringSecretStore("familycare-test", fail.Keyring()).backend_name() == "fail Keyring"


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (NoKeyringError("No recommended backend"), SecretsReason.NO_BACKEND),
        (KeyringLocked("Failed to unlock the collection!"), SecretsReason.LOCKED),
        (InitError("Failed to create the collection: Prompt dismissed.."), SecretsReason.LOCKED),
        (InitError("Failed to create the collection: no such object"), SecretsReason.BACKEND_ERROR),
        (PasswordSetError("Can't store password on keychain"), SecretsReason.BACKEND_ERROR),
        (PasswordDeleteError("No such password!"), SecretsReason.BACKEND_ERROR),
        (ConnectionRefusedError("bus gone"), SecretsReason.BACKEND_ERROR),
    ],
)
def test_keyring_failures_map_to_reason_codes(error: Exception, reason: SecretsReason) -> None:
    assert reason_for(error) is reason


def test_a_programming_error_is_not_disguised_as_a_keyring_problem() -> None:
    assert reason_for(TypeError("bad argument")) is None


def test_importing_the_secrets_layer_does_not_import_keyring() -> None:
    # Start-up time: keyring probes D-Bus and entry points, only needed on first secret use.
    code = "import sys, familycare.secrets; print('keyring' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "False"


def test_empty_keys_and_services_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        KeyringSecretStore("")
    with pytest.raises(ValueError):
        KeyringSecretStore("familycare-test", fail.Keyring()).get("")
