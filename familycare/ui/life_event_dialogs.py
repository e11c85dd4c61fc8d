"""Dialogs that change a member's insurance: one period by hand, or a life event (job change,
retirement, moving, becoming or leaving a dependent, the 75th birthday) that ends the running
period and starts the next in one step (RULES.md section 5).

Each dialog calls the service itself when OK is pressed, so a refusal shows next to its field
and the dialog stays open; ``result_value`` holds what the service returned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.card_record import CoverageDraft, CoverageRecord
from familycare.domain.member import Member
from familycare.domain.member_facts import CoverageKind
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.i18n import catalog_records as rec
from familycare.i18n.text import fill, translate, translate_code
from familycare.ui.detail_fields import FieldForm, StatusLine, date_text, issues_text
from familycare.ui.member_form import DateField
from familycare.ui.text_size import fit_window, scaled_px

JOB_CHANGE = "job_change"
RETIREMENT = "retirement"
MOVE = "move"
BECOME_DEPENDENT = "become_dependent"
LEAVE_DEPENDENT = "leave_dependent"
LATE_ELDERLY = "late_elderly"


def kind_combo(parent: QWidget, kinds: tuple[CoverageKind, ...] = tuple(CoverageKind)) -> QComboBox:
    combo = QComboBox(parent)
    for kind in kinds:
        combo.addItem(translate_code("records", rec.COVERAGE_KINDS[kind.value]), kind.value)
    return combo


def holder_combo(parent: QWidget, family: list[Member], exclude: int) -> QComboBox:
    combo = QComboBox(parent)
    for other in family:
        if other.id != exclude:
            combo.addItem(other.display_name, other.id)
    return combo


class RecordDialog(QDialog):
    """A titled form with OK/Cancel; subclasses implement ``submit`` (may raise
    ValidationFailed, shown next to the fields)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(scaled_px(520))
        self.note = StatusLine(self)
        self.note.hide()
        self.form = FieldForm(self)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("fieldError")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.result_value: object = None

    def set_note(self, level: str, text: str) -> None:
        self.note.set(level, text)
        self.note.show()

    def showEvent(self, event: object) -> None:  # noqa: N802
        # A top-level dialog ignores height-for-width: size the wrapped note for its width.
        label = self.note.text
        label.setMinimumHeight(label.heightForWidth(max(self.width() - 80, 300)))
        self.adjustSize()
        fit_window(self, 520)  # and every wrapped hint of the form, at any text size
        super().showEvent(event)  # type: ignore[arg-type]

    def submit(self) -> object:
        raise NotImplementedError

    def try_accept(self) -> bool:
        try:
            self.result_value = self.submit()
        except ValidationFailed as failed:
            rest = self.form.show_issues(failed.issues)
            self.general_error.setText(issues_text(rest))
            self.general_error.setVisible(bool(rest))
            return False
        self.accept()
        return True

    def dates(self, fields: dict[str, DateField]) -> dict[str, date | None]:
        values, issues = self.form.read_dates(fields)
        if issues:
            raise ValidationFailed(issues)
        return values


