"""Wires guarded sessions and the Proxies tab into the main window: the banner at the top of
the central area, the tab, rebuilding both when another household is opened, and the
start-up check for a session a crash left open."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QMainWindow, QTabWidget

from familycare.i18n.text import translate
from familycare.ui.delegations_page import DelegationsPage
from familycare.ui.proxy_session_banner import ProxySessionBanner
from familycare.ui.proxy_session_controller import ProxySessionController


class ProxyUi(QObject):
    def __init__(self, window: QMainWindow, banner_area: QBoxLayout, tabs: QTabWidget) -> None:
        super().__init__(window)
        self._window = window
        self._area = banner_area
        self._tabs = tabs
        self.controller: ProxySessionController | None = None
        self.banner: ProxySessionBanner | None = None
        self.page: DelegationsPage | None = None
        self.install()
        window.household_changed.connect(self.install)  # type: ignore[attr-defined]
        tabs.currentChanged.connect(self._reload_when_shown)

    def install(self) -> None:
        household = self._window.household  # type: ignore[attr-defined]
        index = -1
        if self.page is not None:
            index = self._tabs.indexOf(self.page)
            self._tabs.removeTab(index)
            self.page.deleteLater()
        if self.banner is not None:
            self._area.removeWidget(self.banner)
            self.banner.deleteLater()
        self.controller = ProxySessionController(
            household.proxy_sessions, household.members, self)
        self.banner = ProxySessionBanner(self.controller, self._window)
        self._area.insertWidget(0, self.banner)
        self.page = DelegationsPage(household.delegations, household.members, self.controller,
                                    self._window)
        label = translate("main", "Proxies")
        if index >= 0:
            self._tabs.insertTab(index, self.page, label)
        else:
            self._tabs.addTab(self.page, label)
        refresh = getattr(self._window, "refresh_todo_pages", None)
        if refresh is not None:
            self.controller.pin_recorded.connect(refresh)
        members_page = getattr(self._window, "members_page", None)
        if members_page is not None:
            members_page.members_changed.connect(self.page.reload)

    def _reload_when_shown(self, index: int) -> None:
        # Cards change on other tabs (a lost card asks for a review): fresh on every visit.
        if self.page is not None and self._tabs.widget(index) is self.page:
            self.page.reload_member()

    def show_pending_if_any(self) -> bool:
        """At start-up: the after-checklist for a session left open. Returns whether shown."""
        from familycare.ui.proxy_session_end import ProxyEndDialog

        assert self.controller is not None
        self.controller.refresh()
        if self.controller.session is None:
            return False
        self.pending_dialog = ProxyEndDialog(self.controller, self._window, pending=True)
        self.pending_dialog.open()
        return True
