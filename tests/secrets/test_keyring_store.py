"""KeyringSecretStore against the real Secret Service (gnome-keyring) of tests/env/session.sh."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import pytest

from familycare.secrets import (
    MAX_SECRET_LENGTH,
    KeyringSecretStore,
    SecretsReason,
    SecretsUnavailable,
    check_backend,
)


def new_key() -> str:
    return f"note-{uuid.uuid4().hex}"


def test_round_trip_goes_through_the_secret_service(keyring_store: KeyringSecretStore) -> None:
    from keyring.backends import SecretService

    assert isinstance(keyring_store.keyring_backend, SecretService.Keyring)
    assert keyring_store.backend_name() == "SecretService Keyring"
    key = new_key()
    body = "保険証は玄関の引き出し\nPIN hint: 4 digits"
    keyring_store.set(key, body)
    assert keyring_store.get(key) == body
    # A new store object reads it back: the value is in the daemon, not cached in Python.
    assert KeyringSecretStore(keyring_store.service).get(key) == body


def test_get_of_an_unknown_key_is_none(keyring_store: KeyringSecretStore) -> None:
    assert keyring_store.get(new_key()) is None


def test_set_replaces_the_earlier_value(keyring_store: KeyringSecretStore) -> None:
    key = new_key()
    keyring_store.set(key, "first")
    keyring_store.set(key, "second")
    assert keyring_store.get(key) == "second"
    assert keyring_store.list_keys() == [key]


def test_list_keys_sees_what_was_set_and_only_that_service(
    keyring_store_factory: Callable[[], KeyringSecretStore],
) -> None:
    notes = keyring_store_factory()
    other = keyring_store_factory()
    assert notes.list_keys() == []
    mine = sorted([new_key(), new_key()])
    for key in mine:
        notes.set(key, "x")
    theirs = new_key()
    other.set(theirs, "y")
    assert notes.list_keys() == mine
    assert other.list_keys() == [theirs]


def test_delete_removes_and_deleting_again_is_harmless(keyring_store: KeyringSecretStore) -> None:
    kept, removed = new_key(), new_key()
    keyring_store.set(kept, "stays")
    keyring_store.set(removed, "goes")
    keyring_store.delete(removed)
    assert keyring_store.get(removed) is None
    assert keyring_store.list_keys() == [kept]
    keyring_store.delete(removed)
    assert keyring_store.get(kept) == "stays"


def test_a_value_over_the_limit_is_refused_and_nothing_is_stored(
    keyring_store: KeyringSecretStore,
) -> None:
    key = new_key()
    with pytest.raises(SecretsUnavailable) as caught:
        keyring_store.set(key, "あ" * (MAX_SECRET_LENGTH + 1))
    assert caught.value.reason_code is SecretsReason.TOO_LONG
    assert str(caught.value) == "too_long"
    assert keyring_store.get(key) is None
    assert keyring_store.list_keys() == []


def test_a_value_at_the_limit_is_kept_whole(keyring_store: KeyringSecretStore) -> None:
    key = new_key()
    longest = "保" * MAX_SECRET_LENGTH
    keyring_store.set(key, longest)
    assert keyring_store.get(key) == longest


def test_check_backend_names_the_backend_and_leaves_nothing_behind(
    keyring_store: KeyringSecretStore,
) -> None:
    assert check_backend(keyring_store) == "SecretService Keyring"
    assert keyring_store.list_keys() == []
