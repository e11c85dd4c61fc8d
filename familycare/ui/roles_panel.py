"""The Family roles tab of a member (家族の担当): who registers proxies for them, who goes
along on visit days, and whom to call when stuck (printed on the visit card).

One chooser per role (every other member, or nobody), saved together with one button; below,
the roles this member holds for others, so it is clear what deleting them would leave empty.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.member import Member
from familycare.domain.role import MemberRoles, RoleKind
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.i18n import catalog_roles as cat
from familycare.i18n.text import fill, translate, translate_code
from familycare.storage.errors import StorageError
from familycare.ui.detail_fields import FieldForm
from familycare.ui.error_text import storage_error_text
from familycare.ui.member_panel import MemberPanel

NOBODY = 0  # the chooser's data for "nobody" (member ids start at 1)


def role_label(kind: RoleKind) -> str:
    return translate_code(cat.CONTEXT, cat.KINDS[kind.value])


class RolesPanel(MemberPanel):
    changed = Signal()

    def __init__(self, household: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._household = household
        self._member: Member | None = None
        self._roles = MemberRoles(0)
        self._stale = False
        self._people: QStandardItemModel | None = None
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.form = FieldForm(self)
        self.choosers: dict[RoleKind, QComboBox] = {}
        for kind in RoleKind:
            chooser = QComboBox(self)
            chooser.setMinimumContentsLength(12)
            self.choosers[kind] = chooser
            self.form.add_row(kind.value, role_label(kind), chooser,
                              translate_code(cat.CONTEXT, cat.HINTS[kind.value]))
        self.save_button = QPushButton(translate("member_ui", "&Save roles"), self)
        self.save_button.setAccessibleName(translate("member_ui", "Save roles"))
        self.save_button.setMinimumHeight(36)
        self.save_button.clicked.connect(self.save)
        self.helps = QLabel(self)
        self.helps.setObjectName("rolesHeld")
        self.helps.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("statusLine")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.helps)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # -- loading ------------------------------------------------------------------------
    def reload(self) -> None:
        member = self._member
        self.setEnabled(member is not None)
        self.form.show_issues([])
        if member is not None and not self.isVisible():
            # A care office's 2,000 members make long choosers: filled when the tab is
            # shown, not on every click in the Family list.
            self._stale = True
            return
        self._stale = False
        if member is None:
            empty = QStandardItemModel(self)
            for chooser in self.choosers.values():
                chooser.setModel(empty)
            self._set_people(empty)
            self.helps.clear()
            return
        household = self._household
        others = [m for m in household.members.list_members()  # type: ignore[attr-defined]
                  if m.id != member.id]
        self._roles = household.roles.roles_of(member.id)  # type: ignore[attr-defined]
        self.intro.setText(fill(translate(
            "member_ui", "Who in the family helps {name}? Each role shows on the Home tab; "
                         "the contact when stuck is printed on the visit card."),
            {"name": member.display_name}))
        # One list of people for the three choosers (each keeps its own choice).
        people = QStandardItemModel(self)
        nobody = QStandardItem(translate("member_ui", "Nobody"))
        nobody.setData(NOBODY, Qt.ItemDataRole.UserRole)
        people.appendRow(nobody)
        for other in others:
            item = QStandardItem(other.display_name)
            item.setData(other.id, Qt.ItemDataRole.UserRole)
            people.appendRow(item)
        for kind, chooser in self.choosers.items():
            chooser.blockSignals(True)
            chooser.setModel(people)  # a chooser's own first model goes with this
            role = self._roles.holder(kind)
            index = chooser.findData(role.holder_id) if role is not None else 0
            chooser.setCurrentIndex(max(index, 0))
            chooser.blockSignals(False)
        self._set_people(people)
        held = household.roles.held_by(member.id)  # type: ignore[attr-defined]
        if held:
            names = "\n".join(
                f"・{translate_code(cat.CONTEXT, cat.KINDS[r.kind.value])}: "
                f"{self._name_of(r.member_id, others)}" for r in held)
            self.helps.setText(fill(translate("member_ui", "{name} helps others:"),
                                    {"name": member.display_name}) + "\n" + names)
        else:
            self.helps.setText(fill(translate("member_ui", "{name} holds no role for others."),
                                    {"name": member.display_name}))

    def _set_people(self, people: QStandardItemModel) -> None:
        """Keep the choosers' shared list; the one it replaces is no longer shown."""
        if self._people is not None:
            self._people.deleteLater()
        self._people = people

    def showEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[arg-type]
        if self._stale:
            self.reload()

    @staticmethod
    def _name_of(member_id: int, members: list[Member]) -> str:
        return next((m.display_name for m in members if m.id == member_id), "?")

    def chosen(self, kind: RoleKind) -> int | None:
        value = self.choosers[kind].currentData()
        return int(value) if value else None

    def choose(self, kind: RoleKind, holder_id: int | None) -> None:
        """Pick ``holder_id`` (None: nobody) in the chooser, as a person would."""
        chooser = self.choosers[kind]
        chooser.setCurrentIndex(max(chooser.findData(holder_id or NOBODY), 0))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> bool:
        """Save every role whose chooser changed; each is its own audited action."""
        member = self._member
        if member is None:
            return False
        service = self._household.roles  # type: ignore[attr-defined]
        issues: list[ValidationIssue] = []
        saved = 0
        try:
            for kind in RoleKind:
                shown = self._roles.holder(kind)
                wanted = self.chosen(kind)
                if (shown.holder_id if shown else None) == wanted:
                    continue
                seen = shown.version if shown is not None else 0
                try:
                    service.set_role(member.id, kind, wanted, seen)
                    saved += 1
                except ValidationFailed as failed:
                    issues += [ValidationIssue(kind.value, i.code, i.params)
                               for i in failed.issues]
        except StorageError as exc:
            QMessageBox.warning(self, translate("member_ui", "Not saved"),
                                storage_error_text(exc))
            self.reload()
            if saved:
                self.changed.emit()
            return False
        if saved:
            kept = self._chosen_now()
            self.reload()
            for kind, holder in kept.items():  # a refused choice stays on screen to correct
                if any(i.field == kind.value for i in issues):
                    self.choose(kind, holder)
            self.changed.emit()
        if issues:
            self.form.show_issues(issues)
            self.status.clear()
            return False
        self.status.setText("✔ " + (translate("member_ui", "The roles were saved.") if saved
                                   else translate("member_ui", "Nothing was changed.")))
        return True

    def _chosen_now(self) -> dict[RoleKind, int | None]:
        return {kind: self.chosen(kind) for kind in RoleKind}
