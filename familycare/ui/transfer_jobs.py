"""The work behind File → Back up / Restore / Export / Import, Qt-free so it can run on the
secret worker's thread (scrypt and keyring calls must never freeze the window).

Each function either finishes or raises; the dialogs turn the exception into a sentence.
Restore and import only ever fill an EMPTY folder, and a failed import removes what it made.
"""

from __future__ import annotations

import os
import secrets as token_source
import shutil
from collections.abc import Callable
from pathlib import Path

from familycare.household import Household, open_household
from familycare.paths import AppPaths
from familycare.secrets.store import SecretStore
from familycare.services.backup import (
    BackupResult,
    RestoreResult,
    ScryptCost,
    create_backup,
    read_backup,
    refuse_non_empty_target,
    restore_backup,
)
from familycare.services.clock import Clock
from familycare.services.json_export import (
    ExportResult,
    ImportResult,
    export_json,
    import_json,
    read_export,
)

PathsFor = Callable[[Path], AppPaths]


def folder_is_empty(folder: Path) -> bool:
    """A restore or import target must hold nothing yet (a missing folder counts as empty),
    so the new household is never mixed with someone's other files."""
    if not folder.exists():
        return True
    return folder.is_dir() and not any(folder.iterdir())


def back_up(household: Household, out: Path, passphrase: str,
            cost: ScryptCost | None = None) -> BackupResult:
    return create_backup(household, out, passphrase, cost)


def restore_into(source: Path, passphrase: str, paths: AppPaths, clock: Clock,
                 store: SecretStore) -> RestoreResult:
    # read_backup decrypts and validates everything first: a wrong passphrase or a damaged
    # file raises here, before a single file or keyring entry exists.
    contents = read_backup(source, passphrase)
    existed = _entries(paths.data_dir)
    try:
        return restore_backup(contents, paths, clock, store)
    except BaseException:
        # restore_backup removes its database and keyring entries; opening the household
        # also made a device id file and folders, which must not stay behind either.
        _remove_new_files(paths, existed)
        raise


def import_into(source: Path, paths: AppPaths, clock: Clock,
                store: SecretStore) -> ImportResult:
    refuse_non_empty_target(paths)
    read_export(source)  # a file that is no export is refused before anything is created
    existed = _entries(paths.data_dir)
    household = open_household(paths, clock, store)
    try:
        result = import_json(household, source)
    except BaseException:
        household.close()
        _remove_new_files(paths, existed)
        raise
    household.close()
    return result


def _entries(folder: Path) -> set[Path]:
    return set(folder.iterdir()) if folder.is_dir() else set()


def _remove_new_files(paths: AppPaths, existed: set[Path]) -> None:
    """Undo a failed restore or import: everything that was not in the folder before (the
    folder was checked to be empty, so all of it was made by this job)."""
    sqlite_file = paths.sqlite_file
    if sqlite_file is not None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            sqlite_file.with_name(sqlite_file.name + suffix).unlink(missing_ok=True)
    for entry in _entries(paths.data_dir) - existed:
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def export_household_json(household: Household, out: Path) -> ExportResult:
    return export_json(household, out)


def export_calendar(household: Household, out: Path) -> Path:
    from familycare.services.calendar_export import CalendarExport

    content = CalendarExport(household.todo, household.settings, household.clock).ics_bytes()
    write_atomically(out, content)
    return out


def write_atomically(out: Path, content: bytes) -> None:
    # A calendar app watching the file never sees half of it.
    tmp = out.with_name(f".{out.name}.{token_source.token_hex(4)}.part")
    try:
        with open(tmp, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
