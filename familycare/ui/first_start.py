"""The first start of a new household: language and text size, asked once.

Shown when a household has no members and has never been welcomed: a new data folder, not a
household someone already uses (it would be asked once after an update otherwise), never
in ``--demo`` or headless runs (app.py only calls it for the interactive window), and never
in tests or the command line, which do not go through app.py's window start.
Both choices stay in Settings (Language, Text size) and are applied at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from familycare.i18n.text import translate
from familycare.services.settings import TEXT_SCALES, WELCOMED
from familycare.ui.text_size import BASE_POINT_SIZE, fit_window


def needs_welcome(household: Any) -> bool:
    return not household.settings.get(WELCOMED) and not household.members.list_members()


class FirstStartDialog(QDialog):
    def __init__(self, language: str, text_scale: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("first_start", "Welcome to familycare"))
        intro = QLabel(translate(
            "first_start", "Two choices before you start. You can change both later under "
                           "Settings."), self)
        intro.setWordWrap(True)

        language_box = QGroupBox(translate("first_start", "Language / 言語"), self)
        self.languages = QButtonGroup(self)
        language_layout = QVBoxLayout(language_box)
        for code, label in (("ja", "日本語"), ("en", "English")):
            button = QRadioButton(label, language_box)
            button.setChecked(code == language)
            button.setProperty("code", code)
            self.languages.addButton(button)
            language_layout.addWidget(button)

        size_box = QGroupBox(translate("first_start", "Text size"), self)
        self.sizes = QButtonGroup(self)
        size_layout = QVBoxLayout(size_box)
        labels = (translate("first_start", "Normal (100 %)"),
                  translate("first_start", "Large (150 %)"),
                  translate("first_start", "Very large (200 %)"))
        for percent, label in zip(TEXT_SCALES, labels, strict=True):
            button = QRadioButton(label, size_box)
            # Each choice in its own size: the person sees what they choose.
            font = button.font()
            font.setPointSizeF(BASE_POINT_SIZE * percent / 100)
            button.setFont(font)
            button.setChecked(percent == text_scale)
            button.setProperty("percent", percent)
            self.sizes.addButton(button)
            size_layout.addWidget(button)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(language_box)
        layout.addWidget(size_box)
        layout.addWidget(buttons)
        fit_window(self, 420)

    def language(self) -> str:
        return str(self.languages.checkedButton().property("code"))

    def text_scale(self) -> int:
        return int(self.sizes.checkedButton().property("percent"))


def offer_first_start(window: Any) -> FirstStartDialog | None:
    """Opens the dialog (window-modal, not blocking) when the household is new; whatever
    the person does with it, it is not shown again for this household."""
    household = window.household
    if not needs_welcome(household):
        return None
    dialog = FirstStartDialog(window.language() or "ja", household.settings.text_scale(),
                              window)

    def done(_result: int) -> None:
        household.settings.set(WELCOMED, "1")
        if _result == QDialog.DialogCode.Accepted:
            if dialog.text_scale() != household.settings.text_scale():
                window.set_text_scale(dialog.text_scale())
            window.set_language(dialog.language())
        dialog.deleteLater()

    dialog.finished.connect(done)
    dialog.open()
    return dialog
