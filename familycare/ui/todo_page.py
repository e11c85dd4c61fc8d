"""The to-do list (やること): every item showing today, grouped by date, with done and snooze.

Each group is a date in both calendars with its countdown; each item says whose it is, what
it is and what to do. "Done" and "Snooze" act on the selected item; a check box shows the
done and snoozed items again so they can be undone. An item can be given to a family member
to take on: the holders of the item's member's roles are offered first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.member import Member
from familycare.domain.role import MemberRoles
from familycare.domain.todo_inputs import Severity
from familycare.domain.todo_office import OfficeDaySuggester
from familycare.domain.validation import ValidationFailed
from familycare.i18n import catalog_roles
from familycare.i18n.text import fill, translate, translate_code
from familycare.i18n.todo_text import (
    countdown_text,
    date_text,
    item_action,
    item_office_line,
    item_title,
    severity_text,
)
from familycare.services.todo import TodoEntry, TodoService
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.wrapping_delegate import WrappingDelegate

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DEFAULT_SNOOZE_DAYS = 7

SnoozeAsk = Callable[[QWidget, date], date | None]
RolesLoader = Callable[[], Mapping[int, MemberRoles]]
NOBODY = 0  # the assignee chooser's data for "nobody" (member ids start at 1)


class TodoPage(QWidget):
    changed = Signal()  # an item was done, snoozed or undone (the dashboard refreshes)

    WHO, WHAT, TODO, STATE = range(4)

    def __init__(self, todo: TodoService, parent: QWidget | None = None,
                 roles: RolesLoader | None = None) -> None:
        super().__init__(parent)
        self._todo = todo
        self._roles_loader = roles
        self._roles: Mapping[int, MemberRoles] = {}
        self._members: dict[int, Member] = {}
        self.entries: list[TodoEntry] = []
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([
            translate("todo_page", "Who"),
            translate("todo_page", "What"),
            translate("todo_page", "What to do"),
            translate("todo_page", "State"),
        ])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(translate("todo_page", "To-do list"))
        # What to do fills the width and wraps there: a sentence running off to the right
        # behind a sideways scroll bar is a sentence nobody reads.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.STATE, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setItemDelegateForColumn(self.WHAT, WrappingDelegate(header))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.show_hidden = QCheckBox(translate("todo_page", "Show &done and snoozed items"), self)
        self.show_hidden.toggled.connect(lambda _checked: self.reload())
        self.done_button = QPushButton(translate("todo_page", "Mark &done"), self)
        self.snooze_until = QDateEdit(self)
        self.snooze_until.setCalendarPopup(True)
        self.snooze_until.setDisplayFormat("yyyy-MM-dd")
        self.snooze_until.setAccessibleName(translate("todo_page", "Snooze until"))
        self.snooze_button = QPushButton(translate("todo_page", "&Snooze until"), self)
        self.undo_button = QPushButton(translate("todo_page", "&Undo"), self)
        for button in (self.done_button, self.snooze_button, self.undo_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(36)
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button.clicked.connect(self.snooze)
        self.undo_button.clicked.connect(self.undo)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.assign_label = QLabel(translate("todo_page", "&Who takes it on:"), self)
        self.assign_to = QComboBox(self)
        self.assign_to.setMinimumContentsLength(14)
        self.assign_to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assign_to.setAccessibleName(translate("todo_page", "Who takes it on"))
        self.assign_label.setBuddy(self.assign_to)
        self.assign_button = QPushButton(translate("todo_page", "&Assign"), self)
        self.assign_button.setAccessibleName(translate("todo_page", "Assign"))
        self.assign_button.setMinimumHeight(36)
        self.assign_button.clicked.connect(self.assign)
        assign_row = QHBoxLayout()
        assign_row.addWidget(self.assign_label)
        assign_row.addWidget(self.assign_to)
        assign_row.addWidget(self.assign_button)
        assign_row.addStretch(1)
        for widget in (self.assign_label, self.assign_to, self.assign_button):
            widget.setVisible(roles is not None)

        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.snooze_button)
        buttons.addWidget(self.snooze_until)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_hidden)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addLayout(assign_row)
        layout.addWidget(self.status)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.current_key()
        today = self._todo.today()
        overview = self._todo.overview(today)
        entries = list(overview.entries)
        # Names come with the derived items (not ``members``: that would work out the Home
        # tab's badges); the roles are one query, only when assigning is on.
        self._members = {member.id: member for member, _items in overview.derived}
        self._roles = self._roles_loader() if self._roles_loader is not None else {}
        if self.show_hidden.isChecked():
            entries = sorted([*entries, *overview.hidden], key=lambda e: e.item.sort_key())
        self.entries = entries
        self.snooze_until.setMinimumDate(_qdate(today + timedelta(days=1)))
        self.snooze_until.setDate(_qdate(today + timedelta(days=DEFAULT_SNOOZE_DAYS)))
        self.tree.clear()
        groups: dict[date | None, QTreeWidgetItem] = {}
        select: QTreeWidgetItem | None = None
        office_days = OfficeDaySuggester(today)
        for entry in entries:
            item = entry.item
            group_day = None if item.floating else item.due
            group = groups.get(group_day)
            if group is None:
                group = groups[group_day] = self._group(group_day, entry, today)
            row = QTreeWidgetItem(group)
            # Who takes it on, right under whose it is (the state column may be off-screen).
            taken = self._taken_text(entry)
            row.setText(self.WHO, f"{entry.member_name}\n{taken}" if taken else entry.member_name)
            row.setData(self.WHO, Qt.ItemDataRole.DecorationRole,
                        QColor(entry.member_colour or "#999999"))
            title = (f"{severity_text(item.severity)}: {item_title(item)}"
                     if item.severity >= Severity.URGENT else item_title(item))
            # What to do sits under the problem, never cut off in a narrow column; then,
            # for a trip to the municipal office, the next days it is open.
            office = item_office_line(item, office_days)
            row.setText(self.WHAT, f"{title}\n→ {item_action(item)}"
                        + (f"\n    {office}" if office else ""))
            row.setText(self.TODO, item_action(item))
            row.setToolTip(self.TODO, item_action(item))
            row.setText(self.STATE, self._state_text(entry, today))
            row.setData(self.WHO, KEY_ROLE, entry.key)
            if entry.key == keep:
                select = row
        self.tree.expandAll()
        self.tree.setColumnHidden(self.TODO, True)  # shown under each item instead
        self.tree.resizeColumnToContents(self.WHO)
        if select is not None:
            self.tree.setCurrentItem(select)
        if not entries:
            self.status.setText(translate("todo_page", "Nothing to do right now."))
        self._update_buttons()

    def _group(self, day: date | None, entry: TodoEntry, today: date) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree)
        if day is None:
            text = translate("todo_page", "Now")
        else:
            text = f"{date_text(day)}  —  {countdown_text(entry.item, today)}"
        group.setText(0, text)
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _state_text(self, entry: TodoEntry, today: date) -> str:
        state = entry.state
        if state is None:
            return ""
        lines = []
        if state.done:
            lines.append(translate("todo_page", "Done"))
        elif state.snoozed_until is not None and state.snoozed_until >= today:
            lines.append(fill(translate("todo_page", "Snoozed until {date}"),
                              {"date": date_text(state.snoozed_until)}))
        taken = self._taken_text(entry)
        if taken:
            lines.append(taken)
        return "\n".join(lines)

    def _taken_text(self, entry: TodoEntry) -> str:
        state = entry.state
        assignee = self._members.get(state.assignee_id) if state and state.assignee_id else None
        if assignee is None:
            return ""
        return fill(translate("todo_page", "Taken on by {name}"), {"name": assignee.display_name})

    # -- selection -----------------------------------------------------------------------
    def current_key(self) -> str | None:
        current = self.tree.currentItem()
        if current is None:
            return None
        key = current.data(self.WHO, KEY_ROLE)
        return str(key) if key else None

    def select_key(self, key: str) -> bool:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for child in range(group.childCount()):
                row = group.child(child)
                if row.data(self.WHO, KEY_ROLE) == key:
                    self.tree.setCurrentItem(row)
                    return True
        return False

    def _current_entry(self) -> TodoEntry | None:
        key = self.current_key()
        return next((e for e in self.entries if e.key == key), None)

    def _update_buttons(self) -> None:
        entry = self._current_entry()
        has_state = entry is not None and entry.state is not None and entry.state.marked
        self.done_button.setEnabled(entry is not None and not has_state)
        self.snooze_button.setEnabled(entry is not None and not has_state)
        self.undo_button.setEnabled(has_state)
        self._fill_assignees(entry)

    def _fill_assignees(self, entry: TodoEntry | None) -> None:
        """Nobody, then who holds a role for the item's member (with the role), then
        everyone else; the current assignee chosen."""
        chooser = self.assign_to
        chooser.clear()
        self.assign_to.setEnabled(entry is not None)
        self.assign_button.setEnabled(entry is not None)
        if entry is None or self._roles_loader is None:
            return
        chooser.addItem(translate("todo_page", "Nobody"), NOBODY)
        holders: dict[int, tuple[str, list[str]]] = {}  # one line per person, roles joined
        roles = self._roles.get(entry.item.member_id)
        for role in roles.in_order() if roles is not None else ():
            label = translate_code(catalog_roles.CONTEXT, catalog_roles.KINDS[role.kind.value])
            holders.setdefault(role.holder_id, (role.holder_name, []))[1].append(label)
        for holder_id, (name, labels) in holders.items():
            chooser.addItem(fill(translate("todo_page", "{name} ({roles})"), {
                "name": name, "roles": translate("todo_page", ", ").join(labels)}), holder_id)
        offered = set(holders)
        if offered:
            chooser.insertSeparator(chooser.count())
        for member in sorted(self._members.values(), key=lambda m: m.id):
            if member.id not in offered:
                chooser.addItem(member.display_name, member.id)
        current = entry.state.assignee_id if entry.state is not None else None
        chooser.setCurrentIndex(max(chooser.findData(current or NOBODY), 0))

    # -- actions -------------------------------------------------------------------------
    def mark_done(self) -> bool:
        entry = self._current_entry()
        if entry is None:
            return False
        if not self._act(lambda: self._todo.mark_done(entry.key)):
            return False
        self.status.setText(fill(translate("todo_page", "Marked done: {what}"),
                                 {"what": item_title(entry.item)}))
        return True

    def snooze(self) -> bool:
        entry = self._current_entry()
        if entry is None:
            return False
        until = self.snooze_until.date().toPython()
        if not self._act(lambda: self._todo.snooze(entry.key, until)):  # type: ignore[arg-type]
            return False
        self.status.setText(fill(translate("todo_page", "Hidden until {date}: {what}"),
                                 {"date": date_text(until), "what": item_title(entry.item)}))  # type: ignore[arg-type]
        return True

    def undo(self) -> bool:
        entry = self._current_entry()
        if entry is None:
            return False
        if not self._act(lambda: self._todo.undo(entry.key)):
            return False
        self.status.setText(fill(translate("todo_page", "Back on the list: {what}"),
                                 {"what": item_title(entry.item)}))
        return True

    def assign(self) -> bool:
        entry = self._current_entry()
        if entry is None:
            return False
        chosen = self.assign_to.currentData()
        member = self._members.get(int(chosen)) if chosen else None
        if not self._act(lambda: self._todo.assign(entry.key, member.id if member else None)):
            return False
        if member is None:
            text = fill(translate("todo_page", "Nobody takes on: {what}"),
                        {"what": item_title(entry.item)})
        else:
            text = fill(translate("todo_page", "{name} takes on: {what}"),
                        {"name": member.display_name, "what": item_title(entry.item)})
        self.status.setText(text)
        return True

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ValidationFailed:
            QMessageBox.warning(self, translate("todo_page", "Not changed"),
                                translate("todo_page", "Choose a day after today."))
            return False
        except StorageError as exc:
            QMessageBox.warning(self, translate("todo_page", "Not changed"),
                                storage_error_text(exc))
            return False
        self.reload()
        self.changed.emit()
        return True


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
