"""Which office days to suggest for a to-do item that sends someone to the municipal office.

A renewal, a reissue, a PIN reset or joining 国保 is done at the office window, so the
item names the next days the office is open (weekdays that are neither public holidays nor
in the New Year closure, ``office_days``). The derivation marks such items with the first
day going makes sense (``OFFICE_FROM``); the days are worked out here when the item is
shown, so the dashboard's derivation at start-up never loads the holiday calendar. Items
whose due date is itself the first office day (a locked PIN, reporting a loss) carry their
days already.
"""

from __future__ import annotations

from datetime import date

from familycare.domain.office_days import HolidayCheck, japanese_holiday, next_office_days
from familycare.domain.todo import OFFICE_DAYS_SUGGESTED, OFFICE_FROM, TodoItem


class OfficeDaySuggester:
    """Suggested office days for the items shown on one day; many items share a start day
    (every renewal already open starts today), so each start day is worked out once."""

    __slots__ = ("today", "is_holiday", "_found")

    def __init__(self, today: date, is_holiday: HolidayCheck = japanese_holiday) -> None:
        self.today = today
        self.is_holiday = is_holiday
        self._found: dict[date, tuple[date, ...]] = {}

    def for_item(self, item: TodoItem) -> tuple[date, ...]:
        """The office days to suggest for ``item``, earliest first; empty if it needs no
        visit to the office."""
        given = item.params.get("office_days")
        if isinstance(given, tuple):
            return given
        start = item.params.get(OFFICE_FROM)
        if not isinstance(start, date):
            return ()
        start = max(start, self.today)
        found = self._found.get(start)
        if found is None:
            found = self._found[start] = tuple(
                next_office_days(start, OFFICE_DAYS_SUGGESTED, self.is_holiday)
            )
        return found


def sends_to_office(item: TodoItem) -> bool:
    """Whether ``item`` is done at the municipal office (cheap: no calendar needed)."""
    return OFFICE_FROM in item.params or "office_days" in item.params
