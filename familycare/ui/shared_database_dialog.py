"""Settings → Shared database…: connect this PC to a household on a PostgreSQL server (two
homes or a care office sharing one family), test the connection first, or go back to the
household file on this PC.

The password goes only into the OS keyring (service ``familycare-db``); the settings keep
the address without it. Every keyring call, connection test and household opening runs on
the worker's thread, so an unlock prompt or a slow server never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycare.i18n.catalog_connection import (
    connection_problem_text,
    form_problem_text,
    report_text,
)
from familycare.i18n.text import fill, translate
from familycare.paths import DB_FILE_NAME, AppPaths, sqlite_url
from familycare.services.connection_check import ConnectionReport, check_connection
from familycare.services.db_password import DatabasePasswords
from familycare.services.secret_worker import SecretWorker
from familycare.services.server_settings import DEFAULT_PORT, ServerSettings, location_text
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text

if TYPE_CHECKING:
    from familycare.household import Household

OpenHousehold = Callable[[AppPaths, "str | None"], "Household"]


def open_for_paths(paths: AppPaths, password: str | None) -> Household:
    from familycare.household import open_household

    return open_household(paths, db_password=password)


@dataclass(frozen=True)
class _Outcome:
    report: ConnectionReport
    household: Household | None = None


class SharedDatabaseDialog(QDialog):
    """``opened`` holds the household to show once the dialog is accepted."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None,
                 passwords: DatabasePasswords | None = None,
                 open_household: OpenHousehold = open_for_paths,
                 worker: SecretWorker | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.passwords = passwords or DatabasePasswords()
        self._open = open_household
        self.worker = worker or SecretWorker(self)
        self.opened: Household | None = None
        self.setWindowTitle(translate("shared_db", "Shared database"))

        shared = paths.sqlite_file is None
        self.current = QLabel(fill(
            translate("shared_db", "This PC now uses: {where}."),
            {"where": location_text(paths.db_url) if shared
             else translate("shared_db", "the household file on this PC")}), self)
        self.current.setWordWrap(True)
        intro = QLabel(translate(
            "shared_db", "Two homes, or a care office, can keep one family's household on a "
                         "PostgreSQL server and open it from several computers. Ask whoever "
                         "runs the server for these details."), self)
        intro.setWordWrap(True)
        self.notes_hint = notes = QLabel(translate(
            "shared_db", "Sensitive notes stay on each computer: the shared database only "
                         "knows that a note exists and on which computer its text is."), self)
        notes.setWordWrap(True)

        known = ServerSettings.from_url(paths.db_url)
        self.host = QLineEdit(known.host if known else "", self)
        self.host.setPlaceholderText("nas.local")
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(known.port if known else DEFAULT_PORT)
        self.database = QLineEdit(known.database if known else "", self)
        self.user = QLineEdit(known.user if known else "", self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate(
            "shared_db", "Empty: use the password saved in the keyring"))
        self.tls = QComboBox(self)
        for mode, label in (
            ("require", translate("shared_db", "Required (recommended)")),
            ("verify-full", translate("shared_db", "Required, and check the server's "
                                                   "certificate")),
            ("prefer", translate("shared_db", "If the server offers it")),
            ("disable", translate("shared_db", "Off (only on a home network you trust)")),
        ):
            self.tls.addItem(label, mode)
        self.tls.setCurrentIndex(max(self.tls.findData(known.tls if known else "require"), 0))
        form = QFormLayout()
        for label, widget in (
            (translate("shared_db", "&Server"), self.host),
            (translate("shared_db", "&Port"), self.port),
            (translate("shared_db", "&Database"), self.database),
            (translate("shared_db", "&User"), self.user),
            (translate("shared_db", "Pass&word"), self.password),
            (translate("shared_db", "&Encryption"), self.tls),
        ):
            label_widget = QLabel(label, self)
            label_widget.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", ""))
            form.addRow(label_widget, widget)
        keyring_hint = QLabel(translate(
            "shared_db", "The password is kept only in this computer's keyring, never in a "
                         "file."), self)
        keyring_hint.setWordWrap(True)

        self.result = QLabel(self)
        self.result.setObjectName("connectionResult")
        self.result.setWordWrap(True)
        self.test_button = QPushButton(translate("shared_db", "&Test connection"), self)
        self.use_button = QPushButton(translate("shared_db", "Use this database on this &PC"),
                                      self)
        self.local_button = QPushButton(
            translate("shared_db", "Go back to the household &file on this PC"), self)
        self.local_button.setVisible(shared)
        for button in (self.test_button, self.use_button, self.local_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.test_button.clicked.connect(self.test_connection)
        self.use_button.clicked.connect(self.use_database)
        self.local_button.clicked.connect(self.use_household_file)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        self.worker.busy_changed.connect(self._set_busy)

        layout = QVBoxLayout(self)
        layout.addWidget(self.current)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(keyring_hint)
        layout.addWidget(notes)
        layout.addWidget(self.test_button)
        layout.addWidget(self.result)
        layout.addWidget(self.use_button)
        layout.addWidget(self.local_button)
        layout.addWidget(close)
        # The dialog grows with the (wrapped) result text instead of squeezing the form.
        for label in (self.current, intro, keyring_hint, notes, self.result):
            label.setMinimumWidth(600)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)

    # -- reading the form ------------------------------------------------------------------
    def settings(self) -> ServerSettings | None:
        chosen = ServerSettings(self.host.text(), self.database.text(), self.user.text(),
                                self.port.value(), str(self.tls.currentData()))
        problems = chosen.problems()
        if problems:
            self.result.setText(" ".join(form_problem_text(p) for p in problems))
            return None
        return chosen

    def _set_busy(self, busy: bool) -> None:
        for button in (self.test_button, self.use_button, self.local_button):
            button.setEnabled(not busy)

    # -- actions ---------------------------------------------------------------------------
    def test_connection(self) -> None:
        chosen = self.settings()
        if chosen is None:
            return
        url, typed = chosen.url(), self.password.text()
        passwords = self.passwords

        def call() -> ConnectionReport:
            return check_connection(url, typed or passwords.get(url))

        self.result.setText(translate("shared_db", "Testing the connection…"))
        self.worker.run(call, self._show_report, self._show_failure)

    def use_database(self) -> None:
        """Test, then keep the typed password in the keyring, open (creating or upgrading)
        the household, and only then remember the choice for the next start."""
        chosen = self.settings()
        if chosen is None:
            return
        url, typed = chosen.url(), self.password.text()
        paths = AppPaths(self.paths.data_dir, url, self.paths.config_dir)
        passwords, opener = self.passwords, self._open

        def call() -> _Outcome:
            from familycare.database_choice import save_database_url

            password = typed or passwords.get(url)
            report = check_connection(url, password)
            if not report.ok:
                return _Outcome(report)
            if typed:
                passwords.save(url, typed)  # known to be right: the test just used it
            household = opener(paths, password)
            save_database_url(paths.config_dir, url)
            return _Outcome(report, household)

        self.result.setText(translate("shared_db", "Connecting…"))
        self.worker.run(call, self._opened, self._show_failure)

    def use_household_file(self) -> None:
        paths = AppPaths(self.paths.data_dir, sqlite_url(self.paths.data_dir / DB_FILE_NAME),
                         self.paths.config_dir)
        opener = self._open

        def call() -> _Outcome:
            from familycare.database_choice import save_database_url

            household = opener(paths, None)
            save_database_url(paths.config_dir, None)
            return _Outcome(ConnectionReport(None), household)

        self.result.setText(translate("shared_db", "Opening the household file…"))
        self.worker.run(call, self._opened, self._show_failure)

    # -- results ---------------------------------------------------------------------------
    def _show_report(self, report: ConnectionReport) -> None:
        if report.ok:
            self.result.setText("✔ " + report_text(str(report.schema), report.members,
                                                  report.encrypted))
        else:
            self.result.setText("⚠ " + connection_problem_text(
                str(report.problem), {"detail": report.detail}))

    def _opened(self, outcome: _Outcome) -> None:
        if outcome.household is None:
            self._show_report(outcome.report)
            return
        self.opened = outcome.household
        self.accept()

    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, StorageError):  # a locked keyring, a newer schema …
            self.result.setText("⚠ " + storage_error_text(exc))
            return
        raise exc  # a bug: the crash handler writes a report

    def done(self, result: int) -> None:  # noqa: D102 - QDialog
        self.password.clear()
        super().done(result)


def open_shared_database_dialog(window: QWidget) -> bool:
    """Run the dialog for ``window``'s household; show the chosen household if one was."""
    dialog = SharedDatabaseDialog(window.household.paths, window)  # type: ignore[attr-defined]
    try:
        dialog.exec()
        dialog.worker.wait()  # a connection still under way when the dialog was closed …
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.processEvents()  # … delivers its result before we look
        if dialog.opened is None:
            return False
        window.use_household(dialog.opened)  # type: ignore[attr-defined]
        return True
    finally:
        dialog.deleteLater()
