"""Real SQLite households for the tests that switch the household on screen (File → Open,
Recent households, File → New, an import or a restore), and a look at their one-window
locks from another process, as a second familycare would see them."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

LOCK_PROBE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from familycare.services.instance_lock import InstanceLock
    for folder in sys.argv[1:]:
        lock = InstanceLock(Path(folder) / "familycare.sqlite3.lock")
        print("free" if lock.acquire() else "held", end=" ", flush=True)
        lock.release()
    """
)

REPO = Path(__file__).resolve().parents[2]


def stored_household(folder: Path, clock: object, language: str, scale: int, user: str):
    """A real SQLite household in ``folder`` with its settings stored; returns its paths."""
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.settings import LANGUAGE, TEXT_SCALE, USER_NAME

    paths = resolve_paths(data_dir=folder, environ={})
    household = open_household(paths, clock)
    try:
        for key, value in ((LANGUAGE, language), (TEXT_SCALE, str(scale)), (USER_NAME, user)):
            if value:
                household.settings.set(key, value)
    finally:
        household.close()
    return paths


def locks_seen_from_another_process(*folders: Path) -> list[str]:
    """"held" or "free" for each household folder, as another familycare would find it."""
    result = subprocess.run([sys.executable, "-c", LOCK_PROBE, *map(str, folders)],
                            capture_output=True, text=True, cwd=REPO, timeout=60, check=True)
    return result.stdout.split()
