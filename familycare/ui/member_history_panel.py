"""A member's History tab: every recorded change (from the audit log), newest first, read-only."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.member import Member
from familycare.i18n import catalog_audit as cat
from familycare.i18n.date_text import date_text
from familycare.i18n.history_text import details_text
from familycare.i18n.text import fill, translate, translate_code
from familycare.storage.audit_repository import AuditEvent
from familycare.ui.rows_table_model import RowsTableModel
from familycare.ui.wrapping_delegate import WrappedColumns

Index = QModelIndex | QPersistentModelIndex


def local_time_text(at: datetime) -> str:
    """The date in both calendars and local clock time (stored times without a zone are UTC:
    SQLite drops it)."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    local = aware.astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"


def what_text(event: AuditEvent) -> str:
    entity = cat.entity_source(event.entity)
    action = cat.action_source(event.action)
    return fill(
        translate("history", "{entity}: {action}"),
        {
            "entity": translate_code(cat.CONTEXT, entity) if entity else event.entity,
            "action": translate_code(cat.CONTEXT, action) if action else event.action,
        },
    )


class HistoryTableModel(RowsTableModel[AuditEvent]):
    WHEN, WHO, WHAT, SUMMARY = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}  # member id → name, for events that record an id

    def headers(self) -> tuple[str, ...]:
        return (
            translate("history", "When"),
            translate("history", "Who"),
            translate("history", "What"),
            translate("history", "Details"),
        )

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        # Qt asks on every index(): not the four titles translated each time.
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole:  # a tall row reads from its top line
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        ):
            return None
        event = self.rows[index.row()]
        column = index.column()
        if column == self.WHEN:
            return local_time_text(event.at)
        if column == self.WHO:
            return event.actor or translate("history", "(name not set)")
        if column == self.WHAT:
            return what_text(event)
        return details_text(event.summary, self.names)


class HistoryPanel(QWidget):
    """Read-only; reloads when the member changes or after any change on the other tabs."""

    def __init__(self, household: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self._member: Member | None = None
        self.model = HistoryTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Whole texts wrapped inside the panel, rows as tall as they need (at 150 %/200 %
        # the date and the change took the width and the details were cut to "…"): when,
        # who and what as wide as their words up to a share, the details the rest.
        m = HistoryTableModel
        self.columns = WrappedColumns(self.table, {m.WHEN: 0.2, m.WHO: 0.14, m.WHAT: 0.22},
                                      last_least=0.36)
        self.table.setAccessibleName(translate("history", "Change history"))
        self.note = QLabel(
            translate("history", "Every saved change for this member, newest first."), self
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

    def set_member(self, member: Member | None) -> None:
        self._member = member
        self.reload()

    def reload(self) -> None:
        member = self._member
        if member is None:
            self.model.set_rows([])
            return
        self.model.names = {m.id: m.display_name  # type: ignore[attr-defined]
                            for m in self._household.members.list_members()}
        self.model.set_rows(self._household.history.for_member(member.id))  # type: ignore[attr-defined]

    def rows_text(self) -> list[list[str]]:
        """What the table shows, row by row (for tests and accessibility checks)."""
        return [
            [str(self.model.index(r, c).data()) for c in range(self.model.columnCount())]
            for r in range(self.model.rowCount())
        ]
