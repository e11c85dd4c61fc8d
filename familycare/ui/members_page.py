"""The family roster: member list (model/view) on the left, the member form on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.member import Member, MemberDraft
from familycare.domain.palette import next_free_colour
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.i18n import catalog_roles as roles_cat
from familycare.i18n.catalog_notes import notes_message
from familycare.i18n.text import fill, translate, translate_code
from familycare.secrets.store import SecretsUnavailable
from familycare.services.members import DeletionImpact, MemberService
from familycare.services.notes import NoteService
from familycare.storage.errors import ConcurrentEdit, NotFound, StorageError
from familycare.ui.conflict_dialog import (
    ChooseConflict,
    ConflictChoice,
    choose_with_dialog,
)
from familycare.ui.error_text import storage_error_text
from familycare.ui.member_detail import MemberDetail
from familycare.ui.member_form import MemberForm
from familycare.ui.member_table_model import MemberTableModel
from familycare.ui.notes_panel import NotesPanel

Confirm = Callable[[QWidget, str, str], bool]


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class MembersPage(QWidget):
    members_changed = Signal()

    def __init__(
        self,
        members: MemberService,
        parent: QWidget | None = None,
        confirm: Confirm = ask_yes_no,
        notes: NoteService | None = None,
        details: MemberDetail | None = None,
        choose_conflict: ChooseConflict = choose_with_dialog,
    ) -> None:
        super().__init__(parent)
        self._service = members
        self._choose_conflict = choose_conflict
        # Card, PINs, insurance, documents and lost card of the member shown (own tabs).
        self.details = details
        # Sensitive notes of the member shown, under the form (bodies only on "Show").
        self.notes_panel = NotesPanel(notes, self) if notes is not None else None
        self._confirm = confirm
        self._current: Member | None = None
        self.model = MemberTableModel(members.today(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Every column as wide as its words at any text size (names are never cut), measured
        # on the first rows only (a care office's 2,000 members stay instant); the list is
        # kept at least that wide (reload), the last column takes any room left.
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(translate("members", "Family members"))
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)

        self.heading = QLabel(self)
        self.heading.setObjectName("formHeading")
        self.form = MemberForm(self)
        self.add_button = QPushButton(translate("members", "&New member"), self)
        self.save_button = QPushButton(translate("members", "&Save"), self)
        self.delete_button = QPushButton(translate("members", "&Delete…"), self)
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        for button in (self.add_button, self.save_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", ""))
        self.add_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_current)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.form)
        right.addLayout(buttons)
        right.addWidget(self.status)
        if self.notes_panel is not None:
            right.addWidget(self.notes_panel)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        if details is None:
            layout.addWidget(self.table, 3)
            layout.addLayout(right, 4)
        else:
            # The form becomes the first of the member's tabs; the name stays above them all.
            right.removeWidget(self.heading)
            form_tab = QWidget(self)
            form_tab.setLayout(right)
            details.insert_member_tab(form_tab, translate("members", "Details"))
            details.changed.connect(self.members_changed)
            column = QVBoxLayout()
            column.addWidget(self.heading)
            column.addWidget(details, 1)
            layout.addWidget(self.table, 2)
            layout.addLayout(column, 5)

    # -- loading -----------------------------------------------------------------------
    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self._current.id if self._current else None)
        members = self._service.list_members()
        self.model.set_members(members, self._service.today())
        self._fit_list_width()
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and members:
            row = 0
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._show(self.model.member_at(row))
        else:
            self.start_new()

    def _fit_list_width(self) -> None:
        table, header = self.table, self.table.horizontalHeader()
        needed = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
                     for c in range(self.model.columnCount()))
        table.setMinimumWidth(needed + 2 * table.frameWidth()
                              + table.verticalScrollBar().sizeHint().width())

    def _on_row_changed(self, current: object, _previous: object) -> None:
        row = current.row() if current is not None else -1  # type: ignore[attr-defined]
        member = self.model.member_at(row)
        if member is not None:
            self._show(member)

    def _show(self, member: Member | None) -> None:
        self._current = member
        if member is None:
            return
        self.heading.setText(member.display_name)
        self.form.load(member)
        if self.notes_panel is not None:
            self.notes_panel.set_member(member.id)
        if self.details is not None:
            self.details.set_member(member)
        self.delete_button.setEnabled(True)
        self.status.clear()

    # -- actions -----------------------------------------------------------------------
    def start_new(self) -> None:
        self._current = None
        self.table.clearSelection()
        self.heading.setText(translate("members", "New member"))
        if self.notes_panel is not None:
            self.notes_panel.set_member(None)
        if self.details is not None:
            self.details.set_member(None)
        used = [self.model.member_at(r).colour for r in range(self.model.rowCount())]
        self.form.clear(next_free_colour(used))
        self.delete_button.setEnabled(False)
        self.status.clear()
        self.form.name.setFocus()

    def save(self) -> Member | None:
        try:
            draft = self.form.draft()
        except ValueError as exc:  # the typed date could not be read
            code = str(getattr(exc, "code", "date_invalid"))
            params = dict(getattr(exc, "params", {}) or {})
            self.form.show_issues([ValidationIssue("birth_date", code, params)])
            return None
        return self._save_draft(draft)

    def _save_draft(self, draft: MemberDraft) -> Member | None:
        try:
            if self._current is None:
                member = self._service.add_member(draft)
                message = translate("members", "{name} was added.")
            else:
                member = self._service.update_member(
                    self._current.id, self._current.version, draft
                )
                message = translate("members", "{name} was saved.")
        except ValidationFailed as failed:
            self.form.show_issues(failed.issues)
            return None
        except ConcurrentEdit:
            return self._resolve_conflict(draft)
        except StorageError as exc:
            QMessageBox.warning(self, translate("members", "Not saved"), storage_error_text(exc))
            self.reload()
            return None
        self.reload(select_id=member.id)
        self.status.setText(fill(message, {"name": member.display_name}))
        self.members_changed.emit()
        return member

    def _resolve_conflict(self, draft: MemberDraft) -> Member | None:
        """Another computer saved this member after the form was loaded: show both
        versions; save mine over theirs only when the person says so."""
        from familycare.domain.edit_conflict import find_conflict
        from familycare.ui import member_conflict as fields
        from familycare.ui.conflict_dialog import conflict_rows

        loaded = self._current
        assert loaded is not None
        try:
            theirs = self._service.get(loaded.id)
        except NotFound:
            QMessageBox.warning(self, translate("members", "Not saved"), fill(translate(
                "members", "{name} was deleted on another computer. Your changes were not "
                           "saved."), {"name": loaded.display_name}))
            self._current = None
            self.reload()
            return None
        mine = fields.member_values(draft)
        if not mine["colour"]:
            mine["colour"] = loaded.colour.upper()
        conflict = find_conflict(fields.member_values(loaded), mine,
                                 fields.member_values(theirs))
        rows, there = conflict_rows(conflict, fields.field_labels(), fields.render)
        choice = self._choose_conflict(self, theirs.display_name, rows, there)
        if choice is ConflictChoice.KEEP_MINE:
            self._current = theirs  # saving over their version, knowingly
            return self._save_draft(fields.draft_from(conflict.keep_mine()))
        if choice is ConflictChoice.TAKE_THEIRS:
            self.reload(select_id=theirs.id)
            self.status.setText(translate("members", "The version saved on the other "
                                                     "computer is shown."))
            return None
        self.status.setText(translate("members", "Not saved yet: your changes are still in "
                                                 "the form."))
        return None

    def has_unsaved_changes(self) -> bool:
        """The form (or a member tab such as the card) holds edits not saved yet."""
        from familycare.ui.member_conflict import has_unsaved_edits

        if has_unsaved_edits(self.form, self._current):
            return True
        card_panel = getattr(self.details, "card_panel", None)
        return card_panel is not None and card_panel.has_unsaved_changes()

    def delete_current(self) -> bool:
        if self._current is None:
            return False
        try:
            impact = self._service.deletion_impact(self._current.id)
        except StorageError as exc:
            QMessageBox.warning(self, translate("members", "Not deleted"), storage_error_text(exc))
            return False
        removed = sum(impact.dependents.values())
        question = fill(
            translate(
                "members",
                "Delete {name}? Their details and {count} related records (cards, insurance, "
                "documents, visits, notes) will be removed. The change history is kept.",
            ),
            {"name": impact.member.display_name, "count": removed},
        )
        question += roles_left_text(impact)
        if not self._confirm(self, translate("members", "Delete member"), question):
            return False
        try:
            member = self._service.delete_member(impact.member.id)
        except SecretsUnavailable as exc:  # their notes' keyring entries could not be removed
            QMessageBox.warning(self, translate("members", "Not deleted"),
                                notes_message(exc.reason_code.value))
            return False
        except StorageError as exc:
            QMessageBox.warning(self, translate("members", "Not deleted"), storage_error_text(exc))
            return False
        self._current = None
        self.reload()
        self.status.setText(fill(translate("members", "{name} was deleted."),
                                 {"name": member.display_name}))
        self.members_changed.emit()
        return True

    def keyPressEvent(self, event: object) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():  # type: ignore[attr-defined]
            self.delete_current()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


def roles_left_text(impact: DeletionImpact) -> str:
    """What the deletion leaves to nobody: the roles they hold for others, the to-do items
    they took on (each named, so the family knows whom to choose next)."""
    if not impact.roles_held and not impact.todos_assigned:
        return ""
    lines = [fill(translate("members", "{name} will then have nobody as: {role}."), {
        "role": translate_code(roles_cat.CONTEXT, roles_cat.KINDS[kind.value]),
        "name": name}) for kind, name in impact.roles_held]
    if impact.todos_assigned:
        lines.append(fill(translate("members", "To-do items they took on: {count} (they go back "
                                               "to nobody)."), {"count": impact.todos_assigned}))
    return "\n\n" + "\n".join(lines)
