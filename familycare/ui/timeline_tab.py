"""The Timeline tab's place in the main window, built the first time it is shown.

The timeline's modules (painting, printing, the service) are imported then, not at start-up;
choosing the tab again reloads it, so changes made on other tabs show.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from familycare.household import Household
    from familycare.ui.timeline_page import TimelinePage


class TimelineTab(QWidget):
    def __init__(self, household: Household, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self.page: TimelinePage | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_household(self, household: Household) -> None:
        """Another household was opened: its timeline is built when next shown."""
        self._household = household
        if self.page is not None:
            self._layout.removeWidget(self.page)
            self.page.deleteLater()
            self.page = None
        if self.isVisible():
            self.ensure_page().reload()

    def ensure_page(self) -> TimelinePage:
        if self.page is None:
            from familycare.services.timeline import TimelineService
            from familycare.ui.timeline_page import TimelinePage

            h = self._household
            service = TimelineService(h.db, h.clock, h.facts, h.rules.rule_set)
            self.page = TimelinePage(service, self)
            self._layout.addWidget(self.page)
        return self.page

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.ensure_page().reload()
