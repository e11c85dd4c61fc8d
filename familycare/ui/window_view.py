"""What the person is looking at in the main window, kept across a rebuild of its pages
(a language or text-size change): the tab, the member chosen on the Family tab and the tab
of their details, and the member, date and clinic on the Visits tab with its plan."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class WindowView:
    tab: int
    member_id: int | None
    detail_tab: int
    visit_member: object
    visit_date: str
    visit_facility: object
    visit_plan_shown: bool

    @classmethod
    def of(cls, window: QWidget) -> WindowView:
        w: Any = window
        current = getattr(w.members_page, "_current", None)
        details = w.members_page.details
        visits = w.visit_page
        return cls(
            tab=w.tabs.currentIndex(),
            member_id=current.id if current is not None else None,
            detail_tab=details.tabs.currentIndex() if details is not None else 0,
            visit_member=visits.member.currentData(),
            visit_date=visits.date.edit.text(),
            visit_facility=visits.facility.currentData(),
            visit_plan_shown=bool(visits.plan_view.toPlainText().strip()),
        )

    def restore(self, window: QWidget) -> None:
        w: Any = window
        if self.member_id is not None:
            w.members_page.reload(select_id=self.member_id)
        details = w.members_page.details
        if details is not None and details.tabs.isTabEnabled(self.detail_tab):
            details.tabs.setCurrentIndex(self.detail_tab)
        visits = w.visit_page
        for combo, wanted in ((visits.member, self.visit_member),
                              (visits.facility, self.visit_facility)):
            index = combo.findData(wanted)
            if index >= 0:
                combo.setCurrentIndex(index)
        visits.date.edit.setText(self.visit_date)
        if self.visit_plan_shown:
            visits.show_plan()
        w.tabs.setCurrentIndex(self.tab)
