"""Days the municipal office (市区町村の窓口) is open.

Offices close on Saturdays and Sundays, on Japanese public holidays (including substitute
holidays, 振替休日, and citizens' holidays, 国民の休日) and over the New Year, 29 December to
3 January. Holidays come from ``jpholiday``, which computes them by the current law; a future
change in the law (or an equinox date not yet announced) can make far-future answers wrong.

Some municipalities open a My Number window on a Sunday now and then; this module gives the
general rule only. ``is_holiday`` is a parameter so a caller (or a test) can supply another
holiday calendar. ``jpholiday`` is imported on the first question, not with this module: a
household with nothing to do at the office never loads it (the start-up memory budget).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum

HolidayCheck = Callable[[date], bool]

SATURDAY = 5  # date.weekday(): Monday is 0


def japanese_holiday(d: date) -> bool:
    """Whether ``d`` is a Japanese public holiday (``jpholiday``, imported on first use)."""
    import jpholiday

    return bool(jpholiday.is_holiday(d))


class ClosedReason(StrEnum):
    """Why the office is closed on a day; a text for each is in ``catalog_dates``."""

    WEEKEND = "weekend"
    PUBLIC_HOLIDAY = "public_holiday"
    YEAR_END = "year_end"


def is_year_end_closure(d: date) -> bool:
    """Whether ``d`` falls in the New Year closure, 29 December to 3 January."""
    return (d.month == 12 and d.day >= 29) or (d.month == 1 and d.day <= 3)


def closed_reason(d: date, is_holiday: HolidayCheck = japanese_holiday) -> ClosedReason | None:
    """Why the office is closed on ``d``, or ``None`` if it is open.

    When several reasons apply, the one people plan around wins: the New Year closure (even
    on 1 January, a public holiday), then a public holiday (even on a Sunday), then the
    weekend.
    """
    if is_year_end_closure(d):
        return ClosedReason.YEAR_END
    if is_holiday(d):
        return ClosedReason.PUBLIC_HOLIDAY
    if d.weekday() >= SATURDAY:
        return ClosedReason.WEEKEND
    return None


def is_office_day(d: date, is_holiday: HolidayCheck = japanese_holiday) -> bool:
    """Whether the municipal office is open on ``d``."""
    return closed_reason(d, is_holiday) is None


def next_office_days(
    start: date, count: int, is_holiday: HolidayCheck = japanese_holiday
) -> list[date]:
    """The first ``count`` office days on or after ``start``, earliest first."""
    if count < 0:
        raise ValueError("count must not be negative")
    found: list[date] = []
    day = start
    while len(found) < count:
        if is_office_day(day, is_holiday):
            found.append(day)
        day += timedelta(days=1)
    return found
