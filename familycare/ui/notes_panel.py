"""A member's sensitive notes: titles always, a body only after an explicit "Show".

The body is hidden again after 30 seconds, when the window loses focus, when another
member is chosen, or when the panel is hidden; it never appears in a tooltip, the status
line or the log. Every keyring call runs on ``SecretWorker``'s thread. When the keyring
cannot be used the notes are shown as locked with what to do; nothing is written elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.note import MAX_BODY_LENGTH, MAX_TITLE_LENGTH
from familycare.domain.validation import ValidationFailed
from familycare.i18n.catalog_notes import note_issue_text, notes_message
from familycare.i18n.text import fill, translate
from familycare.secrets.store import SecretsUnavailable
from familycare.services.notes import NoteInfo, NoteService, NoteUnreadable
from familycare.services.secret_worker import SecretWorker
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text

REVEAL_MS = 30_000
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# (parent, dialog title, initial title, initial body) -> (title, body) or None when cancelled
AskNote = Callable[[QWidget, str, str, str], "tuple[str, str] | None"]
Confirm = Callable[[QWidget, str, str], bool]


class NoteEditDialog(QDialog):
    def __init__(self, parent: QWidget | None, heading: str, title: str, body: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setMaxLength(MAX_TITLE_LENGTH)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlainText(body)
        self.count = QLabel(self)
        self.body_edit.textChanged.connect(self._count)
        hint = QLabel(translate("notes", "The text is kept only in this computer's keyring."),
                      self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("notes", "Title"), self.title_edit)
        form.addRow(translate("notes", "Text"), self.body_edit)
        form.addRow("", self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._count()

    def _count(self) -> None:
        self.count.setText(fill(translate("notes", "{count} / {max} characters"),
                                {"count": len(self.body_edit.toPlainText()),
                                 "max": MAX_BODY_LENGTH}))

    def closeEvent(self, event: object) -> None:  # noqa: N802
        self.body_edit.clear()
        super().closeEvent(event)  # type: ignore[arg-type]


def ask_note_with_dialog(parent: QWidget, heading: str, title: str, body: str):
    dialog = NoteEditDialog(parent, heading, title, body)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.title_edit.text(), dialog.body_edit.toPlainText()
    finally:
        dialog.body_edit.clear()
        dialog.deleteLater()


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question)
    return answer == QMessageBox.StandardButton.Yes


class NotesPanel(QWidget):
    def __init__(
        self,
        notes: NoteService,
        parent: QWidget | None = None,
        worker: SecretWorker | None = None,
        ask_note: AskNote = ask_note_with_dialog,
        confirm: Confirm = ask_yes_no,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self.worker = worker or SecretWorker(self)
        self._ask_note = ask_note
        self._confirm = confirm
        self._member_id: int | None = None
        self._shown_note: int | None = None

        self.heading = QLabel(translate("notes", "Sensitive notes"), self)
        self.heading.setObjectName("notesHeading")
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setAccessibleName(translate("notes", "Note titles"))
        self.list.selectionModel().currentChanged.connect(lambda *_: self.hide_body())
        self.show_button = QPushButton(translate("notes", "S&how"), self)
        self.add_button = QPushButton(translate("notes", "&Add note…"), self)
        self.edit_button = QPushButton(translate("notes", "&Edit…"), self)
        self.delete_button = QPushButton(translate("notes", "De&lete note…"), self)
        self.hide_button = QPushButton(translate("notes", "H&ide"), self)
        for button in (self.show_button, self.add_button, self.edit_button,
                       self.delete_button, self.hide_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.show_button.clicked.connect(self.show_selected)
        self.add_button.clicked.connect(self.add_note)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.hide_button.clicked.connect(self.hide_body)
        self.body_view = QPlainTextEdit(self)
        self.body_view.setReadOnly(True)
        self.body_view.setAccessibleName(translate("notes", "Note text"))
        self.body_view.hide()
        self.hide_button.hide()
        self.lock_label = QLabel(self)
        self.lock_label.setObjectName("notesLocked")
        self.lock_label.setWordWrap(True)
        self.lock_label.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        # Said plainly where it matters: a shared household only knows where a text is.
        self.where_hint = QLabel(translate(
            "notes", "A note's text stays in the keyring of the computer it was written on. "
                     "The household's database only knows that the note exists and on which "
                     "computer its text is."), self)
        self.where_hint.setObjectName("notesWhereHint")
        self.where_hint.setWordWrap(True)
        self.where_hint.hide()
        self._listed: dict[int, NoteInfo] = {}

        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.setInterval(REVEAL_MS)
        self.hide_timer.timeout.connect(self.hide_body)
        app = QGuiApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._on_focus_window_changed)  # type: ignore[attr-defined]
            app.applicationStateChanged.connect(self._on_app_state)  # type: ignore[attr-defined]
        self.worker.busy_changed.connect(self._update_buttons)

        buttons = QHBoxLayout()
        for button in (self.show_button, self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body_row = QHBoxLayout()
        body_row.addWidget(self.body_view, 1)
        body_row.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.where_hint)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(body_row)
        layout.addWidget(self.lock_label)
        layout.addWidget(self.status)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------
    def set_member(self, member_id: int | None) -> None:
        self.hide_body()
        self.status.clear()
        self._member_id = member_id
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.model.clear()
        notes = [] if self._member_id is None else self._notes.list_notes(self._member_id)
        self._listed = {note.id: note for note in notes}
        for note in notes:
            self.model.appendRow(self._item(note))
        self.where_hint.setVisible(any(not n.on_this_device for n in notes))
        row = next((r for r, n in enumerate(notes) if n.id == select_id), 0 if notes else -1)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._update_buttons()

    def _item(self, note: NoteInfo) -> QStandardItem:
        text = note.title
        if not note.on_this_device and note.device_name:
            text = fill(translate("notes", "{title} (text kept on {device})"),
                        {"title": note.title, "device": note.device_name})
        elif not note.on_this_device:
            text = fill(translate("notes", "{title} (kept on another computer)"),
                        {"title": note.title})
        item = QStandardItem(text)
        item.setData(note.id, NOTE_ID_ROLE)
        # Title and date only: a tooltip must never carry the body.
        item.setToolTip(fill(translate("notes", "{title}, changed {date}"),
                             {"title": note.title, "date": note.updated_at.date().isoformat()}))
        return item

    def selected_note_id(self) -> int | None:
        index: QModelIndex = self.list.currentIndex()
        return index.data(NOTE_ID_ROLE) if index.isValid() else None

    def _update_buttons(self, *_args: object) -> None:
        has_member = self._member_id is not None
        has_note = self.selected_note_id() is not None
        idle = not self.worker.busy
        self.add_button.setEnabled(has_member and idle)
        for button in (self.show_button, self.edit_button, self.delete_button):
            button.setEnabled(has_note and idle)

    # -- showing and hiding the body ------------------------------------------------------
    def show_selected(self) -> None:
        note_id = self.selected_note_id()
        if note_id is None:
            return
        self.status.clear()
        listed = self._listed.get(note_id)
        if listed is not None and not listed.on_this_device:
            self.status.setText(self._elsewhere_text(listed))  # no keyring call needed
            return
        self.worker.run(lambda: self._notes.read_body(note_id),
                        lambda body: self._reveal(note_id, body), self._show_failure)

    @staticmethod
    def _elsewhere_text(note: NoteInfo) -> str:
        if not note.device_name:
            return notes_message("other_device")
        return fill(translate("notes", "The text of this note is kept only on the computer "
                                       "\"{device}\" and cannot be opened here. Open it on "
                                       "that computer."), {"device": note.device_name})

    def _reveal(self, note_id: int, body: str) -> None:
        if self.selected_note_id() != note_id:
            return  # the person moved on while the keyring answered
        self._set_locked(None)
        self._shown_note = note_id
        self.body_view.setPlainText(body)
        self.body_view.show()
        self.hide_button.show()
        self.hide_timer.start()

    def hide_body(self) -> None:
        self.hide_timer.stop()
        self._shown_note = None
        self.body_view.clear()
        self.body_view.hide()
        self.hide_button.hide()

    @property
    def body_visible(self) -> bool:
        return self._shown_note is not None

    def _on_focus_window_changed(self, window: object) -> None:
        own = self.window().windowHandle()
        if self.body_visible and (window is None or window is not own):
            self.hide_body()

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.hide_body()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self.hide_body()
        super().hideEvent(event)  # type: ignore[arg-type]

    # -- writing ---------------------------------------------------------------------------
    def add_note(self) -> None:
        if self._member_id is None:
            return
        self.hide_body()
        self._ask_and_save(None, translate("notes", "New note"), "", "")

    def edit_selected(self) -> None:
        note_id = self.selected_note_id()
        if note_id is None:
            return
        self.hide_body()
        note = self._notes.get(note_id)
        if not note.on_this_device:
            self._ask_and_save(note, translate("notes", "Replace note"), note.title, "")
            return
        self.worker.run(lambda: self._notes.read_body(note_id),
                        lambda body: self._ask_and_save(
                            note, translate("notes", "Edit note"), note.title, body),
                        self._show_failure)

    def _ask_and_save(self, note: NoteInfo | None, heading: str, title: str, body: str) -> None:
        answer = self._ask_note(self, heading, title, body)
        del body
        if answer is None:
            return
        new_title, new_body = answer
        member_id = self._member_id
        if note is None and member_id is not None:
            def call() -> NoteInfo:
                return self._notes.set_note(member_id, new_title, new_body)
        elif note is not None:
            def call() -> NoteInfo:
                return self._notes.edit_note(note.id, note.version, new_title, new_body)
        else:
            return
        self.worker.run(call, self._saved, self._show_failure)

    def _saved(self, note: NoteInfo) -> None:
        self._set_locked(None)
        self.reload(select_id=note.id)
        self.status.setText(fill(translate("notes", "Note {title} was saved."),
                                 {"title": note.title}))

    def delete_selected(self) -> None:
        note_id = self.selected_note_id()
        if note_id is None:
            return
        self.hide_body()
        note = self._notes.get(note_id)
        question = fill(translate("notes", "Delete the note {title}? Its text is removed from "
                                           "the keyring too."), {"title": note.title})
        if not self._confirm(self, translate("notes", "Delete note"), question):
            return
        self.worker.run(lambda: self._notes.delete_note(note_id), self._deleted,
                        self._show_failure)

    def _deleted(self, note: NoteInfo) -> None:
        self.reload()
        self.status.setText(fill(translate("notes", "Note {title} was deleted."),
                                 {"title": note.title}))

    # -- failures --------------------------------------------------------------------------
    def _show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, SecretsUnavailable):
            self._set_locked(notes_message(exc.reason_code.value))
        elif isinstance(exc, NoteUnreadable):
            listed = self._listed.get(exc.note.id)
            if exc.code == "other_device" and listed is not None:
                self.status.setText(self._elsewhere_text(listed))
            else:
                self.status.setText(notes_message(exc.code))
        elif isinstance(exc, ValidationFailed):
            self.status.setText(" ".join(note_issue_text(i.code, i.params) for i in exc.issues))
        elif isinstance(exc, StorageError):
            self.status.setText(storage_error_text(exc))
            self.reload()
        else:
            raise exc  # a bug: the crash handler writes a report

    def _set_locked(self, explanation: str | None) -> None:
        if explanation is None:
            self.lock_label.hide()
            self.lock_label.clear()
            return
        self.hide_body()
        self.lock_label.setText(fill(translate("notes", "🔒 Notes are locked. {why}"),
                                     {"why": explanation}))
        self.lock_label.show()

    @property
    def locked(self) -> bool:
        return not self.lock_label.isHidden()
