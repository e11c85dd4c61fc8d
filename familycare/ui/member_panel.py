"""What every member-detail panel shares: the member shown, today's date, and finding the
record behind the selected table row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QWidget

from familycare.domain.member import Member


class HasId(Protocol):
    @property
    def id(self) -> int: ...


RecordT = TypeVar("RecordT", bound=HasId)


class MemberPanel(QWidget):
    """Subclasses set ``self._household``, ``self._member``, ``self.status`` and define
    ``reload()``."""

    _household: object
    _member: Member | None

    def today(self) -> date:
        return self._household.clock.today()  # type: ignore[attr-defined]

    def set_member(self, member: Member | None) -> None:
        self._member = member
        self.status.clear()  # type: ignore[attr-defined]
        self.reload()  # type: ignore[attr-defined]


def record_in_current_row(table: QTableWidget, records: Sequence[RecordT]) -> RecordT | None:
    """The record whose id the current row's first cell carries (UserRole), if any."""
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    if item is None:
        return None
    wanted = item.data(Qt.ItemDataRole.UserRole)
    return next((r for r in records if r.id == wanted), None)
