"""Everything about the member chosen on the Family tab: their details (the existing member
form, placed by MembersPage), card, PINs, insurance, documents and a lost card, each on its
own tab, with the next visit plan underneath so every change shows its effect at once."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from familycare.domain.member import Member
from familycare.i18n import catalog_plan as plan_cat
from familycare.i18n.text import fill, translate, translate_code
from familycare.ui.card_panel import CardPanel
from familycare.ui.coverage_panel import CoveragePanel
from familycare.ui.detail_fields import Confirm, DialogRunner, ask_yes_no, date_text, run_modal
from familycare.ui.documents_panel import DocumentsPanel
from familycare.ui.lost_card_panel import LostCardPanel
from familycare.ui.member_history_panel import HistoryPanel
from familycare.ui.pin_panel import PinPanel
from familycare.ui.roles_panel import RolesPanel


def scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """Panels scroll rather than clip at 1100x720 and in large-text mode."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


class MemberDetail(QWidget):
    """Tabs for one member. ``changed`` fires after any saved change (the dashboard and the
    to-do list refresh on it)."""

    changed = Signal()

    def __init__(self, household: object, confirm: Confirm = ask_yes_no,
                 run_dialog: DialogRunner = run_modal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self._member: Member | None = None
        self.tabs = QTabWidget(self)
        self.card_panel = CardPanel(household, confirm, self)
        self.pin_panel = PinPanel(household, confirm, self)
        self.coverage_panel = CoveragePanel(household, confirm, run_dialog, self)
        self.documents_panel = DocumentsPanel(household, confirm, run_dialog, self)
        self.lost_card_panel = LostCardPanel(household, confirm, run_dialog, self)
        self.roles_panel = RolesPanel(household, self)
        self.panels = (self.card_panel, self.pin_panel, self.coverage_panel,
                       self.documents_panel, self.lost_card_panel, self.roles_panel)
        titles = (translate("member_ui", "Card"), translate("member_ui", "PINs"),
                  translate("member_ui", "Insurance"), translate("member_ui", "Documents"),
                  translate("member_ui", "Lost card"), translate("member_ui", "Family roles"))
        for panel, title in zip(self.panels, titles, strict=True):
            self.tabs.addTab(scrolled(panel, self.tabs), title)
            panel.changed.connect(self._panel_changed)
        self._front_tabs = 0
        # Read-only and last: what was changed, by whom, refreshed after every change.
        self.history_panel = HistoryPanel(household, self)
        self.tabs.addTab(self.history_panel, translate("member_ui", "History"))
        self.changed.connect(self.history_panel.reload)

        self.plan_box = QFrame(self)
        self.plan_box.setObjectName("planBox")
        self.plan_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.plan = QLabel(self.plan_box)
        self.plan.setWordWrap(True)
        self.plan.setTextFormat(Qt.TextFormat.RichText)
        self.plan.setAccessibleName(translate("member_ui", "Next visit plan"))
        box = QVBoxLayout(self.plan_box)
        box.setContentsMargins(0, 0, 0, 0)
        # Scrolls rather than squeezing the tabs above when large text makes the plan tall.
        plan_area = scrolled(self.plan, self.plan_box)
        plan_area.setMinimumHeight(self.plan.fontMetrics().lineSpacing() * 3 + 12)
        self.plan.setContentsMargins(8, 4, 8, 4)
        box.addWidget(plan_area)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.plan_box)

    def insert_member_tab(self, widget: QWidget, title: str) -> None:
        """The member form goes first (MembersPage owns it)."""
        self.tabs.insertTab(self._front_tabs, scrolled(widget, self.tabs), title)
        self._front_tabs += 1
        self.tabs.setCurrentIndex(0)

    def show_panel(self, panel: QWidget) -> None:
        for index in range(self.tabs.count()):
            area = self.tabs.widget(index)
            if isinstance(area, QScrollArea) and area.widget() is panel:
                self.tabs.setCurrentIndex(index)

    # ------------------------------------------------------------ member
    def today(self) -> date:
        return self._household.clock.today()  # type: ignore[attr-defined]

    def set_member(self, member: Member | None) -> None:
        self._member = member
        for index in range(self._front_tabs, self.tabs.count()):
            self.tabs.setTabEnabled(index, member is not None)
        if member is None and self.tabs.currentIndex() >= self._front_tabs:
            self.tabs.setCurrentIndex(0)
        for panel in self.panels:
            panel.set_member(member)
        self.history_panel.set_member(member)
        self.refresh_plan()

    def _panel_changed(self) -> None:
        # One change touches the others (a lost card changes the PIN rows and the plan).
        sender = self.sender()
        for panel in self.panels:
            if panel is not sender:
                panel.reload()
        self.refresh_plan()
        self.changed.emit()

    def refresh_plan(self) -> None:
        member = self._member
        self.plan_box.setVisible(member is not None)
        if member is None:
            self.plan.clear()
            return
        plan = self._household.facts.plan_for(member.id, self.today(), None)  # type: ignore[attr-defined]
        self.last_plan = plan
        route = translate_code(plan_cat.CONTEXT, plan_cat.route_text(plan.route.value))
        title = fill(translate("member_ui", "If {name} went to a clinic today (its card "
                                            "reader not known):"),
                     {"name": member.display_name})
        parts = [f"<b>{escape(title)}</b> {escape(route)}"]
        params = {"grace_until": date_text(plan.grace_until) if plan.grace_until else ""}
        # The clinic is not chosen here: its "not known" warnings would drown the member's own.
        shown = [w for w in plan.warnings
                 if w.value not in ("facility_unknown", "no_online_check")]
        for warning in shown[:3]:
            text = translate_code(plan_cat.CONTEXT, plan_cat.warning_text(warning.value), params)
            parts.append(f"⚠ {escape(text)}")
        if len(shown) > 3:
            parts.append(escape(fill(translate("member_ui", "…and {count} more on the Visits "
                                                            "tab."), {"count": len(shown) - 3})))
        self.plan.setText("<br>".join(parts))
