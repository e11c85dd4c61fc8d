"""Start-up when the shared household cannot be opened (server away, password not saved,
keyring locked …): instead of ending with a message, offer the way out the message names.

"Shared database settings…" opens the dialog (fix the password, the address, the
encryption, or go back to the household file for good); "Open the household file on this
PC" does so for this start only, leaving the choice as it is for when the server is back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from familycare.i18n.text import translate
from familycare.paths import DB_FILE_NAME, AppPaths, sqlite_url
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text

if TYPE_CHECKING:
    from familycare.household import Household

log = logging.getLogger(__name__)

SETTINGS, LOCAL_FILE, QUIT = "settings", "local_file", "quit"
Choose = Callable[[StorageError], str]
RunSettings = Callable[[AppPaths], "Household | None"]


def ask_with_message_box(error: StorageError) -> str:
    box = QMessageBox(QMessageBox.Icon.Warning,
                      translate("shared_db", "The shared household could not be opened"),
                      storage_error_text(error))
    settings = box.addButton(translate("shared_db", "Shared database settings…"),
                             QMessageBox.ButtonRole.ActionRole)
    local = box.addButton(translate("shared_db", "Open the household file on this PC this "
                                                 "time"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(settings)
    box.exec()
    clicked = box.clickedButton()
    return SETTINGS if clicked is settings else LOCAL_FILE if clicked is local else QUIT


def run_settings_dialog(paths: AppPaths) -> Household | None:
    from PySide6.QtCore import QCoreApplication

    from familycare.ui.shared_database_dialog import SharedDatabaseDialog

    dialog = SharedDatabaseDialog(paths)
    try:
        dialog.exec()
        dialog.worker.wait()
        QCoreApplication.processEvents()  # deliver a result that arrived as it closed
        return dialog.opened
    finally:
        dialog.deleteLater()


def open_household_file(paths: AppPaths) -> Household:
    from familycare.household import open_household

    local = AppPaths(paths.data_dir, sqlite_url(paths.data_dir / DB_FILE_NAME), paths.config_dir)
    return open_household(local)


def recover_shared_database(paths: AppPaths, error: StorageError,
                            choose: Choose = ask_with_message_box,
                            run_settings: RunSettings = run_settings_dialog) -> Household | None:
    """Ask until a household is open or the person quits (None)."""
    while True:
        choice = choose(error)
        log.info("shared household not opened (%s); chosen: %s", error.code, choice)
        if choice == SETTINGS:
            opened = run_settings(paths)
            if opened is not None:
                return opened
        elif choice == LOCAL_FILE:
            try:
                return open_household_file(paths)
            except StorageError as exc:  # asked again, with what went wrong this time
                error = exc
        else:
            return None
