"""The keyring fixtures, for the secrets tests (the root conftest may register the same
module for every test; importing here keeps these tests working either way)."""

from __future__ import annotations

from tests.fixtures_keyring import (  # noqa: F401 - fixtures are found by name
    isolated_keyring_ready,
    keyring_store,
    keyring_store_factory,
    memory_secret_store,
)
