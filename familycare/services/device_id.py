"""A stable random id for this device, so a note row can say whose keyring holds its body.

Stored in the user config folder (``AppPaths.config_dir / "device_id"``), not in the
household database: a household shared over PostgreSQL is opened from several devices.
"""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

DEVICE_ID_FILE = "device_id"
_VALID = re.compile(r"^[0-9a-f]{32}$")


def load_or_create_device_id(config_dir: Path) -> str:
    """This device's id; created on first use (owner-only file, never overwritten)."""
    path = config_dir / DEVICE_ID_FILE
    existing = _read(path)
    if existing is not None:
        return existing
    config_dir.mkdir(parents=True, exist_ok=True)
    new_id = uuid.uuid4().hex
    try:
        # O_EXCL: two processes starting at once agree on whichever id was written first.
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        existing = _read(path)
        if existing is not None:
            return existing
        # A damaged file (e.g. empty after a crash): replace it atomically.
        tmp = path.with_name(f"{DEVICE_ID_FILE}.{new_id}.tmp")
        tmp.write_text(new_id + "\n", encoding="ascii")
        os.replace(tmp, path)
        return new_id
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(new_id + "\n")
    return new_id


def _read(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (FileNotFoundError, UnicodeDecodeError):
        return None
    return text if _VALID.match(text) else None


def this_device_name() -> str:
    """The computer's own name (its host name), shown on other computers next to the
    notes whose text is kept here; never a secret."""
    import platform

    return platform.node().strip()[:64]
