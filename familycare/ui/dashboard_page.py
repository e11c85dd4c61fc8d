"""Home (ホーム): "is anyone in trouble, and what do I do next?" — the first tab.

One row per member, worst news first; double-click or Enter on a row (or the button) opens
that member. A summary line above the table says how many people need action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QConcatenateTablesProxyModel,
    QItemSelectionModel,
    Signal,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.role import MemberRoles
from familycare.domain.todo_inputs import Severity, VisitDigest
from familycare.i18n.text import fill, translate
from familycare.services.todo import FamilyOverview, TodoService
from familycare.services.todo_extras import stored_visits
from familycare.storage.database import Database
from familycare.ui.dashboard_model import MEMBER_ID_ROLE, DashboardTableModel

VISIT_WINDOW_DAYS = 60

VisitsLoader = Callable[[date], dict[int, VisitDigest]]
RolesLoader = Callable[[], dict[int, MemberRoles]]  # member id → roles, one query


def next_visits_from(db: Database) -> VisitsLoader:
    """Member id → first visit in the next weeks, as stored (see ``stored_visits``)."""

    def load(today: date) -> dict[int, VisitDigest]:
        return {member_id: visits[0]
                for member_id, visits in stored_visits(db, today, VISIT_WINDOW_DAYS).items()}

    return load


class DashboardTable(QTableView):
    """Enter on a row opens the member, like a double-click."""

    activated_row = Signal(int)

    def keyPressEvent(self, event: object) -> None:  # noqa: N802
        from PySide6.QtCore import Qt  # here, not at start-up (dashboard_model's roles)

        key = event.key()  # type: ignore[attr-defined]
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class DashboardPage(QWidget):
    open_member = Signal(int)  # member id
    show_todo = Signal()

    def __init__(
        self,
        todo: TodoService,
        visits: VisitsLoader | None = None,
        parent: QWidget | None = None,
        roles: RolesLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self._todo = todo
        self._visits = visits
        self._roles = roles
        self.overview: FamilyOverview | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.summary.setFont(font)
        self.model = DashboardTableModel(todo.today(), self)
        self.table = DashboardTable(self)
        self.table.setModel(with_titles(self.model, self.model.titles(), self))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        # One height for every row (four lines): measuring 2,000 rows would cost seconds;
        # longer texts end in "…" and are whole in the tooltip and on the To-do tab.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 4 + 10)
        header = self.table.horizontalHeader()
        # Fit widths to the first rows only (the worst news): measuring all 2,000 would
        # build every row's texts on each refresh.
        header.setResizeContentsPrecision(40)
        for column in range(DashboardTableModel.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DashboardTableModel.ACTION, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(translate("dashboard", "Family at a glance"))
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.activated_row.connect(self._open_row)

        self.open_button = QPushButton(translate("dashboard", "&Open this member"), self)
        self.todo_button = QPushButton(translate("dashboard", "See the whole &to-do list"), self)
        for button in (self.open_button, self.todo_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(36)
        self.open_button.clicked.connect(self._open_current)
        self.todo_button.clicked.connect(self.show_todo.emit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.todo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        today = self._todo.today()
        self.overview = self._todo.overview(today)
        visits = self._visits(today) if self._visits is not None else {}
        roles = self._roles() if self._roles is not None else {}
        self.model.set_overview(self.overview.members, today, visits, roles)
        self.summary.setText(summary_text(self.overview))
        self._fit_columns()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.table.model().index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.open_button.setEnabled(self.model.rowCount() > 0)

    def _fit_columns(self) -> None:
        """Name, age, deadline and visit as wide as their text; the status a fixed share so
        the words wrap; what to do takes the rest. Rows as tall as their text."""
        table, m = self.table, DashboardTableModel
        width = self.fontMetrics().horizontalAdvance("M")
        for column in (m.MEMBER, m.AGE, m.DEADLINE, m.VISIT):
            table.resizeColumnToContents(column)
            table.setColumnWidth(column, min(table.columnWidth(column), width * 16))
        table.setColumnWidth(m.STATUS, width * 15)
        self._fit_action_column()

    def _fit_action_column(self) -> None:
        """What to do next takes the rest of the width, but never less than a readable
        column: with large text the table scrolls sideways instead of squeezing it."""
        table, m = self.table, DashboardTableModel
        header = table.horizontalHeader()
        readable = self.fontMetrics().horizontalAdvance("M") * 18
        others = sum(table.columnWidth(c) for c in range(m.COLUMNS) if c != m.ACTION)
        if table.viewport().width() - others >= readable:
            header.setSectionResizeMode(m.ACTION, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(m.ACTION, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(m.ACTION, readable)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_action_column()

    # -- actions -------------------------------------------------------------------------
    def _open_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        if index.isValid():
            self.open_member.emit(int(self.model.data(index, MEMBER_ID_ROLE)))

    def _open_current(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._open_row(current.row())


def with_titles(rows: QAbstractItemModel, titles: list[str],
                parent: QWidget) -> QAbstractItemModel:
    """``rows`` under the column ``titles``, held by a plain Qt model, for a table view.

    A Python ``headerData`` would be handed a Qt orientation by the header (and by
    accessibility), and that first use builds PySide6's whole ``Qt`` namespace (~19 ms and
    1.4 MB) before the first screen is up. Qt's concatenating proxy takes its column titles
    from its first model, which holds the titles and no rows, and every row from ``rows``:
    row numbers stay those of ``rows``.
    """
    header = QStandardItemModel(0, len(titles), parent)
    header.setHorizontalHeaderLabels(titles)
    table = QConcatenateTablesProxyModel(parent)
    table.addSourceModel(header)
    table.addSourceModel(rows)
    return table


def summary_text(overview: FamilyOverview) -> str:
    urgent = sum(1 for m in overview.members if m.status.severity >= Severity.URGENT)
    attention = sum(1 for m in overview.members if m.status.severity == Severity.ATTENTION)
    if not overview.members:
        return translate("dashboard", "No family members yet. Add them on the Family tab.")
    if urgent == 0 and attention == 0:
        return translate("dashboard", "Everyone is fine. Nothing to do right now.")
    parts = []
    if urgent:
        parts.append(fill(translate("dashboard", "Need action now: {count}"), {"count": urgent}))
    if attention:
        parts.append(fill(translate("dashboard", "Need attention soon: {count}"),
                          {"count": attention}))
    return translate("dashboard", "  ·  ").join(parts)
