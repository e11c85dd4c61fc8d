"""Ending a guarded session: the after-checklist (log out, card out, tab closed, screen
cleared). At start-up, the same checklist for a session a crash left open."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.proxy_session import AFTER_STEPS, SessionState, StepKey
from familycare.i18n.catalog_proxies import refusal_text, step_text
from familycare.i18n.text import fill, translate
from familycare.services.proxy_sessions import ProxySessionRefused
from familycare.ui.proxy_session_controller import ProxySessionController
from familycare.ui.text_colours import error_style
from familycare.ui.text_size import fit_window, scaled_points


class ProxyEndDialog(QDialog):
    def __init__(
        self, controller: ProxySessionController, parent: QWidget | None = None,
        pending: bool = False,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        session, member = controller.session, controller.member
        assert session is not None and member is not None
        self.session_id = session.id
        name = member.display_name
        self.setWindowTitle(translate("proxies", "End the guarded session"))
        self.headline = QLabel(self)
        self.headline.setObjectName("proxyEndHeadline")
        self.headline.setWordWrap(True)
        if pending:
            self.headline.setText(fill(translate(
                "proxies", "{name}'s last session was not confirmed as logged out."),
                {"name": name}))
            intro = translate(
                "proxies",
                "familycare was closed while acting for this person. Check each point now, "
                "before anyone else uses this device.")
        else:
            self.headline.setText(fill(translate("proxies", "Finish acting for {name}"),
                                       {"name": name}))
            intro = translate("proxies", "Check each point, then finish the session.")
        self.headline.setStyleSheet(
            f"background: {member.colour}; padding: 8px; font-size: {scaled_points(4 / 3)};"
            "font-weight: bold;"
            f"color: {_fg(member.colour)};")
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.checks: dict[StepKey, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.intro)
        for step in AFTER_STEPS:
            box = QCheckBox(step_text(step.value, {"name": name}), self)
            box.setChecked(session.done(step))
            box.toggled.connect(lambda on, s=step: self._toggle(s, on))
            self.checks[step] = box
            layout.addWidget(box)
        self.error = QLabel(self)
        self.error.setObjectName("errorLine")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(bold=True))
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(self)
        self.finish_button = self.buttons.addButton(
            translate("proxies", "&Finish session"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = self.buttons.addButton(
            translate("proxies", "Not yet"), QDialogButtonBox.ButtonRole.RejectRole)
        self.finish_button.clicked.connect(self.finish)
        self.later_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_window(self, 560)
        self._update_button()

    def _toggle(self, step: StepKey, on: bool) -> None:
        sessions = self.controller.sessions
        try:
            if sessions.get(self.session_id).state is not SessionState.CLOSING:
                sessions.begin_closing(self.session_id)
            if on:
                sessions.tick(self.session_id, step)
            else:
                sessions.untick(self.session_id, step)
        except ProxySessionRefused as exc:
            self.error.setText(refusal_text(exc.code.value, exc.params))
        self._update_button()

    def _update_button(self) -> None:
        self.finish_button.setEnabled(all(b.isChecked() for b in self.checks.values()))

    def finish(self) -> None:
        try:
            self.controller.sessions.end(self.session_id)
        except ProxySessionRefused as exc:
            self.error.setText(refusal_text(exc.code.value, exc.params))
            return
        self.accept()


def _fg(colour: str) -> str:
    from familycare.ui.proxy_session_banner import text_colour_on

    return text_colour_on(colour)
