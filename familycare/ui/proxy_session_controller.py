"""The one object every window asks about the guarded session on this device.

It follows the session service (every change notifies it) and tells banners and dialogs to
redraw. Dialogs of other features can show the banner with ``make_banner(parent)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from familycare.domain.member import Member
from familycare.domain.proxy_session import ProxySession
from familycare.i18n.text import translate

if TYPE_CHECKING:
    from familycare.services.members import MemberService
    from familycare.services.proxy_sessions import ProxySessionService

Confirm = Callable[[QWidget, str, str], bool]


def ask_once(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ProxySessionController(QObject):
    changed = Signal()
    pin_recorded = Signal()  # PIN counters changed: the dashboard should reload

    def __init__(
        self,
        sessions: ProxySessionService,
        members: Callable[[], MemberService],  # the family list is asked for on first start
        parent: QObject | None = None,
        confirm: Confirm = ask_once,
    ) -> None:
        super().__init__(parent)
        self.sessions = sessions
        self._members = members
        self.confirm = confirm
        self.session: ProxySession | None = sessions.pending()
        self.member: Member | None = self._member_of(self.session)
        sessions.subscribe(self._on_service_change)

    @property
    def members(self) -> MemberService:
        return self._members()

    def _member_of(self, session: ProxySession | None) -> Member | None:
        return self.sessions.member(session.member_id) if session is not None else None

    def _on_service_change(self, session: ProxySession | None) -> None:
        self.session = session
        self.member = self._member_of(session)
        self.changed.emit()

    def refresh(self) -> None:
        self._on_service_change(self.sessions.pending())

    def make_banner(self, parent: QWidget) -> QWidget:
        """A banner bound to this controller, for any window or dialog to put at its top."""
        from familycare.ui.proxy_session_banner import ProxySessionBanner

        return ProxySessionBanner(self, parent)

    def window_title(self) -> str:
        return translate("proxies", "Guarded session")
