"""The Card tab of a member: which card, its state and dates, and what they mean.

The summary on top answers "until when does it work, and when can it be renewed?" with both
calendars and a countdown; a printed or notified date wins over the computed one, and a
difference between them is pointed out in words (RULES.md section 1).
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.card_record import CardDraft, CardRecord, CardRecordKind
from familycare.domain.member import Member
from familycare.domain.member_facts import CardState
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.i18n import catalog_records as rec
from familycare.i18n.text import fill, translate, translate_code
from familycare.services.cards import CardDates
from familycare.storage.errors import ConcurrentEdit, StorageError
from familycare.ui.conflict_dialog import (
    ChooseConflict,
    ConflictChoice,
    choose_with_dialog,
    value_text,
)
from familycare.ui.detail_fields import (
    Confirm,
    FieldForm,
    StatusLine,
    ask_yes_no,
    date_text,
    date_with_countdown,
    issues_text,
)
from familycare.ui.error_text import storage_error_text
from familycare.ui.member_form import DateField
from familycare.ui.member_panel import MemberPanel

NO_CARD = "none"  # the fourth choice of "kind": the person has no card
CARD_FIELDS = tuple(f.name for f in fields(CardDraft))
_WIDGET_OF = {"cert_renewed_before_expiry": "cert_renewed", "insurance_registered": "registered",
              "smartphone_set_up": "smartphone"}


def card_values(draft: CardDraft | None) -> dict[str, object]:
    """A card's editable fields for comparing two versions (None: no current card)."""
    if draft is None:
        return dict.fromkeys(CARD_FIELDS)
    return {name: getattr(draft, name) for name in CARD_FIELDS}


