"""Safe start-up: a damaged household file, a second window, and the daily backup.

A damaged or foreign household file is never overwritten. The dialog explains what
happened and offers two ways forward that both keep the file: put back the newest good
backup (the damaged file is moved aside), or start a new household (the damaged file is
moved aside under a timestamped name). Nothing is deleted.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from familycare.i18n.text import fill, translate
from familycare.paths import AppPaths
from familycare.services.auto_backup import (
    BACKUP_KEEP_SETTING,
    BackupInfo,
    backup_if_due,
    keep_setting_value,
    move_aside,
    newest_usable_backup,
    restore_backup,
)
from familycare.storage.errors import DatabaseCorrupt, ForeignDatabase, StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.text_size import fit_window

if TYPE_CHECKING:
    from familycare.household import Household
    from familycare.services.instance_lock import ActivationServer

log = logging.getLogger(__name__)

RECOVERABLE = (DatabaseCorrupt, ForeignDatabase)


class RecoveryChoice(Enum):
    RESTORED = "restored"
    STARTED_FRESH = "started_fresh"
    QUIT = "quit"


def offers_recovery(error: BaseException) -> bool:
    """Damaged or foreign files get the dialog; a newer app's file only an explanation."""
    return isinstance(error, RECOVERABLE)


class StartupRecoveryDialog(QDialog):
    def __init__(
        self, paths: AppPaths, error: StorageError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.choice = RecoveryChoice.QUIT
        self.kept_aside: Path | None = None
        self.backup: BackupInfo | None = newest_usable_backup(paths)
        self.setWindowTitle(translate("recovery", "The household could not be opened"))
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self._explanation(error))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.restore_button = QPushButton(self._restore_label(), self)
        self.restore_button.setEnabled(self.backup is not None)
        self.restore_button.clicked.connect(self.restore_newest)
        layout.addWidget(self.restore_button)
        self.fresh_button = QPushButton(
            translate("recovery", "Start a new, empty household (the damaged file is kept)"),
            self,
        )
        self.fresh_button.clicked.connect(self.start_fresh)
        layout.addWidget(self.fresh_button)
        self.quit_button = QPushButton(translate("recovery", "Quit without changing anything"))
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(self.quit_button)
        (self.restore_button if self.backup else self.quit_button).setDefault(True)
        fit_window(self, 560)

    def _explanation(self, error: StorageError) -> str:
        parts = [
            storage_error_text(error),
            fill(
                translate("recovery", "The file is:\n{file}"),
                {"file": str(self.paths.sqlite_file)},
            ),
        ]
        if self.backup is None:
            parts.append(translate("recovery", "No good backup was found in the backup folder."))
        return "\n\n".join(parts)

    def _restore_label(self) -> str:
        if self.backup is None:
            return translate("recovery", "Restore the newest good backup (none found)")
        return fill(
            translate(
                "recovery", "Restore the newest good backup, from {when} ({count} family members)"
            ),
            {
                "when": self.backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                "count": self.backup.member_count,
            },
        )

    def restore_newest(self) -> None:
        if self.backup is None:
            return
        try:
            result = restore_backup(self.backup.path, self.paths, datetime.now(UTC))
        except (StorageError, OSError, sqlite3.Error) as exc:
            self._failed(exc)
            return
        self.kept_aside = result.kept_aside
        self.choice = RecoveryChoice.RESTORED
        self.accept()

    def start_fresh(self) -> None:
        try:
            self.kept_aside = move_aside(self.paths, "damaged", datetime.now(UTC))
        except OSError as exc:
            self._failed(exc)
            return
        self.choice = RecoveryChoice.STARTED_FRESH
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        log.error("start-up recovery failed: %s", exc)
        text = storage_error_text(exc) if isinstance(exc, StorageError) else str(exc)
        QMessageBox.warning(self, translate("recovery", "Nothing was changed"), text)


def recover_at_startup(paths: AppPaths, error: StorageError) -> bool:
    """Show the recovery dialog; True when the household should now be opened again."""
    dialog = StartupRecoveryDialog(paths, error)
    dialog.exec()
    if dialog.choice is RecoveryChoice.QUIT:
        return False
    log.warning("start-up recovery: %s; kept aside %s", dialog.choice.value, dialog.kept_aside)
    return True


