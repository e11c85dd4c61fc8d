"""``SecretStore`` over the ``keyring`` library, i.e. the operating system's own store.

``keyring`` is imported inside methods, never at module import: it probes D-Bus and loads
entry points, which would slow every start of the app even when no secret is needed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing, contextmanager
from typing import Any

from familycare.secrets.backend_policy import qualified_name, refusal_for
from familycare.secrets.keyring_errors import describe, reason_for
from familycare.secrets.store import MAX_SECRET_LENGTH, SecretsReason, SecretsUnavailable


class KeyringSecretStore:
    """The secrets of ``service`` in the OS keyring; keys are keyring "usernames".

    ``keyring_backend`` is for tests and diagnostics; by default the backend keyring picks
    for this machine is used. Backends that are not an OS store are refused on first use.
    """

    def __init__(self, service: str, keyring_backend: Any = None) -> None:
        if not service:
            raise ValueError("service must not be empty")
        self._service = service
        self._backend = keyring_backend

    @property
    def service(self) -> str:
        return self._service

    @property
    def keyring_backend(self) -> Any:
        """The keyring backend object in use (resolved on first access)."""
        return self._resolved_backend()

    def backend_name(self) -> str:
        return str(self._resolved_backend().name)

    def get(self, key: str) -> str | None:
        _check_key(key)
        backend = self._usable_backend()
        with _translated_errors():
            value = backend.get_password(self._service, key)
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        _check_key(key)
        # Checked before the backend so an over-long value never reaches any store.
        if len(value) > MAX_SECRET_LENGTH:
            raise SecretsUnavailable(SecretsReason.TOO_LONG, f"length {len(value)}")
        backend = self._usable_backend()
        with _translated_errors():
            backend.set_password(self._service, key, value)

    def delete(self, key: str) -> None:
        _check_key(key)
        from keyring.errors import PasswordDeleteError

        backend = self._usable_backend()
        with _translated_errors():
            try:
                backend.delete_password(self._service, key)
            except PasswordDeleteError as exc:
                # Backends report a missing entry this way; deleting what is already gone
                # is fine (owners are deleted with their entries, maybe twice after a crash).
                if backend.get_password(self._service, key) is not None:
                    raise SecretsUnavailable(SecretsReason.BACKEND_ERROR, describe(exc)) from exc

    def list_keys(self) -> list[str] | None:
        backend = self._usable_backend()
        from keyring.backends import SecretService

        if not isinstance(backend, SecretService.Keyring):
            return None
        with _translated_errors():
            return _secret_service_keys(backend, self._service)

    def _resolved_backend(self) -> Any:
        if self._backend is None:
            import keyring

            with _translated_errors():
                self._backend = keyring.get_keyring()
        return self._backend

    def _usable_backend(self) -> Any:
        backend = self._resolved_backend()
        refusal = refusal_for(backend)
        if refusal is not None:
            raise SecretsUnavailable(refusal, qualified_name(backend))
        return backend


def _secret_service_keys(backend: Any, service: str) -> list[str]:
    # Searched with the attribute names of the backend's own scheme, so the keys listed are
    # exactly the ones keyring's get/set/delete address.
    scheme = backend.schemes[backend.scheme]
    collection = backend.get_preferred_collection()
    with closing(collection.connection):
        items = collection.search_items({scheme["service"]: service})
        keys = {item.get_attributes().get(scheme["username"]) for item in items}
    return sorted(key for key in keys if key is not None)


def _check_key(key: str) -> None:
    if not key:
        raise ValueError("key must not be empty")


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except SecretsUnavailable:
        raise
    except Exception as exc:
        reason = reason_for(exc)
        if reason is None:
            raise
        raise SecretsUnavailable(reason, describe(exc)) from exc
