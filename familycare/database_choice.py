"""Which database this PC opens when no --db-url / FAMILYCARE_DB_URL is given: the
household file in the data folder (default), or a shared household on a server chosen in
Settings → Shared database….

Kept in ``database.json`` in the config folder, as a URL WITHOUT password (the password is
in the keyring, service ``familycare-db``). Plain ``json``: read before the first paint.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)

CHOICE_FILE = "database.json"


def saved_database_url(config_dir: Path) -> str | None:
    """The shared database chosen on this PC, or None (use the household file)."""
    try:
        raw = json.loads((config_dir / CHOICE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        log.warning("database choice unreadable, using the household file: %s", exc)
        return None
    url = raw.get("url") if isinstance(raw, dict) else None
    return url if isinstance(url, str) and url else None


def save_database_url(config_dir: Path, url: str | None) -> None:
    """Remember ``url`` (None: back to the household file). Refuses a URL with a password:
    passwords belong in the keyring only."""
    path = config_dir / CHOICE_FILE
    if url is None:
        path.unlink(missing_ok=True)
        return
    if _has_password(url):
        raise ValueError("a database URL with a password is never saved")
    config_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({"url": url}, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def _has_password(url: str) -> bool:
    from sqlalchemy.engine import make_url

    return make_url(url).password is not None