def already_open_text() -> str:
    """Why a household open in another window is not opened here (start-up, File → Open)."""
    return translate(
        "recovery",
        "familycare is already open for this household in another window. Use that window: "
        "two windows on one household could overwrite each other's changes.",
    )


def refuse_second_window(paths: AppPaths, headless: bool) -> int:
    """Another window has this household open: bring it forward and explain. Exit code 1."""
    from familycare.services.instance_lock import ask_running_window_to_activate

    brought_forward = ask_running_window_to_activate(paths.data_dir)
    message = already_open_text()
    log.warning("second window refused (first window notified: %s)", brought_forward)
    if headless:
        print(f"familycare: {message}", file=sys.stderr)
    else:
        QMessageBox.information(None, translate("recovery", "Already open"), message)
    return 1


def run_daily_backup(window: QWidget) -> Path | None:
    """The once-a-day copy, after the window is up. A failure is shown, never fatal."""
    household = window.household  # type: ignore[attr-defined]
    paths = household.paths
    if paths.sqlite_file is None or household.demo:
        return None
    keep = keep_setting_value(household.settings.get(BACKUP_KEEP_SETTING, ""))
    try:
        return backup_if_due(paths, datetime.now(UTC), keep)
    except (OSError, sqlite3.Error, StorageError) as exc:
        log.error("daily backup failed: %s", exc)
        window.statusBar().showMessage(  # type: ignore[attr-defined]
            translate(
                "recovery",
                "Today's automatic backup could not be written (is the disk full?). Your "
                "household itself is fine.",
            )
        )
        return None


def open_or_recover(
    paths: AppPaths,
    open_household: Callable[[], Household],
    headless: bool,
    install_language: Callable[[], object],
) -> Household | None:
    """Open the household; on a damaged or foreign file offer recovery (not when headless).

    Returns None when the household was not opened (the reason was already shown).
    """
    try:
        return open_household()
    except StorageError as exc:
        install_language()
        log.error("household not opened: %s %s", exc.code, exc.detail)
        if not headless and paths.sqlite_file is None:
            # A shared household: offer its settings (the message says to go there).
            from familycare.ui.shared_database_recovery import recover_shared_database

            return recover_shared_database(paths, exc)
        if headless or not offers_recovery(exc):
            _show_not_opened(exc, headless)
            return None
        if not recover_at_startup(paths, exc):
            return None
    try:
        return open_household()
    except StorageError as exc:
        log.error("household not opened after recovery: %s %s", exc.code, exc.detail)
        _show_not_opened(exc, headless)
        return None


def _show_not_opened(exc: StorageError, headless: bool) -> None:
    message = storage_error_text(exc)
    if headless:
        print(f"familycare: {message}", file=sys.stderr)
    else:
        QMessageBox.critical(None, translate("app", "Household not opened"), message)


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def start_window_services(window: QWidget) -> WindowActivation:
    """After the window is shown: answer a second window's "come forward", and take the
    daily backup once the event loop runs. Returns what answers, to keep it alive."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: run_daily_backup(window))
    # Changes made on another computer (or by a command) appear without a restart.
    from familycare.ui.change_watcher import ChangeWatcher

    window.change_watcher = ChangeWatcher(window)  # type: ignore[attr-defined]
    window.change_watcher.start()  # type: ignore[attr-defined]
    return WindowActivation(window)


class WindowActivation:
    """Answers a second window's "come forward" for the household on screen, and follows
    File → Open: the household whose lock this window holds is the one it answers for."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.server: ActivationServer | None = None
        self.data_dir: Path | None = None
        self.follow()
        window.household_changed.connect(self.follow)  # type: ignore[attr-defined]

    def follow(self) -> None:
        from familycare.services.instance_lock import ActivationServer

        paths = self.window.household.paths  # type: ignore[attr-defined]
        data_dir = paths.data_dir if paths.sqlite_file is not None else None
        if data_dir == self.data_dir:
            return  # the same household (its pages rebuilt for a language or text size)
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None
        self.data_dir = data_dir
        if data_dir is None:
            return  # a database server: no lock, so no second window is refused
        server = ActivationServer(data_dir, self.window)
        if not server.listen():
            log.warning("activation server not listening: %s", server.name)
        server.activation_requested.connect(lambda: bring_forward(self.window))
        self.server = server
