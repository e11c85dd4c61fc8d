"""The Lost card tab: the 24-hour number in large print, "Card lost…", then the checklist of
what to do with the day each step was done, and "Card found" (RULES.md section 7)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.card_record import LostCardCase, LostCardStep
from familycare.domain.member import Member
from familycare.domain.validation import ValidationFailed
from familycare.i18n import catalog_records as rec
from familycare.i18n.text import fill, translate, translate_code
from familycare.services.lost_cards import FoundResult, LostCardChecklist
from familycare.storage.errors import StorageError
from familycare.ui.detail_fields import (
    Confirm,
    DialogRunner,
    StatusLine,
    ask_yes_no,
    date_text,
    issues_text,
    run_modal,
)
from familycare.ui.error_text import storage_error_text
from familycare.ui.life_event_dialogs import RecordDialog
from familycare.ui.member_form import DateField
from familycare.ui.member_panel import MemberPanel

FREE_DIAL = "0120-95-0178"  # shown before a case exists; the checklist takes it from the rules


class LostDialog(RecordDialog):
    """When and where: the police report is only needed when lost outside the home."""

    def __init__(self, lost_cards: object, member: Member, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(fill(translate("member_ui", "Card lost — {name}"),
                              {"name": member.display_name}), parent)
        self._lost_cards = lost_cards
        self._member = member
        self.lost_on = DateField(self)
        self.lost_on.set_value(today)
        self.outside = QCheckBox(translate("member_ui", "Lost outside the home (or stolen)"),
                                 self)
        self.outside.setChecked(True)
        self.form.add_row("lost_on", translate("member_ui", "Missing since"), self.lost_on)
        self.form.add_row("outside", "", self.outside,
                          translate("member_ui", "Then a police report is needed too."))
        self.set_note("warning", fill(translate(
            "member_ui", "First phone {phone} (free, 24 hours) to stop the card being used."),
            {"phone": FREE_DIAL}))

    def submit(self) -> LostCardCase:
        lost_on = self.dates({"lost_on": self.lost_on})["lost_on"] or date.today()
        return self._lost_cards.mark_card_lost(  # type: ignore[attr-defined]
            self._member.id, lost_on, self.outside.isChecked())


class FoundDialog(RecordDialog):
    def __init__(self, lost_cards: object, case: LostCardCase, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(translate("member_ui", "Card found"), parent)
        self._lost_cards = lost_cards
        self._case = case
        self.found_on = DateField(self)
        self.found_on.set_value(today)
        self.form.add_row("on", translate("member_ui", "Found on"), self.found_on)

    def submit(self) -> FoundResult:
        found_on = self.dates({"on": self.found_on})["on"] or date.today()
        return self._lost_cards.card_found(self._case.id, found_on)  # type: ignore[attr-defined]


class StepRow:
    """One step: tick (done today), the date (editable), and for the reissue, express."""

    def __init__(self, panel: LostCardPanel, grid: QGridLayout, row: int,
                 step: LostCardStep) -> None:
        self.step = step
        self.check = QCheckBox(translate_code("records", rec.LOST_CARD_STEPS[step.value]), panel)
        self.date = DateField(panel)
        self.save_date = QPushButton(translate("member_ui", "Change date"), panel)
        # Five rows share the words "Change date": each date says which step it belongs to.
        step_text = self.check.text()
        self.date.edit.setAccessibleName(fill(translate("member_ui", "Date: {step}"),
                                              {"step": step_text}))
        self.save_date.setAccessibleName(fill(translate("member_ui", "Change date: {step}"),
                                              {"step": step_text}))
        self.error = QLabel(panel)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        grid.addWidget(self.check, row * 2, 0)
        grid.addWidget(self.date, row * 2, 1)
        grid.addWidget(self.save_date, row * 2, 2)
        grid.addWidget(self.error, row * 2 + 1, 0, 1, 3)
        self.check.clicked.connect(lambda checked: panel.tick(step, checked))
        self.save_date.clicked.connect(lambda: panel.change_date(step))


class LostCardPanel(MemberPanel):
    changed = Signal()

    def __init__(self, household: object, confirm: Confirm = ask_yes_no,
                 run_dialog: DialogRunner = run_modal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self._confirm = confirm
        self._run_dialog = run_dialog
        self._member: Member | None = None
        self.checklist: LostCardChecklist | None = None
        self.last_dialog: RecordDialog | None = None

        self.headline = StatusLine(self)
        phone_box = QFrame(self)
        phone_box.setFrameShape(QFrame.Shape.Box)
        self.phone_caption = QLabel(translate(
            "member_ui", "Lost or stolen? Phone at once to stop the card (free, 24 hours):"),
            phone_box)
        self.phone_caption.setWordWrap(True)
        self.phone = QLabel(FREE_DIAL, phone_box)
        font = QFont(self.phone.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.phone.setFont(font)
        self.phone.setAccessibleName(translate("member_ui", "Phone number to stop the card"))
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone_other = QLabel(phone_box)
        self.phone_other.setWordWrap(True)
        phone_layout = QVBoxLayout(phone_box)
        phone_layout.addWidget(self.phone_caption)
        phone_layout.addWidget(self.phone)
        phone_layout.addWidget(self.phone_other)

        self.lost_button = QPushButton(translate("member_ui", "Card lost…"), self)
        self.lost_button.clicked.connect(self.mark_lost)
        self.found_button = QPushButton(translate("member_ui", "Card found…"), self)
        self.found_button.clicked.connect(self.card_found)

        self.steps_box = QWidget(self)
        grid = QGridLayout(self.steps_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        self.steps = {step: StepRow(self, grid, i, step) for i, step in enumerate(LostCardStep)}
        self.express = QCheckBox(translate("member_ui", "Asked for express issuance"), self)
        self.express.clicked.connect(self._express_changed)
        grid.addWidget(self.express, len(LostCardStep) * 2, 0, 1, 3)
        self.fees = QLabel(self)
        self.fees.setWordWrap(True)
        self.new_card_hint = QLabel(translate(
            "member_ui", "When the new card arrives, enter it on the Card tab with \"Save as a "
                         "new card\": that closes this list."), self)
        self.new_card_hint.setWordWrap(True)

        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lost_button)
        buttons.addWidget(self.found_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(phone_box)
        layout.addWidget(self.steps_box)
        layout.addWidget(self.fees)
        layout.addWidget(self.new_card_hint)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addStretch(1)

    def reload(self) -> None:
        member = self._member
        self.setEnabled(member is not None)
        if member is None:
            return
        lost_cards = self._household.lost_cards  # type: ignore[attr-defined]
        self.checklist = lost_cards.checklist(member.id, self.today())
        is_open = self.checklist is not None
        for widget in (self.steps_box, self.fees, self.new_card_hint, self.found_button):
            widget.setVisible(is_open)
        self.lost_button.setVisible(not is_open)
        self.phone_other.setVisible(is_open)
        if self.checklist is None:
            self.headline.set("info", translate(
                "member_ui", "The card is not marked as lost. If it goes missing, press "
                             "\"Card lost…\" to get the list of what to do."))
            return
        checklist = self.checklist
        case = checklist.case
        where = (translate("member_ui", "outside the home") if case.lost_outside_home
                 else translate("member_ui", "at home"))
        remaining = len(checklist.remaining)
        self.headline.set("danger" if remaining else "ok", fill(translate(
            "member_ui", "Card lost on {date} ({where}). Steps still to do: {count}."),
            {"date": date_text(case.lost_on), "where": where, "count": remaining}))
        self.phone.setText(checklist.phone_free_dial)
        self.phone_other.setText(fill(translate("member_ui", "Or the card call centre: {phone}"),
                                      {"phone": checklist.phone_call_center}))
        for item in checklist.items:
            row = self.steps[item.step]
            row.check.setVisible(item.needed)
            for widget in (row.date, row.save_date):  # a date only once it is done
                widget.setVisible(item.needed and item.done)
            row.error.hide()
            row.check.setChecked(item.done)
            row.date.set_value(item.done_on)
        self.express.setChecked(case.express_reissue)
        self.express.setEnabled(case.steps[LostCardStep.REISSUE_APPLIED] is not None)
        fees = fill(translate(
            "member_ui", "A new card costs ¥{fee} and takes 1–2 months. Express issuance: about "
                         "{days} days, ¥{express_fee}."),
            {"fee": f"{checklist.reissue_fee_yen:,}", "days": checklist.express_days,
             "express_fee": f"{checklist.express_fee_yen:,}"})
        if checklist.express_request_until is not None:
            fees += " " + fill(translate("member_ui", "Ask for it by {date}."),
                               {"date": date_text(checklist.express_request_until)})
        else:
            fees += " " + translate("member_ui", "Ask for it within 30 days of the loss report.")
        self.fees.setText(fees)

    # ------------------------------------------------------------ actions
    def mark_lost(self) -> bool:
        if self._member is None:
            return False
        dialog = LostDialog(self._household.lost_cards, self._member, self.today(), self)  # type: ignore[attr-defined]
        if not self._run(dialog):
            return False
        self._finish(translate("member_ui", "The card is marked as lost. Work through the list "
                                            "below."))
        return True

    def card_found(self) -> bool:
        if self.checklist is None:
            return False
        dialog = FoundDialog(self._household.lost_cards, self.checklist.case, self.today(), self)  # type: ignore[attr-defined]
        if not self._run(dialog):
            return False
        result = dialog.result_value
        message = translate("member_ui", "Good news: the card is in hand again.")
        if isinstance(result, FoundResult) and result.needs_office_visit:
            message += " " + translate(
                "member_ui", "It was stopped by phone, so take it to the municipal office to "
                             "have it working again, and ask about the signing certificate.")
        self._finish(message)
        return True

    def tick(self, step: LostCardStep, checked: bool) -> bool:
        if self.checklist is None:
            return False
        service = self._household.lost_cards  # type: ignore[attr-defined]
        case_id = self.checklist.case.id
        if checked:
            return self._step(step, lambda: service.complete_step(case_id, step, self.today()))
        return self._step(step, lambda: service.undo_step(case_id, step))

    def change_date(self, step: LostCardStep) -> bool:
        if self.checklist is None:
            return False
        row = self.steps[step]
        try:
            on = row.date.value()
        except ValueError as exc:
            row.error.setText("⚠ " + _date_error(exc))
            row.error.show()
            return False
        if on is None:
            return self.tick(step, False)
        case_id = self.checklist.case.id
        return self._step(step, lambda: self._household.lost_cards.complete_step(  # type: ignore[attr-defined]
            case_id, step, on))

    def _express_changed(self, checked: bool) -> None:
        if self.checklist is None:
            return
        done_on = self.checklist.case.steps[LostCardStep.REISSUE_APPLIED]
        if done_on is None:
            return
        case_id = self.checklist.case.id
        self._step(LostCardStep.REISSUE_APPLIED,
                   lambda: self._household.lost_cards.complete_step(  # type: ignore[attr-defined]
                       case_id, LostCardStep.REISSUE_APPLIED, done_on, checked))

    def _step(self, step: LostCardStep, action) -> bool:  # noqa: ANN001
        try:
            action()
        except ValidationFailed as failed:
            self.reload()
            row = self.steps[step]
            row.error.setText(issues_text(failed.issues))
            row.error.show()
            return False
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"), storage_error_text(exc))
            self.reload()
            return False
        self._finish(translate("member_ui", "Saved."))
        return True

    def _run(self, dialog: RecordDialog) -> bool:
        self.last_dialog = dialog
        try:
            return self._run_dialog(dialog)
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"), storage_error_text(exc))
            self.reload()
            return False

    def _finish(self, message: str) -> None:
        self.reload()
        self.status.setText("✔ " + message)
        self.changed.emit()


def _date_error(exc: ValueError) -> str:
    from familycare.i18n.messages import validation_text

    return validation_text(str(getattr(exc, "code", "date_invalid")),
                           dict(getattr(exc, "params", {}) or {}))
