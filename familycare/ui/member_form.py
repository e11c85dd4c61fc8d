"""The member detail form: fields with an error line under each (layout and reading only)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.member import Member, MemberDraft, Relationship
from familycare.domain.palette import OKABE_ITO
from familycare.domain.validation import ValidationIssue
from familycare.i18n.catalog_common import RELATIONSHIPS
from familycare.i18n.messages import validation_text
from familycare.i18n.noop import QT_TRANSLATE_NOOP
from familycare.i18n.text import translate, translate_code
from familycare.ui.text_size import scaled_px

COLOUR_NAMES = {
    "orange": QT_TRANSLATE_NOOP("colours", "Orange"),
    "sky_blue": QT_TRANSLATE_NOOP("colours", "Sky blue"),
    "bluish_green": QT_TRANSLATE_NOOP("colours", "Bluish green"),
    "yellow": QT_TRANSLATE_NOOP("colours", "Yellow"),
    "blue": QT_TRANSLATE_NOOP("colours", "Blue"),
    "vermillion": QT_TRANSLATE_NOOP("colours", "Vermillion"),
    "reddish_purple": QT_TRANSLATE_NOOP("colours", "Reddish purple"),
    "grey": QT_TRANSLATE_NOOP("colours", "Grey"),
}


def colour_icon(hex_colour: str, size: int | None = None) -> QIcon:
    size = size if size is not None else scaled_px(16)  # grows with large text
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(hex_colour))
    return QIcon(pixmap)


class DateField(QWidget):
    """A line edit that accepts ISO and 和暦 dates and shows how it read them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        # A label's mnemonic (buddy = this wrapper) puts the cursor in the edit.
        self.setFocusProxy(self.edit)
        self.edit.setPlaceholderText(translate("member_form", "e.g. 1950-03-14 or S25.3.14"))
        self.reading = QLabel(self)
        self.reading.setObjectName("dateReading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.reading)
        self.edit.textChanged.connect(self._show_reading)

    def value(self) -> date | None:
        """The date typed, or None if empty. Raises ValueError when it cannot be read."""
        text = self.edit.text().strip()
        if not text:
            return None
        from familycare.domain.date_input import parse_date_input

        return parse_date_input(text)  # DateInputError (a ValueError) carries code and params

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")

    def _show_reading(self) -> None:
        try:
            value = self.value()
        except ValueError:
            self.reading.setText("")
            return
        if value is None:
            self.reading.setText("")
            return
        from familycare.i18n.date_text import date_text

        self.reading.setText(date_text(value))


class MemberForm(QWidget):
    """Fields of one member. Emits ``edited`` whenever the person types."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(self)
        self.kana = QLineEdit(self)
        self.birth = DateField(self)
        self.relationship = QComboBox(self)
        for rel in Relationship:
            self.relationship.addItem(translate_code("relationship", RELATIONSHIPS[rel]), rel.value)
        self.colour = QComboBox(self)
        for key, hex_colour in OKABE_ITO:
            self.colour.addItem(
                colour_icon(hex_colour), translate_code("colours", COLOUR_NAMES[key]), hex_colour
            )
        self.memo = QPlainTextEdit(self)
        self.memo.setTabChangesFocus(True)
        self.memo.setPlaceholderText(
            translate("member_form", "Not for secrets: no PINs, no My Number.")
        )
        self.memo.setMaximumHeight(scaled_px(120))
        self.errors: dict[str, QLabel] = {}
        layout = QFormLayout(self)
        rows = (
            ("display_name", translate("member_form", "Name"), self.name),
            ("kana", translate("member_form", "Kana reading"), self.kana),
            ("birth_date", translate("member_form", "Date of birth"), self.birth),
            ("relationship", translate("member_form", "Relationship"), self.relationship),
            ("colour", translate("member_form", "Colour"), self.colour),
            ("memo", translate("member_form", "Memo"), self.memo),
        )
        for field, label_text, widget in rows:
            label = QLabel(label_text, self)
            label.setBuddy(widget.edit if isinstance(widget, DateField) else widget)
            error = QLabel(self)
            error.setObjectName("fieldError")
            error.setWordWrap(True)
            error.hide()
            box = QWidget(self)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(widget)
            box_layout.addWidget(error)
            layout.addRow(label, box)
            self.errors[field] = error
            accessible = widget.edit if isinstance(widget, DateField) else widget
            accessible.setAccessibleName(label_text)
        self.name.textChanged.connect(self.edited)
        self.kana.textChanged.connect(self.edited)
        self.birth.edit.textChanged.connect(self.edited)
        self.relationship.currentIndexChanged.connect(self.edited)
        self.colour.currentIndexChanged.connect(self.edited)
        self.memo.textChanged.connect(self.edited)

    def clear(self, default_colour: str = "") -> None:
        self.name.clear()
        self.kana.clear()
        self.birth.set_value(None)
        self.relationship.setCurrentIndex(self.relationship.findData(Relationship.PARENT.value))
        index = self.colour.findData(default_colour)
        self.colour.setCurrentIndex(max(index, 0))
        self.memo.clear()
        self.show_issues([])

    def load(self, member: Member) -> None:
        self.name.setText(member.display_name)
        self.kana.setText(member.kana)
        self.birth.set_value(member.birth_date)
        self.relationship.setCurrentIndex(self.relationship.findData(member.relationship.value))
        index = self.colour.findData(member.colour.upper())
        if index < 0:
            self.colour.addItem(colour_icon(member.colour), member.colour, member.colour)
            index = self.colour.count() - 1
        self.colour.setCurrentIndex(index)
        self.memo.setPlainText(member.memo)
        self.show_issues([])

    def draft(self) -> MemberDraft:
        """What was typed. Raises ValidationFailed-style issues for unreadable dates."""
        return MemberDraft(
            display_name=self.name.text(),
            kana=self.kana.text(),
            birth_date=self.birth.value(),
            relationship=Relationship(self.relationship.currentData()),
            colour=str(self.colour.currentData() or ""),
            memo=self.memo.toPlainText(),
        )

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        for label in self.errors.values():
            label.hide()
            label.clear()
        for issue in issues:
            label = self.errors.get(issue.field)
            if label is None:
                continue
            text = validation_text(issue.code, issue.params)
            label.setText((label.text() + "\n" + text).strip())
            label.show()
        if issues:
            first = issues[0].field
            widget = {
                "display_name": self.name,
                "kana": self.kana,
                "birth_date": self.birth.edit,
                "memo": self.memo,
            }.get(first)
            if widget is not None:
                widget.setFocus()
