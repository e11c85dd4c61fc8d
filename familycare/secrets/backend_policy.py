"""Which keyring backends may hold familycare's secrets.

An allow-list, not a deny-list: only the operating systems' own encrypted stores are
accepted. keyring's ``fail`` and ``null`` backends mean there is no store at all; anything
else (keyrings.alt's plaintext and file backends, unknown plug-ins) is refused, because a
plaintext "fallback" is exactly what HOUSE_STYLE.md forbids.
"""

from __future__ import annotations

from familycare.secrets.store import SecretsReason

_OS_STORES = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.Windows.WinVaultKeyring",
    }
)
_NO_STORE = frozenset({"keyring.backends.fail.Keyring", "keyring.backends.null.Keyring"})
_CHAINER = "keyring.backends.chainer.ChainerBackend"


def qualified_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def refusal_for(backend: object) -> SecretsReason | None:
    """None when ``backend`` may be used, else the reason it may not."""
    name = qualified_name(backend)
    if name in _OS_STORES:
        return None
    if name in _NO_STORE:
        return SecretsReason.NO_BACKEND
    if name == _CHAINER:
        # The chainer writes to the first member that accepts, so one plaintext member
        # would silently receive secrets when the OS store is locked.
        members = list(backend.backends)  # type: ignore[attr-defined]
        if not members:
            return SecretsReason.NO_BACKEND
        for member in members:
            refusal = refusal_for(member)
            if refusal is not None:
                return refusal
        return None
    return SecretsReason.PLAINTEXT_BACKEND_REFUSED
