"""The family list as a Qt model: one row per member, colour chip plus words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from familycare.domain.member import Member
from familycare.i18n.catalog_common import RELATIONSHIPS
from familycare.i18n.text import fill, translate, translate_code

Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    NAME, RELATIONSHIP, AGE = range(3)

    def __init__(self, today: date, parent: object = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._today = today

    def set_members(self, members: list[Member], today: date | None = None) -> None:
        self.beginResetModel()
        self._members = list(members)
        if today is not None:
            self._today = today
        self.endResetModel()

    def member_at(self, row: int) -> Member | None:
        return self._members[row] if 0 <= row < len(self._members) else None

    def row_of(self, member_id: int) -> int:
        for row, member in enumerate(self._members):
            if member.id == member_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        member = self._members[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return member.display_name
            if column == self.RELATIONSHIP:
                return translate_code("relationship", RELATIONSHIPS[member.relationship.value])
            if column == self.AGE:
                return fill(translate("members", "{age} yrs"), {"age": member.age_on(self._today)})
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(member.colour)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME and member.kana:
            return member.kana
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("members", "Name"),
            translate("members", "Relationship"),
            translate("members", "Age"),
        )[section]
