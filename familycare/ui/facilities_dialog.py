"""Clinics and pharmacies: the saved facilities and what their card readers can do.

Until now these were only reachable with ``familycare facility``; the visit plan reads them,
so an unknown reader ("not known") makes the plan prepare for the worse case.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.card_record import Facility, FacilityDraft, FacilityKind
from familycare.domain.validation import ValidationFailed
from familycare.i18n.catalog_records import FACILITY_KINDS
from familycare.i18n.messages import validation_text
from familycare.i18n.noop import QT_TRANSLATE_NOOP
from familycare.i18n.text import fill, translate, translate_code
from familycare.services.facilities import FacilityService
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.members_page import Confirm, ask_yes_no
from familycare.ui.rows_table_model import RowsTableModel
from familycare.ui.text_size import fit_window, keep_titles_whole

Index = QModelIndex | QPersistentModelIndex

# Words for a reader's capability in the list and the choices (None: not known).
CAPABILITY_WORDS = {
    True: QT_TRANSLATE_NOOP("facilities", "available"),
    False: QT_TRANSLATE_NOOP("facilities", "not available"),
    None: QT_TRANSLATE_NOOP("facilities", "not known"),
}


def capability_text(value: bool | None) -> str:
    return translate_code("facilities", CAPABILITY_WORDS[value])


def kind_text(kind: FacilityKind) -> str:
    source = FACILITY_KINDS.get(kind.value)
    return translate_code("records", source) if source else kind.value


class FacilityTableModel(RowsTableModel[Facility]):
    NAME, KIND, ONLINE, FACE, PHONE = range(5)

    def headers(self) -> tuple[str, ...]:
        return (
            translate("facilities", "Name"),
            translate("facilities", "Kind"),
            translate("facilities", "Online eligibility check"),
            translate("facilities", "Face-recognition card reader"),
            translate("facilities", "Smartphone reader"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        f = self.rows[index.row()]
        column = index.column()
        if column == self.NAME:
            return f.name
        if column == self.KIND:
            return kind_text(f.kind)
        value = (f.online_check, f.face_reader, f.smartphone_reader)[column - self.ONLINE]
        return capability_text(value)


class CapabilityChoice(QComboBox):
    """Yes / no / not known; not known is the default because it plans for the worse case."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for value in (None, True, False):
            self.addItem(capability_text(value), value)

    def value(self) -> bool | None:
        return self.currentData()  # type: ignore[no-any-return]

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(self.findData(value))


