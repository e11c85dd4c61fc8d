"""Secrets layer (see HOUSE_STYLE.md): sensitive text lives only in the OS keyring.

Importing this package does not import ``keyring``; that happens on the first store call.
"""

from __future__ import annotations

from familycare.secrets.backend_check import check_backend
from familycare.secrets.keyring_store import KeyringSecretStore
from familycare.secrets.service_names import (
    DATABASE_PASSWORD_SERVICE,
    DEMO_SERVICE,
    NOTES_SERVICE,
)
from familycare.secrets.store import (
    MAX_SECRET_LENGTH,
    SecretsReason,
    SecretStore,
    SecretsUnavailable,
)

__all__ = [
    "DATABASE_PASSWORD_SERVICE",
    "DEMO_SERVICE",
    "MAX_SECRET_LENGTH",
    "NOTES_SERVICE",
    "KeyringSecretStore",
    "SecretStore",
    "SecretsReason",
    "SecretsUnavailable",
    "check_backend",
]
