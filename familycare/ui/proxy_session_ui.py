"""Wires guarded sessions and the Proxies tab into the main window: the banner at the top of
the central area, the tab, rebuilding both when another household is opened, and the
start-up check for a session a crash left open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QMainWindow

from familycare.i18n.text import translate
from familycare.ui.lazy_tabs import LazyTabs
from familycare.ui.proxy_session_banner import ProxySessionBanner
from familycare.ui.proxy_session_controller import ProxySessionController

if TYPE_CHECKING:
    from familycare.ui.delegations_page import DelegationsPage

PROXIES_TAB = "proxies"


class ProxyUi(QObject):
    def __init__(self, window: QMainWindow, banner_area: QBoxLayout, pages: LazyTabs) -> None:
        super().__init__(window)
        self._window = window
        self._area = banner_area
        self._pages = pages
        self.controller: ProxySessionController | None = None
        self.banner: ProxySessionBanner | None = None
        self.install()
        window.household_changed.connect(self.install)  # type: ignore[attr-defined]
        pages.tabs.currentChanged.connect(self._reload_when_shown)

    @property
    def page(self) -> DelegationsPage:
        """The Proxies tab's page (built when first shown or asked for)."""
        return self._pages.page(PROXIES_TAB)  # type: ignore[return-value]

    def install(self) -> None:
        household = self._window.household  # type: ignore[attr-defined]
        if self.banner is not None:
            self._area.removeWidget(self.banner)
            self.banner.deleteLater()
        # The banner is built at once: whose data is on screen must show from the start.
        self.controller = ProxySessionController(
            household.proxy_sessions, lambda: household.members, self)
        self.banner = ProxySessionBanner(self.controller, self._window)
        self._area.insertWidget(0, self.banner)
        # Another household's page takes the old one's place (new tabs may follow it).
        self._pages.add(PROXIES_TAB, translate("main", "Proxies"), self._build_page,
                        self._pages.index(PROXIES_TAB))
        refresh = getattr(self._window, "refresh_todo_pages", None)
        if refresh is not None:
            self.controller.pin_recorded.connect(refresh)

    def _build_page(self) -> DelegationsPage:
        from familycare.ui.delegations_page import DelegationsPage

        household = self._window.household  # type: ignore[attr-defined]
        assert self.controller is not None
        page = DelegationsPage(household.delegations, household.members, self.controller,
                               self._window)
        members_changed = getattr(self._window, "members_changed", None)
        if members_changed is not None:
            members_changed.connect(page.reload)
        return page

    def _reload_when_shown(self, index: int) -> None:
        # Cards change on other tabs (a lost card asks for a review): fresh on every visit.
        page = self._pages.built(PROXIES_TAB)
        if page is not None and self._pages.tabs.widget(index) is page:
            page.reload_member()  # type: ignore[attr-defined]

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
