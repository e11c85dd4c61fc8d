"""The Insurance tab: the member's insurance periods, life-event shortcuts, and the
late-elderly period the app proposes around the 75th birthday (RULES.md section 5)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.card_record import CoverageRecord
from familycare.domain.member import Member
from familycare.i18n import catalog_records as rec
from familycare.i18n.text import fill, translate, translate_code
from familycare.services.coverage import CoverageChange, LifeEvent
from familycare.storage.errors import StorageError
from familycare.ui.detail_fields import (
    Confirm,
    DialogRunner,
    StatusLine,
    ask_yes_no,
    cell_date,
    date_text,
    run_modal,
)
from familycare.ui.error_text import storage_error_text
from familycare.ui.life_event_dialogs import (
    BECOME_DEPENDENT,
    JOB_CHANGE,
    LATE_ELDERLY,
    LEAVE_DEPENDENT,
    MOVE,
    RETIREMENT,
    CoverageDialog,
    LifeEventDialog,
)
from familycare.ui.member_panel import MemberPanel, record_in_current_row
from familycare.ui.text_size import keep_titles_whole


class CoveragePanel(MemberPanel):
    changed = Signal()

    def __init__(self, household: object, confirm: Confirm = ask_yes_no,
                 run_dialog: DialogRunner = run_modal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self._confirm = confirm
        self._run_dialog = run_dialog
        self._member: Member | None = None
        self._periods: list[CoverageRecord] = []
        self.last_dialog: LifeEventDialog | CoverageDialog | None = None

        self.proposal_box = QFrame(self)
        self.proposal_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposal = StatusLine(self.proposal_box)
        self.confirm_late_button = QPushButton(
            translate("member_ui", "Confirm and name the insurer…"), self.proposal_box)
        self.confirm_late_button.clicked.connect(lambda: self.open_life_event(LATE_ELDERLY))
        box_layout = QVBoxLayout(self.proposal_box)
        box_layout.addWidget(self.proposal)
        box_layout.addWidget(self.confirm_late_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            translate("member_ui", "Kind"), translate("member_ui", "Insurer"),
            translate("member_ui", "From"), translate("member_ui", "Until"),
            translate("member_ui", "Dependent of"), translate("member_ui", "Confirmed"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        keep_titles_whole(header)
        self.table.setMinimumHeight(150)
        self.table.setAccessibleName(translate("member_ui", "Insurance periods"))
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.add_button = QPushButton(translate("member_ui", "Add…"), self)
        self.edit_button = QPushButton(translate("member_ui", "Edit…"), self)
        self.delete_button = QPushButton(translate("member_ui", "Delete…"), self)
        self.add_button.clicked.connect(self.add_period)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)

        events_title = QLabel(translate("member_ui", "Something changed? Record it in one step:"),
                              self)
        events_title.setWordWrap(True)
        self.event_buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        labels = (
            (JOB_CHANGE, translate("member_ui", "Changed job…")),
            (RETIREMENT, translate("member_ui", "Left work…")),
            (MOVE, translate("member_ui", "Moved…")),
            (BECOME_DEPENDENT, translate("member_ui", "Became a dependent…")),
            (LEAVE_DEPENDENT, translate("member_ui", "No longer a dependent…")),
        )
        for index, (event, text) in enumerate(labels):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, e=event: self.open_life_event(e))
            grid.addWidget(button, index // 3, index % 3)
            self.event_buttons[event] = button

        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.proposal_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(events_title)
        layout.addLayout(grid)
        layout.addWidget(self.status)

    # ------------------------------------------------------------ loading
    def _family(self) -> list[Member]:
        return self._household.members.list_members()  # type: ignore[attr-defined]

    def reload(self) -> None:
        member = self._member
        self.setEnabled(member is not None)
        if member is None:
            self.table.setRowCount(0)
            return
        coverage = self._household.coverage  # type: ignore[attr-defined]
        self._periods = coverage.list_periods(member.id)
        names = {m.id: m.display_name for m in self._family()}
        self.table.setRowCount(len(self._periods))
        for row, period in enumerate(reversed(self._periods)):  # newest first
            cells = (
                translate_code("records", rec.COVERAGE_KINDS[period.kind.value]),
                period.insurer_name or translate("member_ui", "not entered"),
                cell_date(period.since) if period.since else translate("member_ui", "—"),
                cell_date(period.until) if period.until else translate("member_ui", "still runs"),
                names.get(period.holder_member_id or -1, "") if period.is_dependent
                else translate("member_ui", "own insurance"),
                "✔ " + translate("member_ui", "yes") if period.confirmed
                else "? " + translate("member_ui", "not yet"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, period.id)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        proposals = coverage.proposed_periods(member.id, self.today())
        self.proposal_box.setVisible(bool(proposals))
        if proposals:
            p = proposals[0]
            self.proposal.set("warning", fill(translate(
                "member_ui", "From the 75th birthday, {date}, {name} is insured by late-elderly "
                             "medical care, with no application. The current insurance ends on "
                             "{end}. When the papers arrive, confirm it and name the insurer."),
                {"date": date_text(p.since), "name": member.display_name,
                 "end": date_text(p.previous_ends_on)}))
        has_rows = bool(self._periods)
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def selected_period(self) -> CoverageRecord | None:
        return record_in_current_row(self.table, self._periods)

    # ------------------------------------------------------------ actions
    def add_period(self) -> bool:
        return self._open_period(None)

    def edit_selected(self) -> bool:
        period = self.selected_period()
        if period is None:
            self.status.setText(translate("member_ui", "Choose a period in the table first."))
            return False
        return self._open_period(period)

    def _open_period(self, period: CoverageRecord | None) -> bool:
        if self._member is None:
            return False
        dialog = CoverageDialog(self._household.coverage, self._member,  # type: ignore[attr-defined]
                                self._family(), period, self)
        return self._run(dialog, translate("member_ui", "The insurance period was saved."))

    def delete_selected(self) -> bool:
        period = self.selected_period()
        if period is None or self._member is None:
            self.status.setText(translate("member_ui", "Choose a period in the table first."))
            return False
        question = fill(translate(
            "member_ui", "Delete the period {kind} from {since} for {name}? Use this only for a "
                         "period entered by mistake; for a change, use the buttons below."),
            {"kind": translate_code("records", rec.COVERAGE_KINDS[period.kind.value]),
             "since": date_text(period.since), "name": self._member.display_name})
        if not self._confirm(self, translate("member_ui", "Delete insurance period"), question):
            return False
        return self._guarded(lambda: self._household.coverage.delete_period(  # type: ignore[attr-defined]
            period.id), translate("member_ui", "The period was deleted."))

    def open_life_event(self, event: str) -> bool:
        if self._member is None:
            return False
        coverage = self._household.coverage  # type: ignore[attr-defined]
        proposals = coverage.proposed_periods(self._member.id, self.today())
        dialog = LifeEventDialog(
            event, coverage, self._member, self._family(), self.today(),
            coverage.current_period(self._member.id, self.today()),
            proposals[0].since if proposals else None, self)
        return self._run(dialog, translate("member_ui", "The insurance was updated."))

    def _run(self, dialog: LifeEventDialog | CoverageDialog, message: str) -> bool:
        self.last_dialog = dialog
        try:
            accepted = self._run_dialog(dialog)
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"), storage_error_text(exc))
            self.reload()
            return False
        if not accepted:
            return False
        result = dialog.result_value
        lines = ["✔ " + message]
        if isinstance(result, CoverageChange):
            lines += [self._event_text(e) for e in result.events]
        self._finish("\n".join(lines))
        return True

    def _guarded(self, action: Callable[[], object], message: str) -> bool:
        try:
            action()
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"), storage_error_text(exc))
            self.reload()
            return False
        self._finish("✔ " + message)
        return True

    def _finish(self, message: str) -> None:
        self.reload()
        self.status.setText(message)
        self.changed.emit()

    def _event_text(self, event: LifeEvent) -> str:
        names = {m.id: m.display_name for m in self._family()}
        who = [names.get(i, "?") for i in event.member_ids]
        params = {"member": who[0], "dependent": who[0],
                  "holder": who[1] if len(who) > 1 else "", "date": date_text(event.on)}
        source = rec.LIFE_EVENTS.get(event.code)
        return "⚠ " + (translate_code("records", source, params) if source else event.code)
