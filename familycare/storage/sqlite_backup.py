"""Consistent copies of an SQLite database with SQLite's online backup API.

A raw file copy can miss pages still in the WAL; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_sqlite_file(source: Path, destination: Path) -> Path:
    destination.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(destination, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return destination
