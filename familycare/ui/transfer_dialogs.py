"""File → Back up to a file for a new PC… / Restore from a backup file… / Export… /
Import from JSON…

``TransferActions`` walks the person through each step with the prompts of
``TransferPrompts``, runs the slow part (scrypt, keyring, database) on a ``SecretWorker``
thread behind a busy progress dialog, and reports the outcome in plain words. These are
different from File → Restore from backup…, which puts back one of the AUTOMATIC copies.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from familycare.household import Household
from familycare.i18n.catalog_notes import notes_message
from familycare.i18n.text import fill, translate
from familycare.paths import AppPaths, resolve_paths
from familycare.secrets.store import SecretsUnavailable
from familycare.services.backup import BackupResult, RestoreResult, ScryptCost
from familycare.services.json_export import ExportResult, ImportResult
from familycare.services.secret_worker import SecretWorker
from familycare.storage.errors import StorageError
from familycare.ui import transfer_jobs as jobs
from familycare.ui.error_text import storage_error_text
from familycare.ui.transfer_prompts import ExportFormat, TransferPrompts

BACKUP_FILTER_SUFFIX = ".fcbackup"


class HouseholdWindow(Protocol):
    """What the actions need from the main window."""

    household: Household

    def open_household_folder(self, folder: Path) -> bool: ...


def default_paths_for(folder: Path) -> AppPaths:
    return resolve_paths(data_dir=folder)  # as the app opens a chosen folder


def error_text(exc: BaseException) -> str:
    """A plain sentence for anything a transfer can raise."""
    code = getattr(exc, "code", None)
    if isinstance(code, str):  # BackupError, JsonImportError, DumpError
        return notes_message(code, getattr(exc, "params", None))
    if isinstance(exc, SecretsUnavailable):
        return notes_message(exc.reason_code.value)
    if isinstance(exc, StorageError):
        return storage_error_text(exc)
    if isinstance(exc, OSError):
        return fill(translate(
            "transfer", "The file could not be written or read ({reason}). Nothing was changed."
        ), {"reason": exc.strerror or type(exc).__name__})
    return notes_message("")  # the generic "something went wrong"


class TransferActions(QObject):
    """The four File-menu flows. ``finished`` is emitted after every flow that ran a job."""

    finished = Signal()

    def __init__(
        self,
        window: HouseholdWindow,
        parent: QWidget,
        prompts: TransferPrompts | None = None,
        cost: ScryptCost | None = None,
        paths_for: Callable[[Path], AppPaths] = default_paths_for,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._parent = parent
        self.prompts = prompts or TransferPrompts()
        self.cost = cost
        self._paths_for = paths_for
        self.worker = SecretWorker(self)
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def wait(self, msecs: int = 60000) -> bool:
        return self.worker.wait(msecs)

    # -- plumbing ---------------------------------------------------------------------
    def _inform(self, title: str, text: str, is_error: bool = False) -> None:
        self.prompts.inform(self._parent, title, text, is_error)

    def _run(self, label: str, call: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None]) -> None:
        # Indeterminate: scrypt and the keyring give no progress to report, only "busy".
        progress = QProgressDialog(label, "", 0, 0, self._parent)
        progress.setCancelButton(None)  # a half-written restore must not be interrupted
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setWindowTitle(translate("transfer", "Please wait"))
        progress.show()
        self.progress = progress

        def close() -> None:
            progress.close()
            progress.deleteLater()
            self.progress = None

        def done(result: Any) -> None:
            close()
            on_done(result)
            self.finished.emit()

        def failed(exc: BaseException) -> None:
            close()
            on_error(exc)
            self.finished.emit()

        self.worker.run(call, done, failed)

    # -- back up ----------------------------------------------------------------------
    def back_up(self) -> None:
        household = self._window.household
        out = self.prompts.save_file(
            self._parent,
            translate("transfer", "Save the backup for a new PC as"),
            translate("transfer", "familycare backups (*.fcbackup)"),
            f"familycare-{household.clock.today().isoformat()}{BACKUP_FILTER_SUFFIX}",
        )
        if out is None:
            return
        if out.exists():
            self._inform(translate("transfer", "Backup not made"),
                         notes_message("backup_exists", {"path": str(out)}), True)
            return
        passphrase = self.prompts.passphrase(self._parent, True)
        if passphrase is None:
            return
        cost = self.cost
        self._run(
            translate("transfer", "Locking the backup with your passphrase…"),
            lambda: jobs.back_up(household, out, passphrase, cost),
            self._backed_up,
            self._backup_failed,
        )

    def _backed_up(self, result: BackupResult) -> None:
        text = fill(translate(
            "transfer",
            "The backup was saved as:\n{path}\n\nIt holds {members} family member(s) and "
            "{notes} note(s) of this computer. Keep the passphrase: the file cannot be "
            "opened without it.",
        ), {"path": str(result.path), "members": result.counts.get("members", 0),
            "notes": result.notes_included})
        if result.notes_missing:
            text += "\n\n" + fill(translate(
                "transfer",
                "{count} note(s) had no text in the keyring any more; only their titles are in "
                "the backup.",
            ), {"count": result.notes_missing})
        self._inform(translate("transfer", "Backup saved"), text)

    def _backup_failed(self, exc: BaseException) -> None:
        text = error_text(exc)
        if isinstance(exc, SecretsUnavailable):
            text = translate(
                "transfer",
                "The backup needs the notes of this computer from the keyring, and the "
                "keyring could not be read. Nothing was written.",
            ) + "\n\n" + text
        self._inform(translate("transfer", "Backup not made"), text, True)

    # -- restore ----------------------------------------------------------------------
    def restore(self) -> None:
        source = self.prompts.open_file(
            self._parent, translate("transfer", "Choose the backup file"),
            translate("transfer", "familycare backups (*.fcbackup);;All files (*)"),
        )
        if source is None:
            return
        passphrase = self.prompts.passphrase(self._parent, False)
        if passphrase is None:
            return
        folder = self._empty_folder(
            translate("transfer", "Choose an empty folder for the restored household"),
            translate("transfer", "Not restored"),
        )
        if folder is None:
            return
        household = self._window.household
        paths = self._paths_for(folder)
        store = household.notes.secret_store
        clock = household.clock
        self._run(
            translate("transfer", "Unlocking and restoring the backup…"),
            lambda: jobs.restore_into(source, passphrase, paths, clock, store),
            lambda result: self._restored(result, folder),
            lambda exc: self._inform(translate("transfer", "Not restored"), error_text(exc),
                                     True),
        )

    def _empty_folder(self, caption: str, refusal_title: str) -> Path | None:
        folder = self.prompts.choose_folder(self._parent, caption)
        if folder is None:
            return None
        if not jobs.folder_is_empty(folder):
            self._inform(refusal_title, fill(translate(
                "transfer",
                "The folder {folder} is not empty. A household can only be restored or "
                "imported into an empty folder, so nothing is mixed or overwritten. Make a new "
                "folder and choose it. Nothing was changed.",
            ), {"folder": str(folder)}), True)
            return None
        return folder

    def _restored(self, result: RestoreResult, folder: Path) -> None:
        text = fill(translate(
            "transfer",
            "The household was restored into:\n{folder}\n\n{members} family member(s), "
            "{notes} note(s) back in this computer's keyring.",
        ), {"folder": str(folder), "members": result.counts.get("members", 0),
            "notes": result.notes_restored})
        if result.notes_missing:
            text += "\n\n" + fill(translate(
                "transfer", "These notes had no text in the backup: {titles}"
            ), {"titles": ", ".join(result.notes_missing)})
        self._offer_to_open(translate("transfer", "Restored"), text, folder)

    def _offer_to_open(self, title: str, text: str, folder: Path) -> None:
        question = text + "\n\n" + translate("transfer", "Open this household now?")
        if self.prompts.confirm(self._parent, title, question):
            # As File → Open: unsaved Family-tab typing is asked about, the household's
            # lock is taken and its language and text size are put in place.
            self._window.open_household_folder(folder)

    # -- export -----------------------------------------------------------------------
    def export(self) -> None:
        chosen = self.prompts.choose_format(self._parent)
        if chosen is None:
            return
        household = self._window.household
        today = household.clock.today().isoformat()
        if chosen is ExportFormat.JSON:
            out = self.prompts.save_file(
                self._parent, translate("transfer", "Export the household data as"),
                translate("transfer", "JSON files (*.json)"), f"familycare-{today}.json",
            )
            if out is None:
                return
            self._run(translate("transfer", "Exporting…"),
                      lambda: jobs.export_household_json(household, out),
                      self._exported_json, self._export_failed)
            return
        out = self.prompts.save_file(
            self._parent, translate("transfer", "Export the calendar as"),
            translate("transfer", "Calendar files (*.ics)"), f"familycare-{today}.ics",
        )
        if out is None:
            return
        self._run(translate("transfer", "Exporting…"),
                  lambda: jobs.export_calendar(household, out),
                  self._exported_calendar, self._export_failed)

    def _exported_json(self, result: ExportResult) -> None:
        self._inform(translate("transfer", "Exported"), fill(translate(
            "transfer",
            "The household data was saved as:\n{path}\n\nIt holds {members} family member(s). "
            "It does not hold the text of any sensitive note, and it is not encrypted: keep it "
            "somewhere private.",
        ), {"path": str(result.path), "members": result.counts.get("members", 0)}))

    def _exported_calendar(self, path: Path) -> None:
        self._inform(translate("transfer", "Exported"), fill(translate(
            "transfer", "The calendar was saved as:\n{path}\n\nOpen it with your calendar app."
        ), {"path": str(path)}))

    def _export_failed(self, exc: BaseException) -> None:
        self._inform(translate("transfer", "Not exported"), error_text(exc), True)

    # -- import -----------------------------------------------------------------------
    def import_json(self) -> None:
        source = self.prompts.open_file(
            self._parent, translate("transfer", "Choose the JSON export"),
            translate("transfer", "JSON files (*.json);;All files (*)"),
        )
        if source is None:
            return
        folder = self._empty_folder(
            translate("transfer", "Choose an empty folder for the imported household"),
            translate("transfer", "Not imported"),
        )
        if folder is None:
            return
        household = self._window.household
        paths = self._paths_for(folder)
        store = household.notes.secret_store
        clock = household.clock
        self._run(
            translate("transfer", "Importing…"),
            lambda: jobs.import_into(source, paths, clock, store),
            lambda result: self._imported(result, folder),
            lambda exc: self._inform(translate("transfer", "Not imported"), error_text(exc),
                                     True),
        )

    def _imported(self, result: ImportResult, folder: Path) -> None:
        text = fill(translate(
            "transfer", "The household was imported into:\n{folder}\n\n{members} family member(s)."
        ), {"folder": str(folder), "members": result.counts.get("members", 0)})
        if result.note_titles_skipped:
            text += "\n\n" + fill(translate(
                "transfer",
                "{count} note(s) were not imported: an export holds only their titles, never "
                "their text.",
            ), {"count": result.note_titles_skipped})
        self._offer_to_open(translate("transfer", "Imported"), text, folder)
