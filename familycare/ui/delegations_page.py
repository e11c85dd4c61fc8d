"""The Proxies tab: per member, who may act for them and for whom they act, with scopes,
dates, warnings ahead of time and review prompts; and the way into a guarded session."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.validation import ValidationFailed
from familycare.i18n.catalog_proxies import (
    REVIEW_HINT,
    card_event_text,
    issue_text,
    kind_text,
    scope_text,
    warning_text,
)
from familycare.i18n.text import fill, translate, translate_code
from familycare.i18n.todo_text import date_text
from familycare.services.delegations import DelegationService, DelegationView
from familycare.services.members import MemberService
from familycare.ui.delegations_dialog import DelegationDialog
from familycare.ui.member_form import colour_icon
from familycare.ui.proxy_session_controller import Confirm, ProxySessionController
from familycare.ui.text_colours import error_style
from familycare.ui.text_size import keep_titles_whole, scaled_font

COLUMNS = 5  # person, kind, scopes, dates, state


class DelegationsPage(QWidget):
    def __init__(
        self,
        delegations: DelegationService,
        members: MemberService,
        controller: ProxySessionController,
        parent: QWidget | None = None,
        confirm: Confirm | None = None,
        open_dialog: Callable[[QWidget], int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = delegations
        self._members = members
        self._controller = controller
        self._confirm = confirm or controller.confirm
        # Tests pass their own runner to avoid modal loops; the app calls exec().
        self._open_dialog = open_dialog or (lambda d: d.exec())
        self._views: list[DelegationView] = []
        self.member_list = QListWidget(self)
        self.member_list.setAccessibleName(translate("proxies", "Family members"))
        self.member_list.currentRowChanged.connect(lambda _row: self.reload_member())
        self.heading = QLabel(self)
        self.heading.setFont(scaled_font(1.25))
        self.for_label = QLabel(self)
        self.for_table = self._table()
        self.by_label = QLabel(self)
        self.by_table = self._table()
        self.for_table.setAccessibleName(translate("proxies", "Who may act for this member"))
        self.by_table.setAccessibleName(translate("proxies", "Whom this member acts for"))
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(error_style())
        self.add_button = QPushButton(translate("proxies", "&Add…"), self)
        self.edit_button = QPushButton(translate("proxies", "&Edit…"), self)
        self.end_button = QPushButton(translate("proxies", "E&nd today"), self)
        self.reviewed_button = QPushButton(translate("proxies", "Mark &reviewed"), self)
        self.delete_button = QPushButton(translate("proxies", "&Delete…"), self)
        self.session_button = QPushButton(self)
        self.session_button.setMinimumHeight(40)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.end_button.clicked.connect(self.end_selected)
        self.reviewed_button.clicked.connect(self.mark_reviewed)
        self.delete_button.clicked.connect(self.delete_selected)
        self.session_button.clicked.connect(self.start_session)
        controller.changed.connect(self._update_session_button)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.end_button,
                       self.reviewed_button, self.delete_button):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.session_button)
        right.addWidget(self.for_label)
        right.addWidget(self.for_table, 3)
        right.addWidget(self.by_label)
        right.addWidget(self.by_table, 2)
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addWidget(self.notes)
        layout = QHBoxLayout(self)
        layout.addWidget(self.member_list, 1)
        layout.addLayout(right, 4)
        self.reload()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, COLUMNS, self)
        table.setHorizontalHeaderLabels([
            translate("proxies", "Person"), translate("proxies", "Kind"),
            translate("proxies", "Scopes"), translate("proxies", "Dates"),
            translate("proxies", "State"),
        ])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(table.horizontalHeader())
        table.itemSelectionChanged.connect(lambda t=table: self._selected_in(t))
        return table

    # -- loading -----------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.member_id()
        self.member_list.blockSignals(True)
        self.member_list.clear()
        for m in self._members.list_members():
            item = QListWidgetItem(colour_icon(m.colour), m.display_name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.member_list.addItem(item)
        self.member_list.blockSignals(False)
        row = next((i for i in range(self.member_list.count())
                    if self.member_list.item(i).data(Qt.ItemDataRole.UserRole) == keep), 0)
        if self.member_list.count():
            self.member_list.setCurrentRow(row)
        self.reload_member()

    def member_id(self) -> int | None:
        item = self.member_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def reload_member(self) -> None:
        member_id = self.member_id()
        self._views = []
        for table in (self.for_table, self.by_table):
            table.setRowCount(0)
        if member_id is None:
            self.heading.setText(translate("proxies", "No family members yet."))
            self._update_session_button()
            return
        found = self._service.for_member(member_id)
        name = found.member.display_name
        self.heading.setText(name)
        self.for_label.setText(fill(translate("proxies", "Who may act for {name}"),
                                    {"name": name}))
        self.by_label.setText(fill(translate("proxies", "{name} acts for"), {"name": name}))
        # Tables read only their own accessible name, never a label's (screen readers).
        self.for_table.setAccessibleName(self.for_label.text())
        self.by_table.setAccessibleName(self.by_label.text())
        self._fill(self.for_table, found.acted_for_by, agent_side=True)
        self._fill(self.by_table, found.acts_for, agent_side=False)
        self._views = [*found.acted_for_by, *found.acts_for]
        self.notes.setText(self._notes_text(self._views))
        self._update_session_button()
        self._update_buttons()

    def _fill(self, table: QTableWidget, views: tuple[DelegationView, ...],
              agent_side: bool) -> None:
        table.setRowCount(len(views))
        for row, view in enumerate(views):
            d = view.delegation
            other = view.agent if agent_side else view.principal
            scopes = translate("proxies", ", ").join(scope_text(s.value) for s in d.scopes)
            if d.scope_text:
                scopes = f"{scopes} ({d.scope_text})" if scopes else d.scope_text
            dates = date_text(d.since) + " –"
            if view.ends_on is not None:
                dates += " " + date_text(view.ends_on)
            cells = (other.display_name, kind_text(d.kind.value), scopes, dates,
                     self._state_text(view))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                if column == 0:
                    item.setIcon(colour_icon(other.colour))
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def _state_text(self, view: DelegationView) -> str:
        parts = [translate("proxies", "✔ Active") if view.active
                 else translate("proxies", "✖ Not active")]
        if view.needs_review:
            parts.append(translate("proxies", "⚠ Review needed"))
        parts += ["ℹ " + warning_text(w.code.value, _dated(w.params)) for w in view.warnings]
        return "\n".join(parts)

    def _notes_text(self, views: list[DelegationView]) -> str:
        lines: list[str] = []
        names = {v.principal.id: v.principal.display_name for v in views}
        names.update({v.agent.id: v.agent.display_name for v in views})
        seen = set()
        for view in views:
            for event in view.review_reasons:
                if event in seen:
                    continue
                seen.add(event)
                lines.append("⚠ " + card_event_text(event.kind.value, {
                    "name": names.get(event.member_id, ""), "on": date_text(event.on)}))
        if lines:
            lines.append(translate_code("proxies", REVIEW_HINT))
        return "\n".join(lines)

    # -- selection and actions ---------------------------------------------------------
    def _selected_in(self, table: QTableWidget) -> None:
        if table.selectedItems():
            other = self.by_table if table is self.for_table else self.for_table
            other.blockSignals(True)
            other.clearSelection()
            other.blockSignals(False)
        self._update_buttons()

    def selected(self) -> DelegationView | None:
        for table in (self.for_table, self.by_table):
            items = table.selectedItems()
            if items:
                wanted = items[0].data(Qt.ItemDataRole.UserRole)
                return next((v for v in self._views if v.delegation.id == wanted), None)
        return None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.edit_button, self.end_button, self.delete_button):
            button.setEnabled(chosen is not None)
        self.reviewed_button.setEnabled(chosen is not None and chosen.needs_review)

    def _update_session_button(self) -> None:
        member_id = self.member_id()
        name = self.member_list.currentItem().text() if member_id is not None else ""
        self.session_button.setText(fill(
            translate("proxies", "Act for {name} on this device (guarded session)…"),
            {"name": name}))
        self.session_button.setEnabled(member_id is not None)

    def add(self) -> None:
        dialog = DelegationDialog(self._service, self._members.list_members(), self,
                                  principal_id=self.member_id(), today=self._members.today())
        if self._open_dialog(dialog):
            self.reload_member()

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = DelegationDialog(self._service, self._members.list_members(), self,
                                  existing=chosen.delegation)
        if self._open_dialog(dialog):
            self.reload_member()

    def end_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._act(lambda: self._service.end(chosen.delegation.id))

    def mark_reviewed(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self._act(lambda: self._service.mark_reviewed(chosen.delegation.id))

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = fill(translate(
            "proxies", "Delete the record that {agent} acts for {principal}? This does not "
                       "cancel it in マイナポータル."),
            {"agent": chosen.agent.display_name, "principal": chosen.principal.display_name})
        if self._confirm(self, translate("proxies", "Delete delegation"), question):
            self._act(lambda: self._service.delete(chosen.delegation.id))

    def _act(self, action: Callable[[], object]) -> None:
        self.status.setText("")
        try:
            action()
        except ValidationFailed as exc:
            self.status.setText(" ".join(issue_text(i.code, i.params) for i in exc.issues))
            return
        self.reload_member()

    def start_session(self) -> None:
        from familycare.ui.proxy_session_start import ProxyStartDialog

        dialog = ProxyStartDialog(self._controller, self.window(), self.member_id())
        self._open_dialog(dialog)


def _dated(params: dict[str, object]) -> dict[str, object]:
    from datetime import date

    return {k: date_text(v) if isinstance(v, date) else v for k, v in params.items()}