class CoverageDialog(RecordDialog):
    """Add or correct one insurance period by hand."""

    def __init__(self, coverage: object, member: Member, family: list[Member],
                 period: CoverageRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("member_ui", "Insurance period"), parent)
        self._coverage = coverage
        self._member = member
        self._period = period
        self.kind = kind_combo(self)
        self.insurer_name = QLineEdit(self)
        self.insurer_name.setPlaceholderText(
            translate("member_ui", "e.g. 協会けんぽ 東京支部, ○○市国民健康保険"))
        self.since = DateField(self)
        self.until = DateField(self)
        self.is_dependent = QCheckBox(translate("member_ui", "Insured as a dependent"), self)
        self.holder = holder_combo(self, family, member.id)
        self.confirmed = QCheckBox(
            translate("member_ui", "Confirmed (papers from the insurer seen)"), self)
        self.memo = QLineEdit(self)
        f = self.form
        f.add_row("kind", translate("member_ui", "Kind of insurance"), self.kind)
        f.add_row("insurer_name", translate("member_ui", "Insurer"), self.insurer_name)
        f.add_row("since", translate("member_ui", "From"), self.since)
        f.add_row("until", translate("member_ui", "Until"), self.until,
                  translate("member_ui", "Empty while it still runs."))
        f.add_row("is_dependent", "", self.is_dependent)
        f.add_row("holder_member_id", translate("member_ui", "Dependent of"), self.holder)
        f.add_row("confirmed", "", self.confirmed)
        f.add_row("memo", translate("member_ui", "Memo"), self.memo)
        draft = period.draft() if period is not None else CoverageDraft(
            CoverageKind.EMPLOYEE, None)
        self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
        self.insurer_name.setText(draft.insurer_name)
        self.since.set_value(draft.since)
        self.until.set_value(draft.until)
        self.is_dependent.setChecked(draft.is_dependent)
        if draft.holder_member_id is not None:
            self.holder.setCurrentIndex(max(self.holder.findData(draft.holder_member_id), 0))
        self.confirmed.setChecked(draft.confirmed)
        self.memo.setText(draft.memo)
        self.is_dependent.toggled.connect(self._dependent_toggled)
        self._dependent_toggled()

    def _dependent_toggled(self) -> None:
        self.form.set_row_visible("holder_member_id", self.is_dependent.isChecked())

    def draft(self) -> CoverageDraft:
        dates = self.dates({"since": self.since, "until": self.until})
        dependent = self.is_dependent.isChecked()
        holder = self.holder.currentData() if dependent else None
        if dependent and holder is None:
            raise ValidationFailed([ValidationIssue("holder_member_id", "holder_unknown")])
        return CoverageDraft(
            kind=CoverageKind(self.kind.currentData()), since=dates["since"],
            until=dates["until"], insurer_name=self.insurer_name.text(),
            confirmed=self.confirmed.isChecked(), is_dependent=dependent,
            holder_member_id=holder, memo=self.memo.text(),
        )

    def submit(self) -> CoverageRecord:
        draft = self.draft()
        service = self._coverage
        if self._period is None:
            return service.add_period(self._member.id, draft)  # type: ignore[attr-defined]
        return service.update_period(  # type: ignore[attr-defined]
            self._period.id, self._period.version, draft)


