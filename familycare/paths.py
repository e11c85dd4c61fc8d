"""Where a household's data lives, overridable for tests and portable installs.

Order of precedence: explicit argument (``--data-dir`` / ``--db-url``), then the environment
(``FAMILYCARE_DATA_DIR`` / ``FAMILYCARE_DB_URL``), then the shared database chosen in the
settings (``database_choice``), then the per-user data folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

DB_FILE_NAME = "familycare.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    db_url: str
    config_dir: Path

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def sqlite_file(self) -> Path | None:
        """The SQLite database file, or None when the URL names another engine."""
        return sqlite_path_from_url(self.db_url)


def sqlite_path_from_url(url: str) -> Path | None:
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix):].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_paths(
    data_dir: str | os.PathLike[str] | None = None,
    db_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> AppPaths:
    env = os.environ if environ is None else environ
    chosen_dir = data_dir or env.get("FAMILYCARE_DATA_DIR")
    if chosen_dir:
        base = Path(chosen_dir).expanduser().resolve()
    else:
        from platformdirs import user_data_dir

        base = Path(user_data_dir("familycare", appauthor=False))
    config = env.get("FAMILYCARE_CONFIG_DIR")
    if config:
        config_dir = Path(config).expanduser().resolve()
    elif chosen_dir:
        # A portable or test data folder keeps its own recent list.
        config_dir = base
    else:
        from platformdirs import user_config_dir

        config_dir = Path(user_config_dir("familycare", appauthor=False))
    url = db_url or env.get("FAMILYCARE_DB_URL")
    if not url:
        from familycare.database_choice import saved_database_url

        url = saved_database_url(config_dir) or sqlite_url(base / DB_FILE_NAME)
    return AppPaths(data_dir=base, db_url=url, config_dir=config_dir)
