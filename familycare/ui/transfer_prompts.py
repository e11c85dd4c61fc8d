"""Everything the transfer dialogs ask the person, as replaceable callables.

``TransferPrompts`` bundles the file choosers, the passphrase prompt, the yes/no question,
the export format choice and the message box; tests pass their own instead of clicking
through native dialogs. ``PassphraseDialog`` is the real passphrase prompt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from familycare.i18n.text import fill, translate
from familycare.services.backup import MIN_PASSPHRASE_LENGTH
from familycare.ui.text_size import fit_window


class ExportFormat(Enum):
    JSON = "json"
    CALENDAR = "ics"


# (parent, caption, name filter, suggested file name) → the chosen file, or None
SaveFile = Callable[[QWidget, str, str, str], Path | None]
# (parent, caption, name filter) → the chosen file, or None
OpenFile = Callable[[QWidget, str, str], Path | None]
# (parent, caption) → the chosen folder, or None
ChooseFolder = Callable[[QWidget, str], Path | None]
# (parent, confirm twice) → the passphrase, or None when cancelled
AskPassphrase = Callable[[QWidget, bool], str | None]
# (parent, title, question) → yes?
Confirm = Callable[[QWidget, str, str], bool]
# (parent) → the chosen format, or None
ChooseFormat = Callable[[QWidget], ExportFormat | None]
# (parent, title, text, is_error)
Inform = Callable[[QWidget, str, str, bool], None]


def save_file_dialog(parent: QWidget, caption: str, name_filter: str,
                     suggested: str) -> Path | None:
    # Replacing an existing file is refused by the writers themselves (backups) or is what the
    # person asked for (exports); the native dialog asks about it either way.
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return Path(name) if name else None


def open_file_dialog(parent: QWidget, caption: str, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", name_filter)
    return Path(name) if name else None


def folder_dialog(parent: QWidget, caption: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, caption)
    return Path(name) if name else None


def passphrase_dialog(parent: QWidget, confirm: bool) -> str | None:
    dialog = PassphraseDialog(confirm, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def confirm_box(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


def format_box(parent: QWidget) -> ExportFormat | None:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("transfer", "Export"))
    box.setText(translate("transfer", "What do you want to export?"))
    box.setInformativeText(translate(
        "transfer",
        "Household data (JSON): the family, cards, visits and settings, readable by other "
        "programs. It holds NO sensitive note texts and no passphrase protects it.\n\n"
        "Calendar (.ics): the deadlines, for any calendar app.",
    ))
    json_button = box.addButton(translate("transfer", "Household data (JSON)"),
                                QMessageBox.ButtonRole.AcceptRole)
    ics_button = box.addButton(translate("transfer", "Calendar (.ics)"),
                               QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is json_button:
        return ExportFormat.JSON
    if clicked is ics_button:
        return ExportFormat.CALENDAR
    return None


def message_box(parent: QWidget, title: str, text: str, is_error: bool) -> None:
    if is_error:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


@dataclass(frozen=True)
class TransferPrompts:
    save_file: SaveFile = save_file_dialog
    open_file: OpenFile = open_file_dialog
    choose_folder: ChooseFolder = folder_dialog
    passphrase: AskPassphrase = passphrase_dialog
    confirm: Confirm = confirm_box
    choose_format: ChooseFormat = format_box
    inform: Inform = message_box


class PassphraseDialog(QDialog):
    """Asks the backup passphrase (twice when ``confirm``); OK stays off until it is usable."""

    def __init__(self, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self.setWindowTitle(translate("transfer", "Backup passphrase"))
        layout = QVBoxLayout(self)
        if confirm:
            text = fill(translate(
                "transfer",
                "Choose a passphrase of at least {min} characters and keep it somewhere safe. "
                "The backup holds the sensitive notes of this computer, so it is locked with "
                "this passphrase: without it, nobody can open the file — not even you.",
            ), {"min": MIN_PASSPHRASE_LENGTH})
        else:
            text = translate("transfer", "Enter the passphrase that was chosen for this backup.")
        explanation = QLabel(text, self)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("transfer", "Passphrase:"), self.first)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        if confirm:
            form.addRow(translate("transfer", "Once more:"), self.second)
        else:
            self.second.hide()
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()
        fit_window(self, 480)

    def passphrase(self) -> str:
        return self.first.text()

    def problem_text(self) -> str:
        """Why OK is off, or "" when the passphrase can be used."""
        first = self.first.text()
        if not first:
            return ""  # nothing typed yet: no scolding
        if not self._confirm:
            return ""
        if len(first) < MIN_PASSPHRASE_LENGTH:
            return fill(translate("transfer", "At least {min} characters, please."),
                        {"min": MIN_PASSPHRASE_LENGTH})
        if self.second.text() and self.second.text() != first:
            return translate("transfer", "The two passphrases are not the same.")
        return ""

    def _check(self) -> None:
        first = self.first.text()
        usable = bool(first) and (
            not self._confirm
            or (len(first) >= MIN_PASSPHRASE_LENGTH and self.second.text() == first)
        )
        self.problem.setText(self.problem_text())
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(usable)
