"""The PINs tab: wrong entries so far for each PIN the card really has, and what to do.

The app never asks for a PIN and never stores one: only the count of consecutive wrong
entries is kept, because that is what decides whether trying again locks the card
(RULES.md section 2). Recording a failure asks once, since it cannot be taken back by a
mistaken click except with "was reset".
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.card_record import CardRecordKind
from familycare.domain.member import Member
from familycare.domain.member_facts import PinKind
from familycare.domain.pins import PinReport, ResetPlace
from familycare.domain.validation import ValidationFailed
from familycare.i18n import catalog_records as rec
from familycare.i18n.text import fill, translate, translate_code
from familycare.storage.errors import StorageError
from familycare.ui.detail_fields import Confirm, StatusLine, ask_yes_no, issues_text
from familycare.ui.error_text import storage_error_text
from familycare.ui.member_panel import MemberPanel


def pin_status(report: PinReport) -> tuple[str, str]:
    """(level, sentence) for one PIN: words for what the count means."""
    state = report.state
    if state.locked:
        return "danger", fill(translate(
            "member_ui", "Locked after {limit} wrong entries. It cannot be used until it is "
                         "reset."), {"limit": state.limit})
    if state.last_attempt:
        return "danger", fill(translate(
            "member_ui", "{failures} wrong entries so far — only 1 try left. Do NOT try this "
                         "PIN again unless you are sure: one more mistake locks it."),
            {"failures": state.failures})
    if state.failures == 1:
        return "warning", fill(translate(
            "member_ui", "1 wrong entry so far. {remaining} tries left before it locks."),
            {"remaining": state.remaining})
    if state.failures == 0:
        return "ok", fill(translate("member_ui", "No wrong entries. {remaining} tries left."),
                          {"remaining": state.remaining})
    return "warning", fill(translate(
        "member_ui", "{failures} wrong entries so far. {remaining} tries left before it locks."),
        {"failures": state.failures, "remaining": state.remaining})


def reset_advice(report: PinReport) -> str:
    """Where a locked PIN can be reset, from the places the rules allow for it."""
    lines = [translate(
        "member_ui", "What to do: have it reset at the municipal office. Take the card and an "
                     "ID. If someone goes on the person's behalf, the office sends a form first, "
                     "so it takes two visits.")]
    if ResetPlace.CONVENIENCE_STORE in report.reset_at:
        lines.append(translate(
            "member_ui", "Or reset it at a convenience store: reserve in the JPKI PIN reset app "
                         "(with a face match), then finish at the store's machine within 24 "
                         "hours (6:30–23:00, free). You need the other certificate's PIN."))
    lines.append(translate(
        "member_ui", "Until then, at a clinic with a face-recognition card reader choose face "
                     "recognition, or ask the staff to check the face by sight."))
    return "\n".join(lines)


class PinRow(QGroupBox):
    """One PIN: its name, the count in words with an icon, the three buttons, the advice."""

    def __init__(self, report: PinReport, parent: QWidget | None = None) -> None:
        super().__init__(translate_code("records", rec.PIN_KINDS[report.state.kind.value]),
                         parent)
        self.kind = report.state.kind
        self.status = StatusLine(self)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.advice.setObjectName("resetAdvice")
        self.failed_button = QPushButton(translate("member_ui", "Failed once more…"), self)
        self.success_button = QPushButton(translate("member_ui", "Entered correctly"), self)
        self.reset_button = QPushButton(translate("member_ui", "Was reset"), self)
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.failed_button)
        buttons.addWidget(self.success_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.advice)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.show_report(report)

    def show_report(self, report: PinReport) -> None:
        self.report = report
        level, text = pin_status(report)
        self.status.set(level, text)
        locked = report.state.locked
        self.advice.setText(reset_advice(report) if locked else "")
        self.advice.setVisible(locked)
        self.failed_button.setEnabled(not locked)
        self.success_button.setEnabled(not locked)
        self.reset_button.setEnabled(report.state.failures > 0)


class PinPanel(MemberPanel):
    changed = Signal()

    def __init__(self, household: object, confirm: Confirm = ask_yes_no,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self._confirm = confirm
        self._member: Member | None = None
        self.rows: dict[PinKind, PinRow] = {}
        self.never_stored = StatusLine(self)
        self.never_stored.set("info", translate(
            "member_ui", "This app never asks for a PIN and never stores one. Record only "
                         "whether an entry was wrong or right, so you know how many tries are "
                         "left."))
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.rows_box = QVBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.never_stored)
        layout.addWidget(self.explanation)
        layout.addLayout(self.rows_box)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def reload(self) -> None:
        for row in self.rows.values():
            self.rows_box.removeWidget(row)
            row.hide()  # deleteLater waits for the event loop: never paint the old rows
            row.setParent(None)
            row.deleteLater()
        self.rows = {}
        member = self._member
        self.setEnabled(member is not None)
        if member is None:
            return
        cards = self._household.cards  # type: ignore[attr-defined]
        card = cards.current_card(member.id)
        reports = cards.pin_states(member.id, self.today())
        self.explanation.setText(self._explanation(member, card, reports))
        for report in reports:
            row = PinRow(report, self)
            kind = report.state.kind
            row.failed_button.clicked.connect(lambda _=False, k=kind: self.record_failure(k))
            row.success_button.clicked.connect(lambda _=False, k=kind: self.record_success(k))
            row.reset_button.clicked.connect(lambda _=False, k=kind: self.record_reset(k))
            self.rows_box.addWidget(row)
            self.rows[kind] = row

    def _explanation(self, member: Member, card: object, reports: tuple[PinReport, ...]) -> str:
        if card is None:
            return translate("member_ui", "No card is recorded, so there are no PINs.")
        kind = card.kind  # type: ignore[attr-defined]
        if kind is CardRecordKind.APPLIED:
            return translate("member_ui", "The card has not been issued yet.")
        if kind is CardRecordKind.FACE_AUTH:
            return translate(
                "member_ui", "A face-authentication card has no PINs. At the clinic the card "
                             "reader matches the face, or the staff check it by sight.")
        if PinKind.SIGNING not in {r.state.kind for r in reports}:
            return translate(
                "member_ui", "No signing password: children under 15 do not get one. The "
                             "4-digit PINs were set by a parent.")
        return translate(
            "member_ui", "The three 4-digit PINs lock after 3 wrong entries in a row, the "
                         "signing password after 5. A correct entry starts the count again.")

    # ------------------------------------------------------------ actions
    def record_failure(self, kind: PinKind) -> PinReport | None:
        if self._member is None:
            return None
        row = self.rows.get(kind)
        name = translate_code("records", rec.PIN_KINDS[kind.value])
        remaining = row.report.state.remaining if row is not None else 0
        if remaining == 1:
            question = fill(translate(
                "member_ui", "Record one more wrong entry of the {pin} for {name}? That was "
                             "the last try: the PIN is now locked."),
                {"pin": name, "name": self._member.display_name})
        else:
            question = fill(translate(
                "member_ui", "Record one more wrong entry of the {pin} for {name}? "
                             "{left} tries will be left."),
                {"pin": name, "name": self._member.display_name, "left": remaining - 1})
        if not self._confirm(self, translate("member_ui", "Wrong PIN entry"), question):
            return None
        return self._change(kind, "failure")

    def record_success(self, kind: PinKind) -> PinReport | None:
        return self._change(kind, "success")

    def record_reset(self, kind: PinKind) -> PinReport | None:
        return self._change(kind, "reset")

    def _change(self, kind: PinKind, event: str) -> PinReport | None:
        assert self._member is not None
        cards = self._household.cards  # type: ignore[attr-defined]
        method = {"failure": cards.record_pin_failure, "success": cards.record_pin_success,
                  "reset": cards.record_pin_reset}[event]
        try:
            report = method(self._member.id, kind, self.today())
        except ValidationFailed as failed:
            row = self.rows.get(kind)
            if row is not None:
                row.error.setText(issues_text(failed.issues))
                row.error.show()
            return None
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"), storage_error_text(exc))
            self.reload()
            return None
        self.reload()
        self.status.setText("✔ " + translate("member_ui", "Saved."))
        self.changed.emit()
        return report
