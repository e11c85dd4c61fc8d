"""Texts for database-server connection problems (codes from storage.connection_problems),
shared by the Shared database dialog, start-up and the command line."""

from __future__ import annotations

from collections.abc import Mapping

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "connection"

PROBLEMS = {
    "unreachable": QT_TRANSLATE_NOOP(
        "connection",
        "The database server did not answer. Check that it is switched on and that this PC is "
        "on the same network (or VPN), then try again.",
    ),
    "bad_credentials": QT_TRANSLATE_NOOP(
        "connection",
        "The server refused the user name or password. Check both and enter the password "
        "again in Settings → Shared database….",
    ),
    "password_missing": QT_TRANSLATE_NOOP(
        "connection",
        "No password for this database is saved on this computer. Enter it in Settings → "
        "Shared database…; it is kept only in the keyring.",
    ),
    "database_missing": QT_TRANSLATE_NOOP(
        "connection",
        "The server has no database with this name. Check the name, or ask whoever runs the "
        "server to create it.",
    ),
    "access_denied": QT_TRANSLATE_NOOP(
        "connection",
        "The server does not let this user open this database. Ask whoever runs the server "
        "to give this user access.",
    ),
    "tls_required": QT_TRANSLATE_NOOP(
        "connection",
        "The server accepts only encrypted (TLS) connections. Set Encryption to \"Required\" "
        "and try again.",
    ),
    "tls_unavailable": QT_TRANSLATE_NOOP(
        "connection",
        "This PC asked for an encrypted (TLS) connection, but the server does not offer one. "
        "Ask whoever runs the server to switch TLS on.",
    ),
    "tls_untrusted": QT_TRANSLATE_NOOP(
        "connection",
        "The connection is encrypted, but the server's certificate could not be checked. Ask "
        "whoever runs the server for its certificate, or choose \"Required\" instead.",
    ),
    "driver_missing": QT_TRANSLATE_NOOP(
        "connection",
        "This copy of familycare cannot reach a database server: the PostgreSQL client "
        "library (libpq) is not installed. On Debian or Ubuntu install the package libpq5; "
        "on Windows or macOS install the PostgreSQL client. Then try again.",
    ),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "connection",
        "This shared household was saved by a newer version of familycare. Nothing was "
        "changed. Install the newer version on this PC.",
    ),
    "not_a_household": QT_TRANSLATE_NOOP(
        "connection",
        "This database holds other data, not a familycare household. Nothing was changed. "
        "Choose an empty database or another one.",
    ),
    "keyring_locked": QT_TRANSLATE_NOOP(
        "connection",
        "The keyring is locked, so the database password cannot be read. Unlock your keyring "
        "and try again; the password is never kept anywhere else.",
    ),
    "keyring_missing": QT_TRANSLATE_NOOP(
        "connection",
        "There is no usable keyring on this computer, so the database password cannot be "
        "kept. familycare never stores it anywhere else; set up the system keyring first.",
    ),
    "other": QT_TRANSLATE_NOOP(
        "connection",
        "The database could not be opened ({detail}). Check the settings in Settings → "
        "Shared database… and try again.",
    ),
}


FORM_PROBLEMS = {
    "host_missing": QT_TRANSLATE_NOOP(
        "connection", "Please enter the server's name or address (e.g. nas.local)."),
    "database_name_missing": QT_TRANSLATE_NOOP(
        "connection", "Please enter the name of the household's database."),
    "user_missing": QT_TRANSLATE_NOOP("connection", "Please enter the user name."),
    "port_invalid": QT_TRANSLATE_NOOP("connection", "The port must be a number from 1 to 65535."),
}

# What a successful test found, and whether the connection is encrypted.
REPORTS = {
    "empty": QT_TRANSLATE_NOOP(
        "connection", "Connected. The database is empty: using it creates the household there."),
    "current": QT_TRANSLATE_NOOP(
        "connection", "Connected. It holds a familycare household with {members} members."),
    "older": QT_TRANSLATE_NOOP(
        "connection",
        "Connected. It holds a household saved by an older familycare; using it upgrades it "
        "for every computer."),
    "encrypted": QT_TRANSLATE_NOOP("connection", "The connection is encrypted."),
    "not_encrypted": QT_TRANSLATE_NOOP(
        "connection",
        "The connection is NOT encrypted: use it only on a home network you trust."),
}


def problem_source(problem: str) -> str:
    return PROBLEMS.get(problem, PROBLEMS["other"])


def connection_problem_text(problem: str, params: Mapping[str, object] | None = None) -> str:
    from familycare.i18n.text import translate_code

    return translate_code(CONTEXT, problem_source(problem), params)


def report_text(schema: str, members: int | None, encrypted: bool | None) -> str:
    """The sentences for a successful connection test."""
    from familycare.i18n.text import translate_code

    parts = [translate_code(CONTEXT, REPORTS.get(schema, REPORTS["current"]),
                            {"members": members if members is not None else 0})]
    if encrypted is not None:
        parts.append(translate_code(CONTEXT, REPORTS["encrypted" if encrypted
                                                     else "not_encrypted"]))
    return " ".join(parts)


def form_problem_text(code: str) -> str:
    from familycare.i18n.text import translate_code

    return translate_code(CONTEXT, FORM_PROBLEMS[code])
