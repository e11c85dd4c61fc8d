"""What the person is looking at in the main window, kept across a rebuild of its pages
(a language or text-size change): the tab, the member chosen on the Family tab and the tab
of their details, and the member, date and clinic on the Visits tab with its plan.

Only pages that were built are read and restored (ui/lazy_tabs.py): a tab never opened has
nothing to keep, and reading it must not build it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class FamilyView:
    member_id: int | None
    detail_tab: int


@dataclass(frozen=True)
class VisitsView:
    member: object
    date: str
    facility: object
    plan_shown: bool


@dataclass(frozen=True)
class WindowView:
    tab: int
    family: FamilyView | None
    visits: VisitsView | None

    @classmethod
    def of(cls, window: QWidget) -> WindowView:
        w: Any = window
        family = visits = None
        members = w.built_members_page()
        if members is not None:
            current = getattr(members, "_current", None)
            details = members.details
            family = FamilyView(
                member_id=current.id if current is not None else None,
                detail_tab=details.tabs.currentIndex() if details is not None else 0,
            )
        page = w.built_visit_page()
        if page is not None:
            visits = VisitsView(
                member=page.member.currentData(),
                date=page.date.edit.text(),
                facility=page.facility.currentData(),
                plan_shown=bool(page.plan_view.toPlainText().strip()),
            )
        return cls(tab=w.tabs.currentIndex(), family=family, visits=visits)

    def restore(self, window: QWidget) -> None:
        w: Any = window
        if self.family is not None:
            members = w.members_page
            if self.family.member_id is not None:
                members.reload(select_id=self.family.member_id)
            details = members.details
            if details is not None and details.tabs.isTabEnabled(self.family.detail_tab):
                details.tabs.setCurrentIndex(self.family.detail_tab)
        if self.visits is not None:
            page = w.visit_page
            for combo, wanted in ((page.member, self.visits.member),
                                  (page.facility, self.visits.facility)):
                index = combo.findData(wanted)
                if index >= 0:
                    combo.setCurrentIndex(index)
            page.date.edit.setText(self.visits.date)
            if self.visits.plan_shown:
                page.show_plan()
        w.tabs.setCurrentIndex(self.tab)
