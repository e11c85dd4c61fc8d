"""The banner that cannot be missed while acting for someone: their colour, their name in
large letters, the PIN buttons and the way out. Hidden when no session is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from familycare.domain.palette import text_colour_on
from familycare.domain.proxy_session import SessionState
from familycare.i18n.catalog_proxies import pin_event_text, refusal_text
from familycare.i18n.text import fill, translate
from familycare.services.proxy_sessions import PinOutcome, ProxySessionRefused
from familycare.ui.proxy_session_controller import ProxySessionController
from familycare.ui.text_size import scaled_points


class ProxySessionBanner(QFrame):
    def __init__(self, controller: ProxySessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proxyBanner")
        self.controller = controller
        self.headline = QLabel(self)
        self.headline.setObjectName("proxyBannerHeadline")
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("proxyBannerStatus")
        self.status.setWordWrap(True)
        self.pin_failed_button = QPushButton(translate("proxies", "PIN &failed"), self)
        self.pin_accepted_button = QPushButton(translate("proxies", "PIN &accepted"), self)
        self.end_button = QPushButton(translate("proxies", "&End session…"), self)
        for button in (self.pin_failed_button, self.pin_accepted_button, self.end_button):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setMinimumHeight(36)
        self.pin_failed_button.clicked.connect(self.record_pin_failed)
        self.pin_accepted_button.clicked.connect(self.record_pin_accepted)
        self.end_button.clicked.connect(self.open_end_dialog)

        texts = QVBoxLayout()
        texts.addWidget(self.headline)
        texts.addWidget(self.detail)
        texts.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pin_failed_button)
        buttons.addWidget(self.pin_accepted_button)
        buttons.addWidget(self.end_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addLayout(texts, 1)
        layout.addLayout(buttons)
        controller.changed.connect(self.update_from_session)
        self.update_from_session()

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        # The window's layout does not ask a wrapped label how tall its width makes it:
        # with large text the sentence would be cut at the bottom.
        super().resizeEvent(event)  # type: ignore[arg-type]
        for label in (self.detail, self.status):
            label.setMinimumHeight(label.heightForWidth(label.width()) if label.text() else 0)

    def update_from_session(self) -> None:
        session, member = self.controller.session, self.controller.member
        if session is None or member is None:
            self.hide()
            return
        name = member.display_name
        fg = text_colour_on(member.colour)
        self.setStyleSheet(
            f"#proxyBanner {{ background: {member.colour}; border: 4px solid {fg}; }}"
            f"#proxyBanner QLabel {{ color: {fg}; }}"
            f"#proxyBannerHeadline {{ font-size: {scaled_points(5 / 3)}; font-weight: bold; }}"
            "#proxyBannerStatus { font-weight: bold; }"
        )
        active = session.state is SessionState.ACTIVE
        if active:
            self.headline.setText(fill(translate("proxies", "⚠ Acting for {name}"),
                                       {"name": name}))
            self.detail.setText(fill(translate(
                "proxies",
                "Everything done in マイナポータル (Mynaportal) now is done as {name}. Only "
                "{name}'s card in the reader. End the session before the next person."),
                {"name": name}))
        else:
            self.headline.setText(fill(translate("proxies", "⚠ {name}'s session is not finished"),
                                       {"name": name}))
            self.detail.setText(translate(
                "proxies", "Go through the after-checklist: log out, remove the card, close "
                           "the tab, clear the screen."))
        self.pin_failed_button.setVisible(active)
        self.pin_accepted_button.setVisible(active)
        self.end_button.setText(translate("proxies", "&End session…") if active
                                else translate("proxies", "&After-checklist…"))
        self.setAccessibleName(self.headline.text())
        self.show()

    # -- PIN entries -------------------------------------------------------------------
    def record_pin_failed(self) -> None:
        session, member = self.controller.session, self.controller.member
        if session is None or member is None or session.id is None:
            return
        name = member.display_name
        if not self.controller.confirm(
            self, translate("proxies", "Record a wrong PIN?"),
            fill(translate("proxies", "Record that {name}'s PIN (user certificate) was entered "
                                      "wrongly just now? It counts towards the lock."),
                 {"name": name}),
        ):
            return
        self._pin(lambda: self.controller.sessions.record_pin_failed(session.id), name)

    def record_pin_accepted(self) -> None:
        session, member = self.controller.session, self.controller.member
        if session is None or member is None or session.id is None:
            return
        self._pin(lambda: self.controller.sessions.record_pin_accepted(session.id),
                  member.display_name)

    def _pin(self, action: Callable[[], PinOutcome], name: str) -> None:
        from familycare.domain.validation import ValidationFailed
        from familycare.i18n.messages import validation_text

        try:
            outcome = action()
        except ProxySessionRefused as exc:
            self.status.setText(refusal_text(exc.code.value, exc.params))
            return
        except ValidationFailed as exc:
            self.status.setText(" ".join(validation_text(i.code, i.params)
                                         for i in exc.issues))
            return
        params = {"name": name, "remaining": outcome.report.state.remaining}
        # The strongest news wins: locked, then one attempt left, then the entry itself.
        code = outcome.events[-1].value
        self.status.setText(pin_event_text(code, params))
        self.controller.pin_recorded.emit()

    # -- ending ------------------------------------------------------------------------
    def open_end_dialog(self) -> None:
        from familycare.ui.proxy_session_end import ProxyEndDialog

        if self.controller.session is None:
            return
        ProxyEndDialog(self.controller, self.window(), pending=False).exec()
