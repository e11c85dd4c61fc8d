"""Why a database server connection failed, as a code the UI and CLI turn into a sentence.

libpq reports connection failures as text only (psycopg gives no SQLSTATE before a session
exists), so the codes come from the message. The server's part of the message follows its
``lc_messages``: English messages are recognised (the PostgreSQL default, and what the
tests see); a server speaking another language gives ``other``, and the message's first
line (in that language) is shown as the detail. Qt-free and psycopg-free: the text
and two libpq flags are all it needs, so it is tested on the server's real messages.
"""

from __future__ import annotations

from familycare.storage.errors import ConnectionFailed

UNREACHABLE = "unreachable"
BAD_CREDENTIALS = "bad_credentials"
PASSWORD_MISSING = "password_missing"
DATABASE_MISSING = "database_missing"
ACCESS_DENIED = "access_denied"
TLS_REQUIRED = "tls_required"  # the server accepts only encrypted connections
TLS_UNAVAILABLE = "tls_unavailable"  # this PC asked for encryption, the server has none
TLS_UNTRUSTED = "tls_untrusted"  # encrypted, but the server's certificate cannot be checked
SCHEMA_TOO_NEW = "schema_too_new"
NOT_A_HOUSEHOLD = "not_a_household"
DRIVER_MISSING = "driver_missing"  # this install cannot talk to PostgreSQL (no libpq)
KEYRING_LOCKED = "keyring_locked"
KEYRING_MISSING = "keyring_missing"
OTHER = "other"

# Checked in order: the first pattern found in the lower-cased message wins. TLS before
# credentials: a pg_hba "hostnossl ... reject" line also names the user and database.
_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (TLS_UNAVAILABLE, ("server does not support ssl",)),
    (TLS_UNTRUSTED, ("root certificate file", "certificate verify failed",
                     "server certificate for", "does not match host name")),
    (TLS_REQUIRED, ("no encryption", "ssl off")),
    (PASSWORD_MISSING, ("no password supplied",)),
    (BAD_CREDENTIALS, ("password authentication failed", "role \"")),
    (DATABASE_MISSING, ("does not exist",)),
    (ACCESS_DENIED, ("permission denied for database", "no pg_hba.conf entry",
                     "rejects connection")),
    (UNREACHABLE, ("connection refused", "could not translate host name",
                   "name or service not known", "timeout expired", "no route to host",
                   "network is unreachable", "could not connect", "connection timed out",
                   "server closed the connection unexpectedly", "temporary failure in name")),
)


def classify_connection_error(message: str, needs_password: bool = False) -> str:
    """The problem code for a failed connection's message (libpq's flag ``needs_password``:
    the server asked for a password and none was given)."""
    if needs_password:
        return PASSWORD_MISSING
    text = message.lower()
    for code, needles in _PATTERNS:
        if any(needle in text for needle in needles):
            return code
    return OTHER


def first_line(message: str, limit: int = 200) -> str:
    """The message's first meaningful line, for the log and as a detail after the sentence.

    libpq's text never holds the password (psycopg's connection object does: never log it).
    """
    for line in message.strip().splitlines():
        line = line.strip()
        if line:
            return line[:limit]
    return ""


def connection_failed_from(exc: BaseException) -> ConnectionFailed:
    """``ConnectionFailed`` for a driver error raised while connecting (SQLAlchemy's wrapper
    or psycopg's own); the detail is libpq's first line, which never holds the password."""
    original = getattr(exc, "orig", None) or exc
    message = str(original)
    pgconn = getattr(original, "pgconn", None)
    needs_password = bool(getattr(pgconn, "needs_password", False))
    return ConnectionFailed(classify_connection_error(message, needs_password),
                            first_line(message.removeprefix("connection failed: ")))
