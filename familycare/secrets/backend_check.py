"""A real round trip through a store, for start-up diagnostics and the frozen build's
self-test: a backend that loads but cannot store (locked, read-only) is caught here."""

from __future__ import annotations

import uuid

from familycare.secrets.store import SecretsReason, SecretStore, SecretsUnavailable


def check_backend(store: SecretStore) -> str:
    """Write, read back and delete a throw-away entry; return the backend's name.

    Raises ``SecretsUnavailable`` when any step fails or the value does not come back.
    """
    key = f"familycare-check-{uuid.uuid4().hex}"
    value = uuid.uuid4().hex
    store.set(key, value)
    try:
        read_back = store.get(key)
    finally:
        store.delete(key)
    if read_back != value:
        raise SecretsUnavailable(SecretsReason.BACKEND_ERROR, "round_trip_mismatch")
    if store.get(key) is not None:
        raise SecretsUnavailable(SecretsReason.BACKEND_ERROR, "delete_did_not_remove")
    return store.backend_name()
