"""Calendar helpers: birthdays (29 February), completed years, month steps and month ends."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.dates import (
    add_months,
    age_on,
    birthday_in_year,
    end_of_month_after,
    is_feb29_adjusted,
    nth_birthday_after,
)


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(1951, 11, 18), date(2026, 11, 17), 74),
        (date(1951, 11, 18), date(2026, 11, 18), 75),  # the birthday itself counts
        (date(2000, 2, 29), date(2001, 2, 27), 0),
        (date(2000, 2, 29), date(2001, 2, 28), 1),  # 28 Feb in a common year
        (date(2000, 2, 29), date(2004, 2, 28), 3),  # leap year: not yet
        (date(2000, 2, 29), date(2004, 2, 29), 4),
    ],
)
def test_age_in_completed_years(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2023, date(2023, 2, 28)),
        (2024, date(2024, 2, 29)),
        (2100, date(2100, 2, 28)),
        (2000, date(2000, 2, 29)),
    ],
)
def test_feb29_birthday_in_common_years_is_feb28(year: int, expected: date) -> None:
    assert birthday_in_year(date(1996, 2, 29), year) == expected


@pytest.mark.parametrize(
    ("after", "n", "expected"),
    [
        (date(2020, 10, 10), 10, date(2030, 10, 10)),  # on the birthday: full term
        (date(2020, 10, 9), 10, date(2029, 10, 10)),  # day before: the birthday counts
        (date(2020, 5, 15), 10, date(2029, 10, 10)),  # RULES.md example
        (date(2020, 10, 11), 5, date(2025, 10, 10)),
    ],
)
def test_nth_birthday_strictly_after(after: date, n: int, expected: date) -> None:
    assert nth_birthday_after(date(1970, 10, 10), after, n) == expected


def test_feb29_birthday_result_is_marked() -> None:
    result = nth_birthday_after(date(2000, 2, 29), date(2020, 3, 1), 5)
    assert result == date(2025, 2, 28)
    assert is_feb29_adjusted(date(2000, 2, 29), result)
    assert not is_feb29_adjusted(date(2000, 2, 28), date(2025, 2, 28))


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2027, 5, 31), -3, date(2027, 2, 28)),
        (date(2028, 5, 31), -3, date(2028, 2, 29)),
        (date(2026, 7, 7), -3, date(2026, 4, 7)),
        (date(2026, 1, 31), -3, date(2025, 10, 31)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
    ],
)
def test_add_months_clamps_to_month_end(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2027, 11, 18), date(2028, 2, 29)),  # leap February
        (date(2026, 11, 18), date(2027, 2, 28)),
        (date(2026, 2, 1), date(2026, 5, 31)),  # RULES.md: February → 31 May
        (date(2026, 10, 31), date(2027, 1, 31)),
    ],
)
def test_end_of_third_month_after(day: date, expected: date) -> None:
    assert end_of_month_after(day, 3) == expected
