"""Someone saved the same record on another computer while this person was editing it:
show both versions field by field and let the person choose. Nothing is overwritten
silently: "Keep mine" saves their edits over the other computer's values knowingly,
"Take theirs" shows the other computer's version, and "Decide later" keeps the form as it
is, unsaved."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.edit_conflict import EditConflict
from familycare.i18n.text import fill, translate
from familycare.ui.text_size import fit_window, keep_titles_whole


class ConflictChoice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"
    LATER = "later"


@dataclass(frozen=True)
class ConflictRow:
    label: str
    mine: str
    theirs: str


# (parent, what was edited e.g. a name, differing rows, labels changed only there) -> choice
ChooseConflict = Callable[[QWidget, str, list[ConflictRow], list[str]], ConflictChoice]


def value_text(value: object) -> str:
    """A stored value as a person reads it (dates in both calendars)."""
    if value is None or value == "":
        return translate("conflict", "(empty)")
    if isinstance(value, bool):
        return translate("conflict", "Yes") if value else translate("conflict", "No")
    if isinstance(value, date):
        from familycare.i18n.date_text import date_text

        return date_text(value)
    return str(value)


def conflict_rows(
    conflict: EditConflict, labels: dict[str, str],
    render: Callable[[str, object], str] = lambda _field, value: value_text(value),
) -> tuple[list[ConflictRow], list[str]]:
    """Rows for the dialog and the labels of the fields changed only on the other side."""
    rows = [ConflictRow(labels.get(c.field, c.field), render(c.field, c.mine),
                        render(c.field, c.theirs)) for c in conflict.differing]
    return rows, [labels.get(name, name) for name in conflict.changed_there]


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, what: str, rows: Iterable[ConflictRow],
                 changed_there: Iterable[str]) -> None:
        super().__init__(parent)
        self.choice = ConflictChoice.LATER
        self.setWindowTitle(translate("conflict", "Changed on another computer"))
        intro = QLabel(fill(translate(
            "conflict", "{what} was changed on another computer while you were editing. "
                        "Nothing has been overwritten yet. Choose which version to keep."),
            {"what": what}), self)
        intro.setWordWrap(True)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([
            translate("conflict", "Field"), translate("conflict", "Your version"),
            translate("conflict", "Saved on the other computer")])
        for row in rows:
            items = [QStandardItem(row.label), QStandardItem(row.mine),
                     QStandardItem(row.theirs)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(self.table.horizontalHeader())
        self.table.setAccessibleName(translate("conflict", "Your version and the other "
                                                           "computer's, field by field"))
        self.table.setVisible(self.model.rowCount() > 0)
        there = list(changed_there)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        notes = []
        if self.model.rowCount() == 0:
            notes.append(translate("conflict", "Your changes do not clash with theirs."))
        if there:
            notes.append(fill(translate(
                "conflict", "Also changed on the other computer, and kept whatever you "
                            "choose: {fields}."), {"fields": ", ".join(there)}))
        self.note.setText("\n".join(notes))
        self.note.setVisible(bool(notes))
        self.keep_button = QPushButton(translate("conflict", "&Keep mine (save over theirs)"),
                                       self)
        self.theirs_button = QPushButton(
            translate("conflict", "&Take theirs (discard my changes)"), self)
        self.later_button = QPushButton(translate("conflict", "Decide &later"), self)
        for button, choice in ((self.keep_button, ConflictChoice.KEEP_MINE),
                               (self.theirs_button, ConflictChoice.TAKE_THEIRS),
                               (self.later_button, ConflictChoice.LATER)):
            button.setAccessibleName(button.text().replace("&", ""))
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        self.later_button.setDefault(True)  # Enter never overwrites anything
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        fit_window(self, 720, 360)

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept() if choice is not ConflictChoice.LATER else self.reject()


def choose_with_dialog(parent: QWidget, what: str, rows: list[ConflictRow],
                       changed_there: list[str]) -> ConflictChoice:
    dialog = ConflictDialog(parent, what, rows, changed_there)
    try:
        dialog.exec()
        return dialog.choice
    finally:
        dialog.deleteLater()
