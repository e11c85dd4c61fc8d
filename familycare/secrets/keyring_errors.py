"""Translation of keyring, SecretStorage and D-Bus failures into reason codes.

Imports happen inside the function: this runs only after a backend call failed, and the
libraries are optional on some platforms (SecretStorage exists on Linux only).
"""

from __future__ import annotations

from familycare.secrets.store import SecretsReason

_DETAIL_LIMIT = 300


def describe(exc: BaseException) -> str:
    """Type and text of ``exc`` for the log; backends never put secret values in these."""
    return f"{type(exc).__name__}: {exc}"[:_DETAIL_LIMIT]


def reason_for(exc: BaseException) -> SecretsReason | None:
    """The reason code for a backend failure, or None for an error that is not one
    (a programming error must surface, not be reported as a keyring problem)."""
    from keyring.errors import InitError, KeyringError, KeyringLocked, NoKeyringError

    if isinstance(exc, NoKeyringError):
        return SecretsReason.NO_BACKEND
    if isinstance(exc, KeyringLocked):
        return SecretsReason.LOCKED
    if isinstance(exc, InitError):
        # The Secret Service backend reports a dismissed unlock prompt (no display to show
        # it on, or the person pressed Cancel) as InitError "... Prompt dismissed".
        text = str(exc).lower()
        if "prompt dismissed" in text or "locked" in text:
            return SecretsReason.LOCKED
        return SecretsReason.BACKEND_ERROR
    if isinstance(exc, KeyringError):
        return SecretsReason.BACKEND_ERROR
    secret_storage_reason = _secret_storage_reason(exc)
    if secret_storage_reason is not None:
        return secret_storage_reason
    if isinstance(exc, OSError):
        # A vanished D-Bus socket or daemon.
        return SecretsReason.BACKEND_ERROR
    return None


def _secret_storage_reason(exc: BaseException) -> SecretsReason | None:
    try:
        from jeepney.wrappers import DBusErrorResponse
        from secretstorage import exceptions as ss
    except ImportError:
        return None
    if isinstance(exc, ss.SecretServiceNotAvailableException):
        return SecretsReason.NO_BACKEND
    if isinstance(exc, ss.LockedException | ss.PromptDismissedException):
        return SecretsReason.LOCKED
    if isinstance(exc, ss.SecretStorageException | DBusErrorResponse):
        return SecretsReason.BACKEND_ERROR
    return None
