"""Starting a guarded session: choose the person, see what blocks or endangers it, tick the
before-checklist, then act for them. Refusals are shown next to the person chooser."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.proxy_session import BEFORE_STEPS, PreflightWarning, Refusal, StepKey
from familycare.i18n.catalog_proxies import (
    preflight_warning_text,
    refusal_text,
    step_text,
)
from familycare.i18n.text import fill, translate
from familycare.services.proxy_sessions import ProxySessionRefused
from familycare.ui.member_form import colour_icon
from familycare.ui.proxy_session_banner import text_colour_on
from familycare.ui.proxy_session_controller import ProxySessionController
from familycare.ui.text_colours import error_style, warning_colour
from familycare.ui.text_size import scaled_points, scaled_px

# The border sits on a frame around the label: a bordered, padded word-wrapped QLabel
# under-reports its height and clips the last line.


class ProxyStartDialog(QDialog):
    def __init__(
        self, controller: ProxySessionController, parent: QWidget | None = None,
        member_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(translate("proxies", "Act for a family member"))
        self.member = QComboBox(self)
        self.member.setAccessibleName(translate("proxies", "Person you act for"))
        for m in controller.members.list_members():
            self.member.addItem(colour_icon(m.colour), m.display_name, m.id)
            self.member.setItemData(self.member.count() - 1, m.colour,
                                    Qt.ItemDataRole.UserRole + 1)
        if member_id is not None:
            self.member.setCurrentIndex(max(self.member.findData(member_id), 0))
        self.headline = QLabel(self)
        self.headline.setObjectName("proxyStartHeadline")
        self.headline.setWordWrap(True)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("errorLine")
        self.refusal.setWordWrap(True)
        self.refusal.setStyleSheet(error_style(bold=True))
        self.warning_frame = QFrame(self)
        self.warning_frame.setObjectName("pinWarning")
        self.warning_frame.setStyleSheet(
            f"#pinWarning {{ border: 2px solid #D55E00; }} QLabel {{ color: {warning_colour()}; }}")
        self.warning = QLabel(self.warning_frame)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold;")
        QVBoxLayout(self.warning_frame).addWidget(self.warning)
        self.acknowledge = QCheckBox(
            translate("proxies", "I understand: one more wrong entry locks the PIN."), self)
        self.checks: dict[StepKey, QCheckBox] = {}
        form = QFormLayout()
        form.addRow(translate("proxies", "&Person:"), self.member)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(form)
        layout.addWidget(self.refusal)
        layout.addWidget(self.warning_frame)
        layout.addWidget(self.acknowledge)
        heading = QLabel(translate("proxies", "Before you start, check each point:"), self)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        for step in BEFORE_STEPS:
            box = QCheckBox(self)
            box.toggled.connect(self._update_button)
            self.checks[step] = box
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            translate("proxies", "&Start acting for this person"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start_button.clicked.connect(self.start)
        cancel.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self.acknowledge.toggled.connect(self._update_button)
        self.member.currentIndexChanged.connect(self._member_changed)
        self._blocked = False
        self._needs_ack = False
        self.setMinimumWidth(scaled_px(640))
        self._member_changed()

    def member_id(self) -> int | None:
        value = self.member.currentData()
        return int(value) if value is not None else None

    def _member_changed(self) -> None:
        member_id = self.member_id()
        name = self.member.currentText()
        colour = self.member.currentData(Qt.ItemDataRole.UserRole + 1) or "#999999"
        self.headline.setText(fill(translate("proxies", "Act for {name}"), {"name": name}))
        self.headline.setStyleSheet(
            f"background: {colour}; color: {text_colour_on(colour)}; padding: 8px;"
            f"font-size: {scaled_points(4 / 3)}; font-weight: bold;")
        for step, box in self.checks.items():
            box.setText(step_text(step.value, {"name": name}))
            box.setChecked(False)
        self.acknowledge.setChecked(False)
        refusal, warning = "", ""
        sessions = self.controller.sessions
        pending = sessions.pending()
        if member_id is None:
            refusal = ""
        elif pending is not None:
            other = sessions.member(pending.member_id).display_name
            refusal = refusal_text(Refusal.OTHER_SESSION_PENDING.value, {"name": other})
        else:
            check = sessions.check(member_id)
            params = {**check.params, "name": name}
            if check.blocked:
                refusal = refusal_text(check.blockers[0].value, params)
            elif check.warnings:
                warning = preflight_warning_text(check.warnings[0].value, params)
            self._needs_ack = PreflightWarning.PIN_LAST_ATTEMPT in check.warnings
        self._blocked = bool(refusal) or member_id is None
        if self._blocked:
            self._needs_ack = False
        self.refusal.setText(refusal)
        self.refusal.setVisible(bool(refusal))
        self.warning.setText(warning)
        self.warning_frame.setVisible(bool(warning))
        self.acknowledge.setVisible(self._needs_ack)
        for box in self.checks.values():
            box.setEnabled(not self._blocked)
        self._update_button()
        self._fit_height()

    def _fit_height(self) -> None:
        # Wrapped warnings need their full height at the dialog's width.
        width = max(self.width(), self.minimumWidth())
        self.warning.setMinimumHeight(max(0, self.warning.heightForWidth(width - 60)))
        self.refusal.setMinimumHeight(max(0, self.refusal.heightForWidth(width - 40)))
        self.adjustSize()

    def _update_button(self) -> None:
        ready = not self._blocked and all(b.isChecked() for b in self.checks.values())
        if self._needs_ack:
            ready = ready and self.acknowledge.isChecked()
        self.start_button.setEnabled(ready)

    def start(self) -> None:
        member_id = self.member_id()
        if member_id is None:
            return
        sessions = self.controller.sessions
        session = None
        try:
            session = sessions.start(member_id)
            for step in BEFORE_STEPS:
                sessions.tick(session.id, step, acknowledge_risk=self.acknowledge.isChecked())
            sessions.activate(session.id)
        except ProxySessionRefused as exc:
            if session is not None and session.id is not None:
                sessions.cancel(session.id)
            self.refusal.setText(refusal_text(exc.code.value, exc.params))
            self.refusal.setVisible(True)
            return
        self.accept()
