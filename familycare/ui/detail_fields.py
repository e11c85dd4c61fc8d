"""Building blocks shared by the member detail panels: a form whose every field has its error
line right under it, dates in both calendars with a countdown, status icons with words, and
the injectable confirm / dialog runners (tests pass their own, no global patching)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.validation import ValidationIssue
from familycare.i18n.date_text import date_text as both_calendars
from familycare.i18n.messages import validation_text
from familycare.i18n.text import fill, translate
from familycare.ui.member_form import DateField
from familycare.ui.text_size import BASE_POINT_SIZE, scaled_px

Confirm = Callable[[QWidget, str, str], bool]
DialogRunner = Callable[[QDialog], bool]


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_modal(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def countdown(day: date, today: date) -> str:
    days = (day - today).days
    if days == 0:
        return translate("member_ui", "today")
    if days > 0:
        return fill(translate("member_ui", "{days} days left"), {"days": days})
    return fill(translate("member_ui", "{days} days ago"), {"days": -days})


def date_text(day: date | None) -> str:
    return both_calendars(day) if day is not None else translate("member_ui", "not entered")


def cell_date(day: date) -> str:
    """Both calendars on two lines, so narrow table columns never cut a date off."""
    text = both_calendars(day)
    return text.replace(" (", "\n(", 1) if " (" in text else text.replace("(", "\n(", 1)


def date_with_countdown(day: date, today: date) -> str:
    """``2026年12月1日(令和8年) — あと6日``: deadlines always say how far away they are."""
    return f"{both_calendars(day)} — {countdown(day, today)}"


# Icons go with words, never colour alone (UX.md).
STATUS_ICONS = {
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "danger": QStyle.StandardPixmap.SP_MessageBoxCritical,
}
STATUS_SYMBOLS = {"ok": "✔", "info": "ℹ", "warning": "⚠", "danger": "✖"}


class StatusLine(QWidget):
    """An icon and a sentence; ``level`` is readable as ``self.level`` (tests, screen readers
    get the words through the label)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QHBoxLayout

        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.level = "info"
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.icon, 0)
        row.addWidget(self.text, 1)

    def set(self, level: str, text: str) -> None:
        self.level = level
        icon = self.style().standardIcon(STATUS_ICONS[level])
        self.icon.setPixmap(icon.pixmap(scaled_px(24), scaled_px(24)))
        self.text.setText(f"{STATUS_SYMBOLS[level]} {text}")
        font = self.text.font()
        font.setBold(level == "danger")  # the strongest warnings also stand out in print
        self.text.setFont(font)
        self.text.setObjectName(f"status_{level}")
        self.setAccessibleName(text)


class FieldForm(QWidget):
    """Rows of label + widget, each with an optional hint and an error line under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Large text: a field that no longer fits beside its label goes under it, rather
        # than being squeezed below its own size (a check box's sentence cut off); from
        # 150 % on every label sits above its field, so hints get the whole width.
        large = QApplication.font().pointSizeF() >= BASE_POINT_SIZE * 1.5
        self.layout_.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if large
                                      else QFormLayout.RowWrapPolicy.WrapLongRows)
        self.errors: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self._rows: dict[str, QWidget] = {}

    def add_row(self, field: str, label_text: str, widget: QWidget, hint: str = "") -> None:
        label = QLabel(label_text, self)
        label.setWordWrap(True)
        focus = widget.edit if isinstance(widget, DateField) else widget
        label.setBuddy(focus)
        focus.setAccessibleName(label_text)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        if hint:
            hint_label = QLabel(hint, box)
            hint_label.setWordWrap(True)
            hint_label.setObjectName("fieldHint")
            column.addWidget(hint_label)
        error = QLabel(box)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        self.layout_.addRow(label, box)
        self.errors[field] = error
        self.widgets[field] = widget
        self._rows[field] = box

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        # Nested form rows estimate a wrapped hint's height a pixel or two short: hold each
        # hint to what its width needs, so its last line is never clipped in large text.
        super().resizeEvent(event)  # type: ignore[arg-type]
        for hint in self.findChildren(QLabel, "fieldHint"):
            hint.setMinimumHeight(hint.heightForWidth(hint.width()))

    def set_row_visible(self, field: str, visible: bool) -> None:
        self.layout_.setRowVisible(self._rows[field], visible)

    def show_issues(self, issues: Iterable[ValidationIssue]) -> list[ValidationIssue]:
        """Show each issue under its field; returns the issues that have no field here."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        unplaced = []
        first: QWidget | None = None
        for issue in issues:
            label = self.errors.get(issue.field)
            if label is None:
                unplaced.append(issue)
                continue
            text = "⚠ " + validation_text(issue.code, issue.params)
            label.setText((label.text() + "\n" + text).strip())
            label.show()
            if first is None:
                widget = self.widgets[issue.field]
                first = widget.edit if isinstance(widget, DateField) else widget
        if first is not None:
            first.setFocus()
        return unplaced

    def read_dates(
        self, fields: Mapping[str, DateField]
    ) -> tuple[dict[str, date | None], list[ValidationIssue]]:
        """Every typed date, and an issue for each one that cannot be read."""
        values: dict[str, date | None] = {}
        issues: list[ValidationIssue] = []
        for name, field in fields.items():
            try:
                values[name] = field.value()
            except ValueError as exc:
                values[name] = None
                issues.append(ValidationIssue(
                    name, str(getattr(exc, "code", "date_invalid")),
                    dict(getattr(exc, "params", {}) or {}),
                ))
        return values, issues


def issues_text(issues: Iterable[ValidationIssue]) -> str:
    return "\n".join("⚠ " + validation_text(i.code, i.params) for i in issues)
