"""The Documents tab: papers that prove insurance besides the card — the qualification
certificate (資格確認書), the qualification notice (資格情報のお知らせ) and the cost-cap
certificate (限度額) — with add, edit and delete (RULES.md section 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.card_record import DocumentDraft, DocumentKind, DocumentRecord
from familycare.domain.member import Member
from familycare.i18n import catalog_records as rec
from familycare.i18n.text import fill, translate, translate_code
from familycare.storage.errors import StorageError
from familycare.ui.detail_fields import (
    Confirm,
    DialogRunner,
    ask_yes_no,
    cell_date,
    countdown,
    date_text,
    run_modal,
)
from familycare.ui.error_text import storage_error_text
from familycare.ui.life_event_dialogs import RecordDialog
from familycare.ui.member_form import DateField
from familycare.ui.member_panel import MemberPanel, record_in_current_row
from familycare.ui.text_size import keep_titles_whole


def kind_explanation(kind: DocumentKind) -> str:
    if kind is DocumentKind.QUALIFICATION_CERTIFICATE:
        return translate("member_ui", "資格確認書: a paper from the insurer that works like the "
                                      "old insurance card. Show it instead of the card.")
    if kind is DocumentKind.QUALIFICATION_NOTICE:
        return translate("member_ui", "資格情報のお知らせ: a paper listing the insurance. Shown "
                                      "together with the card where the card cannot be read.")
    return translate("member_ui", "限度額: the certificate (or the consent given at the card "
                                  "reader) that caps high medical bills.")


class DocumentDialog(RecordDialog):
    def __init__(self, documents: object, member: Member, document: DocumentRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("member_ui", "Document"), parent)
        self._documents = documents
        self._member = member
        self._document = document
        self.kind = QComboBox(self)
        for kind in DocumentKind:
            self.kind.addItem(translate_code("records", rec.DOCUMENT_KINDS[kind.value]),
                              kind.value)
        self.issuer = QLineEdit(self)
        self.issuer.setPlaceholderText(translate("member_ui", "e.g. the insurer's name"))
        self.held = QCheckBox(translate("member_ui", "We have it"), self)
        self.applied_on = DateField(self)
        self.issued_on = DateField(self)
        self.valid_until = DateField(self)
        self.memo = QLineEdit(self)
        f = self.form
        f.add_row("kind", translate("member_ui", "Which paper"), self.kind)
        f.add_row("issuer", translate("member_ui", "Issued by"), self.issuer)
        f.add_row("held", "", self.held)
        f.add_row("applied_on", translate("member_ui", "Applied for on"), self.applied_on,
                  translate("member_ui", "If you do not have it yet."))
        f.add_row("issued_on", translate("member_ui", "Date on the paper"), self.issued_on)
        f.add_row("valid_until", translate("member_ui", "Valid until"), self.valid_until)
        f.add_row("memo", translate("member_ui", "Memo"), self.memo)
        draft = document.draft() if document is not None else DocumentDraft(
            DocumentKind.QUALIFICATION_CERTIFICATE)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.issuer.setText(draft.issuer)
        self.held.setChecked(draft.held)
        self.applied_on.set_value(draft.applied_on)
        self.issued_on.set_value(draft.issued_on)
        self.valid_until.set_value(draft.valid_until)
        self.memo.setText(draft.memo)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = DocumentKind(self.kind.currentData())
        self.set_note("info", kind_explanation(kind))
        self.form.set_row_visible("valid_until", kind is not DocumentKind.QUALIFICATION_NOTICE)

    def submit(self) -> DocumentRecord:
        dates = self.dates({"applied_on": self.applied_on, "issued_on": self.issued_on,
                            "valid_until": self.valid_until})
        kind = DocumentKind(self.kind.currentData())
        if kind is DocumentKind.QUALIFICATION_NOTICE:
            dates["valid_until"] = None
        draft = DocumentDraft(kind, self.issuer.text(), held=self.held.isChecked(),
                              memo=self.memo.text(), **dates)  # type: ignore[arg-type]
        service = self._documents
        if self._document is None:
            return service.add_document(self._member.id, draft)  # type: ignore[attr-defined]
        return service.update_document(  # type: ignore[attr-defined]
            self._document.id, self._document.version, draft)


class DocumentsPanel(MemberPanel):
    changed = Signal()

    def __init__(self, household: object, confirm: Confirm = ask_yes_no,
                 run_dialog: DialogRunner = run_modal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self._confirm = confirm
        self._run_dialog = run_dialog
        self._member: Member | None = None
        self._documents: list[DocumentRecord] = []
        self.last_dialog: DocumentDialog | None = None
        intro = QLabel(translate(
            "member_ui", "Papers that prove the insurance besides the card. Take them along "
                         "when the card cannot be used."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([
            translate("member_ui", "Paper"), translate("member_ui", "Issued by"),
            translate("member_ui", "Status"), translate("member_ui", "Valid until"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(header)
        self.table.setAccessibleName(translate("member_ui", "Documents"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.add_button = QPushButton(translate("member_ui", "Add…"), self)
        self.edit_button = QPushButton(translate("member_ui", "Edit…"), self)
        self.delete_button = QPushButton(translate("member_ui", "Delete…"), self)
        self.add_button.clicked.connect(self.add_document)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def reload(self) -> None:
        member = self._member
        self.setEnabled(member is not None)
        if member is None:
            self.table.setRowCount(0)
            return
        self._documents = self._household.documents.list_documents(member.id)  # type: ignore[attr-defined]
        self.table.setRowCount(len(self._documents))
        today = self.today()
        for row, doc in enumerate(self._documents):
            if doc.held:
                status = "✔ " + translate("member_ui", "held")
            else:
                status = "… " + fill(translate("member_ui", "applied for on {date}"),
                                     {"date": date_text(doc.applied_on)})
            if doc.valid_until is None:
                until = translate("member_ui", "—")
            elif doc.valid_until < today:
                until = "⚠ " + fill(translate("member_ui", "expired on {date}"),
                                    {"date": date_text(doc.valid_until)})
            else:
                until = f"{cell_date(doc.valid_until)}\n{countdown(doc.valid_until, today)}"
            cells = (translate_code("records", rec.DOCUMENT_KINDS[doc.kind.value]),
                     doc.issuer, status, until)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                self.table.setItem(row, column, item)
        has_rows = bool(self._documents)
        self.table.resizeRowsToContents()
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def selected_document(self) -> DocumentRecord | None:
        return record_in_current_row(self.table, self._documents)

    def add_document(self) -> bool:
        return self._open(None)

    def edit_selected(self) -> bool:
        document = self.selected_document()
        if document is None:
            self.status.setText(translate("member_ui", "Choose a paper in the table first."))
            return False
        return self._open(document)

    def _open(self, document: DocumentRecord | None) -> bool:
        if self._member is None:
            return False
        dialog = DocumentDialog(self._household.documents, self._member,  # type: ignore[attr-defined]
                                document, self)
        self.last_dialog = dialog
        try:
            accepted = self._run_dialog(dialog)
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"), storage_error_text(exc))
            accepted = False
        if accepted:
            self._finish(translate("member_ui", "The paper was saved."))
        return accepted

    def delete_selected(self) -> bool:
        document = self.selected_document()
        if document is None or self._member is None:
            self.status.setText(translate("member_ui", "Choose a paper in the table first."))
            return False
        question = fill(translate("member_ui", "Delete the {paper} of {name}?"), {
            "paper": translate_code("records", rec.DOCUMENT_KINDS[document.kind.value]),
            "name": self._member.display_name})
        if not self._confirm(self, translate("member_ui", "Delete paper"), question):
            return False
        try:
            self._household.documents.delete_document(document.id)  # type: ignore[attr-defined]
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not deleted"),
                                storage_error_text(exc))
            self.reload()
            return False
        self._finish(translate("member_ui", "The paper was deleted."))
        return True

    def _finish(self, message: str) -> None:
        self.reload()
        self.status.setText("✔ " + message)
        self.changed.emit()
