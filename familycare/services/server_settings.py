"""What the Shared database dialog asks for, as a URL without password (and back).

Encryption choices are libpq's ``sslmode`` values; "require" is the default a person gets.
"""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_PORT = 5432
DRIVER = "postgresql+psycopg"
TLS_MODES = ("require", "verify-full", "prefer", "disable")


@dataclass(frozen=True)
class ServerSettings:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    tls: str = "require"

    def problems(self) -> list[str]:
        """Codes of what is missing (catalog_connection.FORM_PROBLEMS)."""
        found = []
        if not self.host.strip():
            found.append("host_missing")
        if not self.database.strip():
            found.append("database_name_missing")
        if not self.user.strip():
            found.append("user_missing")
        if not 0 < self.port < 65536:
            found.append("port_invalid")
        return found

    def url(self) -> str:
        from sqlalchemy.engine import URL

        return URL.create(
            DRIVER, username=self.user.strip(), host=self.host.strip(), port=self.port,
            database=self.database.strip(), query={"sslmode": self.tls},
        ).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> ServerSettings | None:
        """The settings in a PostgreSQL URL (None for SQLite or anything unreadable)."""
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except (ArgumentError, ValueError):
            return None
        if not parsed.drivername.startswith("postgresql"):
            return None
        mode = parsed.query.get("sslmode", "prefer")
        tls = mode if isinstance(mode, str) and mode in TLS_MODES else "prefer"
        return cls(host=parsed.host or "", database=parsed.database or "",
                   user=parsed.username or "", port=parsed.port or DEFAULT_PORT, tls=tls)


def location_text(db_url: str) -> str:
    """A short name for where a household is: "yamada on nas.local", or the file's folder."""
    settings = ServerSettings.from_url(db_url)
    if settings is None:
        from familycare.paths import sqlite_path_from_url

        path = sqlite_path_from_url(db_url)
        return path.parent.name if path is not None else db_url.split(":", 1)[0]
    return f"{settings.database} @ {settings.host}"
