"""The contract every secret store keeps, and the one error it raises.

Callers (services) depend on this Protocol only, so tests can hand them any store and the
keyring library stays an implementation detail of ``keyring_store``.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

# Windows' credential store holds at most 2,560 bytes of UTF-16; 1,000 characters keeps the
# same notes portable to every OS store, so the limit is enforced everywhere.
MAX_SECRET_LENGTH = 1000


class SecretsReason(StrEnum):
    """Why secrets cannot be used right now; a code for the UI to turn into text."""

    NO_BACKEND = "no_backend"
    LOCKED = "locked"
    BACKEND_ERROR = "backend_error"
    PLAINTEXT_BACKEND_REFUSED = "plaintext_backend_refused"
    TOO_LONG = "too_long"


class SecretsUnavailable(Exception):
    """A secret could not be read, written or removed.

    The message is the reason code only; ``detail`` is technical context for the log
    (exception type and text from the backend) and never holds a secret value.
    """

    def __init__(self, reason_code: SecretsReason, detail: str = "") -> None:
        super().__init__(reason_code.value)
        self.reason_code = reason_code
        self.detail = detail


class SecretStore(Protocol):
    """Secrets of one service (e.g. ``familycare`` for notes), addressed by key.

    Every method may block (an OS keyring can wait on an unlock prompt): call it off the UI
    thread. Every method raises ``SecretsUnavailable`` when the store cannot be used.
    """

    def get(self, key: str) -> str | None:
        """The value stored under ``key``, or None when there is none."""
        ...

    def set(self, key: str, value: str) -> None:
        """Store ``value`` under ``key``, replacing any earlier value; ``too_long`` past
        ``MAX_SECRET_LENGTH`` characters."""
        ...

    def delete(self, key: str) -> None:
        """Remove ``key``; removing a key that is not there is not an error."""
        ...

    def list_keys(self) -> list[str] | None:
        """Every key of this service, sorted, or None when the backend cannot list."""
        ...

    def backend_name(self) -> str:
        """A short name of the backend, for diagnostics (e.g. ``SecretService Keyring``)."""
        ...
