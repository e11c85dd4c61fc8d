"""Calendar arithmetic the rules are written in: birthdays, completed years, month steps.

Two conventions hold everywhere in the app:

- A 29 February birthday falls on 28 February in common years (the Japanese legal-age
  convention; RULES.md section 1 found no official statement, so results that relied on it
  are marked as computed with ``feb29_adjusted``).
- Stepping a date by months keeps the day of month, clamped to the target month's last day
  (31 May minus three months is 28 or 29 February).
"""

from __future__ import annotations

from datetime import date

# Days per month in a common year; calendar.monthrange also computes a weekday we never need.
_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_feb29(day: date) -> bool:
    return day.month == 2 and day.day == 29


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month - 1]


def birthday_in_year(birth: date, year: int) -> date:
    """The day the birthday is counted on in ``year`` (29 Feb → 28 Feb in common years)."""
    month, day = birth.month, birth.day
    if day == 29 and month == 2 and not _is_leap(year):
        return date(year, 2, 28)
    return date(year, month, day)  # half the time of birth.replace(year=year)


def age_on(birth: date, day: date) -> int:
    """Completed years on ``day``; the birthday counts from the day itself."""
    # Compared month and day rather than building the birthday's date: thousands of calls
    # per refresh. A 29 February birthday counts on 28 February in common years.
    years = day.year - birth.year
    month, birth_day = birth.month, birth.day
    if birth_day == 29 and month == 2 and not _is_leap(day.year):
        birth_day = 28
    if day.month < month or (day.month == month and day.day < birth_day):
        years -= 1
    return years


def nth_birthday_after(birth: date, after: date, n: int) -> date:
    """The ``n``-th birthday strictly after ``after`` (a birthday on ``after`` itself is not
    counted, so something issued on the birthday runs the full ``n`` years)."""
    # The first birthday strictly after ``after`` is the one at (completed years + 1).
    return birthday_at_age(birth, age_on(birth, after) + n)


def birthday_at_age(birth: date, age: int) -> date:
    """The day someone born on ``birth`` reaches ``age`` completed years."""
    return birthday_in_year(birth, birth.year + age)


def is_feb29_adjusted(birth: date, result: date) -> bool:
    """Whether ``result`` is a birthday moved from 29 to 28 February by the convention."""
    return is_feb29(birth) and result.month == 2 and result.day == 28


def month_end(year: int, month: int) -> date:
    return date(year, month, days_in_month(year, month))


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative allowed), day of month clamped to the month end."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    month = month0 + 1
    last = days_in_month(year, month)
    return date(year, month, day.day if day.day <= last else last)


def end_of_month_after(day: date, months: int) -> date:
    """The last day of the ``months``-th month after the month of ``day``."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    return month_end(year, month0 + 1)