class LifeEventDialog(RecordDialog):
    """One life event: only the fields that event needs, and what it sets off in words."""

    def __init__(self, event: str, coverage: object, member: Member, family: list[Member],
                 today: date, current: CoverageRecord | None,
                 late_elderly_from: date | None = None, parent: QWidget | None = None) -> None:
        titles = {
            JOB_CHANGE: translate("member_ui", "Changed job"),
            RETIREMENT: translate("member_ui", "Left work"),
            MOVE: translate("member_ui", "Moved to another town"),
            BECOME_DEPENDENT: translate("member_ui", "Became a dependent"),
            LEAVE_DEPENDENT: translate("member_ui", "No longer a dependent"),
            LATE_ELDERLY: translate("member_ui", "Late-elderly medical care from the 75th "
                                                 "birthday"),
        }
        super().__init__(fill("{title} — {name}", {"title": titles[event],
                                                   "name": member.display_name}), parent)
        self.event_code = event
        self._coverage = coverage
        self._member = member
        self.on = DateField(self)
        self.on.set_value(today)
        self.insurer_name = QLineEdit(self)
        kinds = {
            JOB_CHANGE: (CoverageKind.EMPLOYEE, CoverageKind.MUTUAL_AID),
            RETIREMENT: (CoverageKind.NATIONAL, CoverageKind.VOLUNTARY_CONTINUATION),
            LEAVE_DEPENDENT: (CoverageKind.EMPLOYEE, CoverageKind.NATIONAL,
                              CoverageKind.MUTUAL_AID),
        }.get(event, ())
        self.kind = kind_combo(self, kinds)
        self.holder = holder_combo(self, family, member.id)
        self.move_dependents = QCheckBox(
            translate("member_ui", "The family's dependents move to the new insurance too"), self)
        self.move_dependents.setChecked(True)
        f = self.form
        run: dict[str, Callable[[], object]] = {}
        if event == JOB_CHANGE:
            f.add_row("since", translate("member_ui", "First day at the new employer"), self.on)
            f.add_row("kind", translate("member_ui", "Kind of insurance"), self.kind)
            f.add_row("insurer_name", translate("member_ui", "New insurer"), self.insurer_name)
            f.add_row("move_dependents", "", self.move_dependents)
            self.set_note("info", translate(
                "member_ui", "The employer reports the change within 5 days. Until the new data "
                             "shows, the card may read \"no record\" at reception: take the "
                             "qualification notice, or fill in a self-declaration there."))
            run[event] = lambda: coverage.change_job(  # type: ignore[attr-defined]
                member.id, self._date(), self.insurer_name.text(),
                CoverageKind(self.kind.currentData()), self.move_dependents.isChecked())
        elif event == RETIREMENT:
            f.add_row("since", translate("member_ui", "First day without the old insurance"),
                      self.on, translate("member_ui", "Usually the day after the last working "
                                                      "day."))
            f.add_row("kind", translate("member_ui", "Next insurance"), self.kind)
            f.add_row("insurer_name", translate("member_ui", "Insurer"), self.insurer_name)
            f.add_row("move_dependents", "", self.move_dependents)
            self.set_note("info", translate(
                "member_ui", "National health insurance: apply at the municipal office within "
                             "14 days. Voluntary continuation (up to 2 years, under 75): apply "
                             "to the old insurer within 20 days. National health insurance has "
                             "no dependents: each person joins in their own name."))
            run[event] = lambda: coverage.retire(  # type: ignore[attr-defined]
                member.id, self._date(), CoverageKind(self.kind.currentData()),
                self.insurer_name.text(), self.move_dependents.isChecked())
        elif event == MOVE:
            national = current is not None and current.kind is CoverageKind.NATIONAL
            f.add_row("moved_on", translate("member_ui", "Moved in on"), self.on)
            if national:
                f.add_row("insurer_name", translate("member_ui", "New town's national health "
                                                                 "insurance"), self.insurer_name)
            warning = translate(
                "member_ui", "Moving cancels the signing certificate (the part used for "
                             "e-Tax and online applications). Have it issued again at the new "
                             "municipal office when you report the move.")
            if national:
                warning += "\n" + translate(
                    "member_ui", "National health insurance belongs to the town, so the insurer "
                                 "changes: join at the new office within 14 days.")
            self.set_note("warning", warning)
            run[event] = lambda: coverage.move_home(  # type: ignore[attr-defined]
                member.id, self._date("moved_on"), self.insurer_name.text() if national else "")
        elif event == BECOME_DEPENDENT:
            f.add_row("holder_member_id", translate("member_ui", "Dependent of"), self.holder)
            f.add_row("since", translate("member_ui", "From"), self.on)
            self.set_note("info", translate(
                "member_ui", "The dependent is insured with the same insurer as the family "
                             "member named here. The current insurance ends the day before."))
            run[event] = lambda: coverage.become_dependent(  # type: ignore[attr-defined]
                member.id, self._holder(), self._date())
        elif event == LEAVE_DEPENDENT:
            f.add_row("since", translate("member_ui", "Own insurance from"), self.on)
            f.add_row("kind", translate("member_ui", "Kind of insurance"), self.kind)
            f.add_row("insurer_name", translate("member_ui", "Insurer"), self.insurer_name)
            run[event] = lambda: coverage.leave_dependent(  # type: ignore[attr-defined]
                member.id, self._date(), CoverageKind(self.kind.currentData()),
                self.insurer_name.text())
        else:  # LATE_ELDERLY
            f.add_row("insurer_name", translate("member_ui", "Insurer (広域連合)"),
                      self.insurer_name,
                      translate("member_ui", "e.g. 東京都後期高齢者医療広域連合"))
            self.on.hide()
            self.set_note("info", fill(translate(
                "member_ui", "Late-elderly medical care starts on the 75th birthday, {date}, "
                             "with no application. The insurance before it ends the day "
                             "before. Enter the insurer named on the papers that arrive."),
                {"date": date_text(late_elderly_from)}))
            run[event] = lambda: coverage.confirm_late_elderly(  # type: ignore[attr-defined]
                member.id, self.insurer_name.text())
        self._run = run[event]
        used = set(self.form.widgets.values())
        for widget in (self.on, self.insurer_name, self.kind, self.holder, self.move_dependents):
            if widget not in used:  # built for other events: never float over the form
                widget.hide()

    def _date(self, field: str = "since") -> date:
        value = self.dates({field: self.on})[field]
        if value is None:
            raise ValidationFailed([ValidationIssue(field, "empty")])
        return value

    def _holder(self) -> int:
        holder = self.holder.currentData()
        if holder is None:
            raise ValidationFailed([ValidationIssue("holder_member_id", "holder_unknown")])
        return int(holder)

    def submit(self) -> object:
        return self._run()
