"""Child process for test_locked_keyring.py, run inside its own D-Bus session.

``create``: store one entry (so a login keyring exists on disk) and print "created".
``probe``: try every store call and print JSON {call: reason code or "ok"}, plus whether a
default collection exists and is locked (to show which kind of locked keyring was met).
"""

from __future__ import annotations

import json
import sys
from contextlib import closing

from familycare.secrets import KeyringSecretStore, SecretsUnavailable, check_backend

SERVICE = "familycare-locked-test"


def collection_state() -> str:
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        try:
            collection = secretstorage.Collection(connection)
        except secretstorage.exceptions.ItemNotFoundException:
            return "none"
        return "locked" if collection.is_locked() else "unlocked"


def probe() -> dict[str, str]:
    store = KeyringSecretStore(SERVICE)
    calls = {
        "get": lambda: store.get("k"),
        "set": lambda: store.set("k", "secret"),
        "delete": lambda: store.delete("k"),
        "list_keys": lambda: store.list_keys(),
        "check_backend": lambda: check_backend(store),
    }
    outcome = {"collection": collection_state(), "backend": store.backend_name()}
    for name, call in calls.items():
        try:
            call()
        except SecretsUnavailable as exc:
            outcome[name] = exc.reason_code.value
        else:
            outcome[name] = "ok"
    return outcome


def main(argv: list[str]) -> int:
    if argv == ["create"]:
        KeyringSecretStore(SERVICE).set("k", "secret")
        print("created")
        return 0
    if argv == ["probe"]:
        print(json.dumps(probe()))
        return 0
    print("usage: locked_child.py create|probe", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