class CardPanel(MemberPanel):
    changed = Signal()

    def __init__(self, household: object, confirm: Confirm = ask_yes_no,
                 parent: QWidget | None = None,
                 choose_conflict: ChooseConflict = choose_with_dialog) -> None:
        super().__init__(parent)
        self._household = household
        self._confirm = confirm
        self._choose_conflict = choose_conflict
        self._member: Member | None = None
        self._card: CardRecord | None = None

        # -- summary: the dates in use ------------------------------------------------
        self.summary = QFrame(self)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary_title = QLabel(self.summary)
        self.summary_title.setObjectName("sectionHeading")
        self.dates_label = QLabel(self.summary)
        self.dates_label.setWordWrap(True)
        self.dates_label.setTextFormat(Qt.TextFormat.RichText)
        self.mismatch = StatusLine(self.summary)
        self.registration_warning = StatusLine(self.summary)
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.addWidget(self.summary_title)
        summary_layout.addWidget(self.dates_label)
        summary_layout.addWidget(self.mismatch)
        summary_layout.addWidget(self.registration_warning)

        # -- the form ---------------------------------------------------------------
        self.kind = QComboBox(self)
        for kind in CardRecordKind:
            self.kind.addItem(translate_code("records", rec.CARD_KINDS[kind.value]), kind.value)
        self.kind.addItem(translate("member_ui", "No card"), NO_CARD)
        self.state = QComboBox(self)
        for state in CardState:
            self.state.addItem(translate_code("records", rec.CARD_STATES[state.value]),
                               state.value)
        self.applied_on = DateField(self)
        self.issued_on = DateField(self)
        self.printed_expires_on = DateField(self)
        self.cert_issued_on = DateField(self)
        self.cert_renewed = QCheckBox(
            translate("member_ui", "Renewed while less than three months were left"), self)
        self.notified_cert_expires_on = DateField(self)
        self.registered = QCheckBox(
            translate("member_ui", "Registered for use as the insurance card"), self)
        self.registration_checked_on = DateField(self)
        self.smartphone = QCheckBox(
            translate("member_ui", "Set up on a smartphone as the insurance card"), self)
        self.form = FieldForm(self)
        f = self.form
        f.add_row("kind", translate("member_ui", "Kind of card"), self.kind)
        f.add_row("state", translate("member_ui", "Where the card is"), self.state)
        f.add_row("applied_on", translate("member_ui", "Applied on"), self.applied_on)
        f.add_row("issued_on", translate("member_ui", "Issued on"), self.issued_on,
                  translate("member_ui", "The day the card was made (on the card), not the "
                                         "day you collected it."))
        f.add_row("printed_expires_on", translate("member_ui", "Expiry printed on the card"),
                  self.printed_expires_on,
                  translate("member_ui", "Optional. If you enter it, this date is used."))
        f.add_row("cert_issued_on", translate("member_ui", "Certificate issued on"),
                  self.cert_issued_on,
                  translate("member_ui", "The certificate is the part inside the card with "
                                         "its own expiry. Empty: same day as the card."))
        f.add_row("cert_renewed_before_expiry", "", self.cert_renewed)
        f.add_row("notified_cert_expires_on",
                  translate("member_ui", "Certificate expiry from the notice"),
                  self.notified_cert_expires_on,
                  translate("member_ui", "Optional: the date on the expiry notice "
                                         "(有効期限通知書). If you enter it, it is used."))
        f.add_row("insurance_registered", "", self.registered)
        f.add_row("registration_checked_on",
                  translate("member_ui", "Checked in マイナポータル on"),
                  self.registration_checked_on,
                  translate("member_ui", "Many people only believe they registered. Look it "
                                         "up in マイナポータル (Mynaportal, the government's "
                                         "online service) and enter the day you checked."))
        f.add_row("smartphone_set_up", "", self.smartphone)
        self.kind.currentIndexChanged.connect(self._kind_changed)

        self.save_button = QPushButton(translate("member_ui", "Save card"), self)
        self.reissue_button = QPushButton(
            translate("member_ui", "Save as a new card (reissue)…"), self)
        self.save_button.clicked.connect(self.save)
        self.reissue_button.clicked.connect(self.reissue)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reissue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        self.history = QLabel(self)
        self.history.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.history)
        layout.addStretch(1)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        member = self._member
        self.setEnabled(member is not None)
        if member is None:
            return
        cards = self._household.cards  # type: ignore[attr-defined]
        self._card = cards.current_card(member.id)
        self._load_form(self._card)
        self._show_summary(member, self._card, cards.card_dates(member.id, self.today()))
        earlier = [c for c in cards.card_history(member.id) if not c.is_current]
        self.history.setText(
            fill(translate("member_ui", "Earlier cards kept in the history: {count}"),
                 {"count": len(earlier)}) if earlier else "")
        self.form.show_issues([])

    def _load_form(self, card: CardRecord | None) -> None:
        value = card.kind.value if card is not None else NO_CARD
        self.kind.setCurrentIndex(self.kind.findData(value))
        draft = card.draft() if card is not None else CardDraft(CardRecordKind.STANDARD)
        self.state.setCurrentIndex(self.state.findData(draft.state.value))
        self.applied_on.set_value(draft.applied_on)
        self.issued_on.set_value(draft.issued_on)
        self.printed_expires_on.set_value(draft.printed_expires_on)
        self.cert_issued_on.set_value(draft.cert_issued_on)
        self.cert_renewed.setChecked(draft.cert_renewed_before_expiry)
        self.notified_cert_expires_on.set_value(draft.notified_cert_expires_on)
        self.registered.setChecked(draft.insurance_registered)
        self.registration_checked_on.set_value(draft.registration_checked_on)
        self.smartphone.setChecked(draft.smartphone_set_up)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        issued = kind in (CardRecordKind.STANDARD.value, CardRecordKind.FACE_AUTH.value)
        for name in ("state", "issued_on", "printed_expires_on", "cert_issued_on",
                     "cert_renewed_before_expiry", "notified_cert_expires_on",
                     "insurance_registered", "registration_checked_on"):
            self.form.set_row_visible(name, issued)
        self.form.set_row_visible("smartphone_set_up", kind == CardRecordKind.STANDARD.value)
        self.form.set_row_visible("applied_on", kind != NO_CARD)
        self.reissue_button.setEnabled(kind != NO_CARD)

    def _show_summary(self, member: Member, card: CardRecord | None,
                      dates: CardDates | None) -> None:
        today = self.today()
        self.mismatch.hide()
        self.registration_warning.hide()
        if card is None:
            self.summary_title.setText(translate("member_ui", "No card is recorded."))
            self.dates_label.setText(translate(
                "member_ui", "Without a card, the qualification certificate from the insurer "
                             "is the proof of insurance."))
            return
        kind = translate_code("records", rec.CARD_KINDS[card.kind.value])
        state = translate_code("records", rec.CARD_STATES[card.state.value])
        self.summary_title.setText(f"{kind} — {state}")
        if dates is None:  # applied for, not yet issued
            self.dates_label.setText(fill(
                translate("member_ui", "Applied for on {date}. Enter the issue date when the "
                                       "card arrives."),
                {"date": date_text(card.applied_on)}))
            return
        lines = [
            self._expiry_line(translate("member_ui", "Card valid until"), dates.card_expiry.value,
                              dates.card_expiry.computed, today),
            self._expiry_line(translate("member_ui", "Certificate valid until"),
                              dates.cert_expiry.value, dates.cert_expiry.computed, today),
        ]
        cert_first = dates.cert_expiry.value < dates.card_expiry.value
        opens = dates.cert_renewal_opens_on if cert_first else dates.card_renewal_opens_on
        what = (translate("member_ui", "Certificate renewal (at the municipal office)")
                if cert_first else translate("member_ui", "Card renewal"))
        if opens <= today:
            when = fill(translate("member_ui", "possible now (since {date})"),
                        {"date": date_text(opens)})
        else:
            when = fill(translate("member_ui", "possible from {date}"),
                        {"date": date_with_countdown(opens, today)})
        lines.append(f"{what}: <b>{when}</b>")
        lines.append(fill(translate(
            "member_ui", "Works as the insurance card until: <b>{date}</b> (including the "
                         "grace period after expiry)"),
            {"date": date_with_countdown(dates.grace_until, today)}))
        self.dates_label.setText("<br>".join(lines))
        mismatches = []
        if dates.card_mismatch and dates.card_printed is not None:
            mismatches.append(fill(translate(
                "member_ui", "The expiry printed on the card ({printed}) differs from the "
                             "computed date ({computed}). The printed date is used; please "
                             "check you typed it exactly."),
                {"printed": date_text(dates.card_printed),
                 "computed": date_text(dates.card_computed.value)}))
        if dates.cert_mismatch and dates.cert_notified is not None:
            mismatches.append(fill(translate(
                "member_ui", "The certificate expiry from the notice ({notified}) differs from "
                             "the computed date ({computed}). The notice's date is used; please "
                             "check it."),
                {"notified": date_text(dates.cert_notified),
                 "computed": date_text(dates.cert_computed.value)}))
        if mismatches:
            self.mismatch.set("warning", "\n".join(mismatches))
            self.mismatch.show()
        if not card.insurance_registered:
            self.registration_warning.set("warning", translate(
                "member_ui", "Not registered as the insurance card. Register it at a clinic's "
                             "card reader or in マイナポータル."))
            self.registration_warning.show()
        elif card.registration_checked_on is None:
            self.registration_warning.set("info", translate(
                "member_ui", "Registration not checked yet. People often only believe they "
                             "registered: check it in マイナポータル."))
            self.registration_warning.show()

    @staticmethod
    def _expiry_line(title: str, day: date, computed: bool, today: date) -> str:
        source = (translate("member_ui", "computed — please compare with the printed date")
                  if computed else translate("member_ui", "as printed or notified"))
        return f"{title}: <b>{date_with_countdown(day, today)}</b> ({source})"

    # ------------------------------------------------------------ saving
    def draft(self) -> tuple[CardDraft | None, list[ValidationIssue]]:
        dates, issues = self.form.read_dates({
            "applied_on": self.applied_on, "issued_on": self.issued_on,
            "printed_expires_on": self.printed_expires_on,
            "cert_issued_on": self.cert_issued_on,
            "notified_cert_expires_on": self.notified_cert_expires_on,
            "registration_checked_on": self.registration_checked_on,
        })
        if issues:
            return None, issues
        draft = CardDraft(
            kind=CardRecordKind(self.kind.currentData()),
            state=CardState(self.state.currentData()),
            cert_renewed_before_expiry=self.cert_renewed.isChecked(),
            insurance_registered=self.registered.isChecked(),
            smartphone_set_up=self.smartphone.isChecked(),
            **dates,  # type: ignore[arg-type]
        )
        if draft.kind is CardRecordKind.FACE_AUTH:
            draft = replace(draft, smartphone_set_up=False)
        return draft, []

    def save(self) -> CardRecord | None:
        if self._member is None:
            return None
        if self.kind.currentData() == NO_CARD:
            self.record_no_card()
            return None
        draft, issues = self.draft()
        if draft is None:
            self.form.show_issues(issues)
            return None
        return self._save_draft(draft, self._card)

    def _save_draft(self, draft: CardDraft, based_on: CardRecord | None) -> CardRecord | None:
        assert self._member is not None
        member_id = self._member.id
        version = based_on.version if based_on is not None else None
        seen = based_on.id if based_on is not None else None
        card = self._call(
            lambda: self._household.cards.save_card(  # type: ignore[attr-defined]
                member_id, draft, version, seen_card_id=seen),
            on_conflict=lambda: self._resolve_conflict(draft))
        if isinstance(card, CardRecord):
            self._done(translate("member_ui", "The card was saved."))
            return card
        return None

    # ------------------------------------------------------------ two computers
    def _card_labels(self) -> dict[str, str]:
        # The form's own labels (each field's accessible name, a check box's text).
        labels: dict[str, str] = {}
        for name in CARD_FIELDS:
            widget = getattr(self, _WIDGET_OF.get(name, name))
            if isinstance(widget, QCheckBox):
                labels[name] = widget.text()
            else:
                focus = widget.edit if isinstance(widget, DateField) else widget
                labels[name] = focus.accessibleName()
        return labels

    @staticmethod
    def _render(field: str, value: object) -> str:
        if field == "kind":
            if value is None:
                return translate("member_ui", "No card")
            return translate_code("records", rec.CARD_KINDS[str(value)])
        if field == "state" and value is not None:
            return translate_code("records", rec.CARD_STATES[str(value)])
        return value_text(value)

    def _resolve_conflict(self, draft: CardDraft) -> CardRecord | None:
        """Another computer changed this card (or replaced or ended it) after it was
        loaded: show both versions; save mine over theirs only when the person says so."""
        from familycare.domain.edit_conflict import find_conflict
        from familycare.ui.conflict_dialog import conflict_rows

        assert self._member is not None
        theirs = self._household.cards.current_card(self._member.id)  # type: ignore[attr-defined]
        base = card_values(self._card.draft() if self._card is not None else None)
        conflict = find_conflict(base, card_values(draft),
                                 card_values(theirs.draft() if theirs is not None else None))
        rows, there = conflict_rows(conflict, self._card_labels(), self._render)
        what = fill(translate("member_ui", "The card of {name}"),
                    {"name": self._member.display_name})
        choice = self._choose_conflict(self, what, rows, there)
        if choice is ConflictChoice.KEEP_MINE:
            merged = CardDraft(**conflict.keep_mine())  # type: ignore[arg-type]
            return self._save_draft(merged, theirs)  # over their version, knowingly
        if choice is ConflictChoice.TAKE_THEIRS:
            self.reload()
            self.status.setText(translate("member_ui", "The version saved on the other "
                                                       "computer is shown."))
            self.changed.emit()
            return None
        self.status.setText(translate("member_ui", "Not saved yet: your changes are still in "
                                                   "the form."))
        return None

    def has_unsaved_changes(self) -> bool:
        """The form differs from the card it was loaded with (an unreadable date counts)."""
        if self._member is None:
            return False
        loaded_kind = self._card.kind.value if self._card is not None else NO_CARD
        if self.kind.currentData() != loaded_kind:
            return True
        if loaded_kind == NO_CARD:
            return False
        draft, issues = self.draft()
        return bool(issues) or draft != self._card.draft()  # type: ignore[union-attr]

    def reissue(self) -> CardRecord | None:
        if self._member is None or self.kind.currentData() == NO_CARD:
            return None
        draft, issues = self.draft()
        if draft is None:
            self.form.show_issues(issues)
            return None
        question = fill(translate(
            "member_ui", "Record the details above as a new card for {name}? The current card "
                         "is kept in the history, and an open lost-card case is closed."),
            {"name": self._member.display_name})
        if not self._confirm(self, translate("member_ui", "New card"), question):
            return None
        card = self._call(lambda: self._household.cards.reissue_card(  # type: ignore[attr-defined]
            self._member.id, draft))
        if card is not None:
            self._done(translate("member_ui", "The new card was saved. The old one is in the "
                                              "history."))
        return card

    def record_no_card(self) -> bool:
        if self._member is None or self._card is None:
            self.status.setText(translate("member_ui", "No card is recorded."))
            return False
        question = fill(translate(
            "member_ui", "Record that {name} has no card any more (returned or given up)? The "
                         "card stays in the history."),
            {"name": self._member.display_name})
        if not self._confirm(self, translate("member_ui", "No card"), question):
            return False
        result = self._call(lambda: self._household.cards.record_no_card(  # type: ignore[attr-defined]
            self._member.id, self.today()))
        if result is None:
            return False
        self._done(translate("member_ui", "Recorded: no card."))
        return True

    def _call(self, action, on_conflict=None):  # noqa: ANN001, ANN202 — any service call
        try:
            return action()
        except ConcurrentEdit:
            if on_conflict is None:
                QMessageBox.warning(self, translate("member_ui", "Not saved"),
                                    storage_error_text(ConcurrentEdit()))
                self.reload()
                return None
            return on_conflict()
        except ValidationFailed as failed:
            rest = self.form.show_issues(failed.issues)
            self.status.setText(issues_text(rest))
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"), storage_error_text(exc))
            self.reload()
        return None

    def _done(self, message: str) -> None:
        self.reload()
        self.status.setText("✔ " + message)
        self.changed.emit()
