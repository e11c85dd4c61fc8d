"""Opening another household in the running window, and handing its one-window lock over.

Start-up takes the household file's lock (services/instance_lock): two windows on one file
would overwrite each other's edits. A household opened later from File → Open or Recent
households needs the same guard: its lock is taken before it is opened (refused while
another window holds it), and the previous household's lock is let go only once the new
one is open, so a household that cannot be opened leaves everything as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from familycare.services.instance_lock import lock_for, lock_path

if TYPE_CHECKING:
    from familycare.household import Household
    from familycare.paths import AppPaths
    from familycare.services.instance_lock import InstanceLock


class HouseholdOpenElsewhere(Exception):
    """Another familycare window has the household open (it holds the lock)."""

    def __init__(self, data_dir: Path) -> None:
        super().__init__(f"household open in another window: {data_dir}")
        self.data_dir = data_dir


class LockedOpener:
    """``MainWindow``'s way to open a household folder, holding the lock of the one shown.

    ``lock`` is the lock start-up took for ``current`` (None for the demo or a database
    server, which have none); ``release`` lets go of whichever lock is held at the end.
    """

    def __init__(self, current: AppPaths, lock: InstanceLock | None,
                 paths_for: Callable[[Path], AppPaths],
                 open_paths: Callable[[AppPaths], Household]) -> None:
        self._lock_file = _resolved(lock_path(current)) if lock is not None else None
        self.lock = lock
        self._paths_for = paths_for
        self._open_paths = open_paths

    def __call__(self, folder: Path) -> Household:
        paths = self._paths_for(folder)
        target = _resolved(lock_path(paths))
        # The household on screen opened again (a restore, or picked from Recent): the
        # lock this window holds is already its own.
        same = target is not None and target == self._lock_file
        lock = None if same else lock_for(paths)
        if lock is not None and not lock.acquire():
            raise HouseholdOpenElsewhere(paths.data_dir)
        try:
            household = self._open_paths(paths)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        if not same:
            if self.lock is not None:
                self.lock.release()
            self.lock, self._lock_file = lock, target if lock is not None else None
        return household

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def _resolved(path: Path | None) -> Path | None:
    # The same file named two ways (relative --data-dir, a symlink) is still the same lock.
    return path.resolve() if path is not None else None