class FacilitiesDialog(QDialog):
    """List, add, edit and delete saved clinics and pharmacies."""

    def __init__(
        self,
        facilities: FacilityService,
        parent: QWidget | None = None,
        confirm: Confirm = ask_yes_no,
    ) -> None:
        super().__init__(parent)
        self._service = facilities
        self._confirm = confirm
        self._current: Facility | None = None
        self.setWindowTitle(translate("facilities", "Clinics and pharmacies"))

        self.model = FacilityTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        keep_titles_whole(self.table.horizontalHeader())
        self.table.setAccessibleName(translate("facilities", "Saved clinics and pharmacies"))
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)

        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        self.name = QLineEdit(self)
        self.name_error = QLabel(self)
        self.name_error.setObjectName("fieldError")
        self.name_error.setWordWrap(True)
        self.name_error.hide()
        self.kind = QComboBox(self)
        for kind in FacilityKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.online = CapabilityChoice(self)
        self.face = CapabilityChoice(self)
        self.phone = CapabilityChoice(self)
        self.memo = QLineEdit(self)
        self.hint = QLabel(
            translate(
                "facilities",
                "Choose \"not known\" if you are not sure: the visit plan then prepares for "
                "the worse case.",
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)

        name_box = QVBoxLayout()
        name_box.setContentsMargins(0, 0, 0, 0)
        name_box.addWidget(self.name)
        name_box.addWidget(self.name_error)
        form = QFormLayout()
        # The name row holds a layout (field + its error), so its label needs an explicit buddy.
        name_label = QLabel(translate("facilities", "&Name"), self)
        name_label.setBuddy(self.name)
        self.name.setAccessibleName(name_label.text().replace("&", ""))
        form.addRow(name_label, name_box)
        form.addRow(translate("facilities", "&Kind"), self.kind)
        form.addRow(translate("facilities", "&Online eligibility check"), self.online)
        form.addRow(translate("facilities", "&Face-recognition card reader"), self.face)
        form.addRow(translate("facilities", "Sm&artphone reader"), self.phone)
        form.addRow(translate("facilities", "&Memo"), self.memo)
        for label_for in (self.kind, self.online, self.face, self.phone, self.memo):
            label = form.labelForField(label_for)
            if isinstance(label, QLabel):
                label_for.setAccessibleName(label.text().replace("&", ""))

        self.new_button = QPushButton(translate("facilities", "&New"), self)
        self.save_button = QPushButton(translate("facilities", "&Save"), self)
        self.delete_button = QPushButton(translate("facilities", "&Delete…"), self)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)

        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        right.addWidget(self.hint)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)
        fit_window(self, 1200, 520)

        self.reload()
        self.start_new()

    # -- list -------------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        self.model.set_rows(self._service.list_facilities())
        for row, facility in enumerate(self.model.rows):
            if facility.id == select_id:
                self.table.selectRow(row)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.edit(self.model.rows[current.row()])

    # -- form -------------------------------------------------------------------------
    def start_new(self) -> None:
        self._current = None
        self.table.clearSelection()
        self.heading.setText(translate("facilities", "New clinic or pharmacy"))
        self._fill(FacilityDraft(""))
        self.delete_button.setEnabled(False)
        self.name.setFocus()

    def edit(self, facility: Facility) -> None:
        self._current = facility
        self.heading.setText(facility.name)
        self._fill(facility.draft())
        self.delete_button.setEnabled(True)

    def _fill(self, draft: FacilityDraft) -> None:
        self.name.setText(draft.name)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.online.set_value(draft.online_check)
        self.face.set_value(draft.face_reader)
        self.phone.set_value(draft.smartphone_reader)
        self.memo.setText(draft.memo)
        self.name_error.hide()
        self.status.clear()

    def draft(self) -> FacilityDraft:
        return FacilityDraft(
            name=self.name.text(),
            kind=FacilityKind(self.kind.currentData()),
            online_check=self.online.value(),
            face_reader=self.face.value(),
            smartphone_reader=self.phone.value(),
            memo=self.memo.text(),
        )

    # -- actions ----------------------------------------------------------------------
    def save(self) -> Facility | None:
        self.name_error.hide()
        try:
            if self._current is None:
                saved = self._service.add_facility(self.draft())
            else:
                saved = self._service.update_facility(
                    self._current.id, self._current.version, self.draft()
                )
        except ValidationFailed as failed:
            self._show_issues(failed)
            return None
        except StorageError as exc:
            self.status.setText(storage_error_text(exc))
            return None
        self.reload(select_id=saved.id)
        self.edit(saved)
        self.status.setText(fill(translate("facilities", "{name} saved."), {"name": saved.name}))
        return saved

    def _show_issues(self, failed: ValidationFailed) -> None:
        texts = [validation_text(i.code, i.params) for i in failed.issues]
        name_texts = [
            validation_text(i.code, i.params) for i in failed.issues if i.field == "name"
        ]
        if name_texts:
            # Next to the field it is about, so a screen reader reads it with the name.
            self.name_error.setText("\n".join(name_texts))
            self.name_error.show()
            self.name.setFocus()
        self.status.setText("\n".join(texts))

    def delete_current(self) -> bool:
        facility = self._current
        if facility is None:
            return False
        question = fill(
            translate(
                "facilities",
                "Delete {name}? Saved visits there keep their date but no longer show the "
                "clinic or pharmacy.",
            ),
            {"name": facility.name},
        )
        if not self._confirm(self, translate("facilities", "Delete clinic or pharmacy"), question):
            return False
        try:
            self._service.delete_facility(facility.id)
        except StorageError as exc:
            self.status.setText(storage_error_text(exc))
            return False
        self.reload()
        self.start_new()
        deleted = translate("facilities", "{name} deleted.")
        self.status.setText(fill(deleted, {"name": facility.name}))
        return True
