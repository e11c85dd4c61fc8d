"""Adding or editing one delegation: who, what kind, which scopes (with a suggestion of the
narrowest for a purpose), the dates; each refusal is shown under its field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.delegation import (
    Delegation,
    DelegationDraft,
    DelegationKind,
    Purpose,
    Scope,
    suggest_scopes,
)
from familycare.domain.member import Member
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.i18n.catalog_proxies import issue_text, kind_text, purpose_text, scope_text
from familycare.i18n.text import translate
from familycare.services.delegations import DelegationService
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.member_form import DateField, colour_icon
from familycare.ui.text_colours import error_style
from familycare.ui.text_size import scaled_px

FIELDS = ("principal_member_id", "agent_member_id", "kind", "scopes", "scope_text", "since",
          "until", "review_due", "memo")


class DelegationDialog(QDialog):
    def __init__(
        self,
        service: DelegationService,
        members: list[Member],
        parent: QWidget | None = None,
        existing: Delegation | None = None,
        principal_id: int | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._existing = existing
        self.saved: Delegation | None = None
        self.setWindowTitle(translate("proxies", "Edit delegation") if existing
                            else translate("proxies", "New delegation"))
        self.principal = self._member_combo(members)
        self.agent = self._member_combo(members)
        self.kind = QComboBox(self)
        for kind in DelegationKind:
            self.kind.addItem(kind_text(kind.value), kind.value)
        self.purpose = QComboBox(self)
        self.purpose.addItem(translate("proxies", "Suggest scopes for a purpose…"), None)
        for purpose in Purpose:
            self.purpose.addItem(purpose_text(purpose.value), purpose.value)
        self.purpose.currentIndexChanged.connect(self._suggest)
        self.scope_boxes: dict[Scope, QCheckBox] = {}
        scopes = QWidget(self)
        grid = QGridLayout(scopes)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, scope in enumerate(Scope):
            box = QCheckBox(scope_text(scope.value), scopes)
            self.scope_boxes[scope] = box
            grid.addWidget(box, i // 2, i % 2)
        self.scope_text = QLineEdit(self)
        self.since = DateField(self)
        self.until = DateField(self)
        self.review_due = DateField(self)
        # The form's labels name the DateField wrappers; the screen reader lands on the edits.
        for field, name in ((self.since, translate("proxies", "Since")),
                            (self.until, translate("proxies", "Until (empty: open)")),
                            (self.review_due, translate("proxies", "Review on"))):
            field.edit.setAccessibleName(name)
        self.memo = QPlainTextEdit(self)
        self.memo.setMaximumHeight(scaled_px(80))
        self.memo.setPlaceholderText(
            translate("proxies", "Not for secrets: no PINs, no My Number."))
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        rows = (
            ("principal_member_id", translate("proxies", "&Represented person:"), self.principal),
            ("agent_member_id", translate("proxies", "&Agent (acts for them):"), self.agent),
            ("kind", translate("proxies", "&Kind:"), self.kind),
            ("scopes", translate("proxies", "&Scopes:"), self.purpose),
            ("", "", scopes),
            ("scope_text", translate("proxies", "Scope &details:"), self.scope_text),
            ("since", translate("proxies", "S&ince:"), self.since),
            ("until", translate("proxies", "&Until (empty: open):"), self.until),
            ("review_due", translate("proxies", "&Review on:"), self.review_due),
            ("memo", translate("proxies", "&Memo:"), self.memo),
        )
        for field, label, widget in rows:
            form.addRow(label, widget)
            if field:
                error = QLabel(self)
                error.setWordWrap(True)
                error.setStyleSheet(error_style())
                error.setObjectName(f"error_{field}")
                error.hide()
                self.errors[field] = error
                form.addRow("", error)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setStyleSheet(error_style())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._fill(existing, principal_id, today)

    def _member_combo(self, members: list[Member]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem("—", None)
        for m in members:
            combo.addItem(colour_icon(m.colour), m.display_name, m.id)
        return combo

    def _fill(self, existing: Delegation | None, principal_id: int | None,
              today: date | None) -> None:
        if existing is None:
            if principal_id is not None:
                self.principal.setCurrentIndex(self.principal.findData(principal_id))
            self.since.set_value(today)
            return
        self.principal.setCurrentIndex(self.principal.findData(existing.principal_member_id))
        self.agent.setCurrentIndex(self.agent.findData(existing.agent_member_id))
        self.kind.setCurrentIndex(self.kind.findData(existing.kind.value))
        for scope, box in self.scope_boxes.items():
            box.setChecked(scope in existing.scopes)
        self.scope_text.setText(existing.scope_text)
        self.since.set_value(existing.since)
        self.until.set_value(existing.until)
        self.review_due.set_value(existing.review_due)
        self.memo.setPlainText(existing.memo)

    def _suggest(self) -> None:
        code = self.purpose.currentData()
        if code is None:
            return
        wanted = set(suggest_scopes([Purpose(code)]))
        for scope, box in self.scope_boxes.items():
            box.setChecked(scope in wanted)

    def draft(self) -> DelegationDraft:
        """The draft typed; raises ValidationFailed for dates that cannot be read."""
        issues: list[ValidationIssue] = []
        dates: dict[str, date | None] = {}
        for name, field in (("since", self.since), ("until", self.until),
                            ("review_due", self.review_due)):
            try:
                dates[name] = field.value()
            except ValueError as exc:
                code = getattr(getattr(exc, "code", None), "value", "date_invalid")
                issues.append(ValidationIssue(name, code, dict(getattr(exc, "params", {}))))
                dates[name] = None
        if issues:
            raise ValidationFailed(issues)
        return DelegationDraft(
            principal_member_id=self.principal.currentData(),
            agent_member_id=self.agent.currentData(),
            kind=DelegationKind(self.kind.currentData()),
            scopes=tuple(s for s, b in self.scope_boxes.items() if b.isChecked()),
            scope_text=self.scope_text.text(),
            since=dates["since"], until=dates["until"], review_due=dates["review_due"],
            memo=self.memo.toPlainText(),
        )

    def show_issues(self, issues: list[ValidationIssue]) -> None:
        for label in self.errors.values():
            label.hide()
        for issue in issues:
            label = self.errors.get(issue.field)
            text = issue_text(issue.code, issue.params)  # typed-date codes fall through
            if label is None:
                self.status.setText(text)
                continue
            label.setText(text)
            label.show()

    def save(self) -> None:
        self.status.setText("")
        try:
            draft = self.draft()
            if self._existing is None:
                self.saved = self._service.add(draft)
            else:
                self.saved = self._service.update(self._existing.id, self._existing.version,
                                                  draft)
        except ValidationFailed as exc:
            self.show_issues(exc.issues)
            return
        except StorageError as exc:
            self.status.setText(storage_error_text(exc))
            return
        self.accept()
