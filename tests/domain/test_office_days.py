from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.office_days import (
    ClosedReason,
    closed_reason,
    is_office_day,
    next_office_days,
)
from familycare.i18n.catalog_dates import OFFICE_CLOSED_MESSAGES, date_message_source


@pytest.mark.parametrize(
    ("day", "reason"),
    [
        # Year end 2026 → 2027: Monday 28 Dec is the last open day, Monday 4 Jan the first.
        (date(2026, 12, 28), None),
        (date(2026, 12, 29), ClosedReason.YEAR_END),
        (date(2026, 12, 31), ClosedReason.YEAR_END),
        (date(2027, 1, 1), ClosedReason.YEAR_END),  # also 元日; the closure is what matters
        (date(2027, 1, 2), ClosedReason.YEAR_END),  # a Saturday
        (date(2027, 1, 3), ClosedReason.YEAR_END),
        (date(2027, 1, 4), None),
        # Golden Week 2026: 昭和の日 on a Wednesday, then 3–6 May with a substitute holiday.
        (date(2026, 4, 29), ClosedReason.PUBLIC_HOLIDAY),
        (date(2026, 4, 30), None),
        (date(2026, 5, 1), None),
        (date(2026, 5, 2), ClosedReason.WEEKEND),
        (date(2026, 5, 3), ClosedReason.PUBLIC_HOLIDAY),  # 憲法記念日 on a Sunday
        (date(2026, 5, 4), ClosedReason.PUBLIC_HOLIDAY),
        (date(2026, 5, 5), ClosedReason.PUBLIC_HOLIDAY),
        (date(2026, 5, 6), ClosedReason.PUBLIC_HOLIDAY),  # 振替休日
        (date(2026, 5, 7), None),
        # Happy Monday holidays.
        (date(2026, 1, 12), ClosedReason.PUBLIC_HOLIDAY),  # 成人の日
        (date(2026, 7, 20), ClosedReason.PUBLIC_HOLIDAY),  # 海の日
        (date(2026, 9, 22), ClosedReason.PUBLIC_HOLIDAY),  # 国民の休日 between two holidays
        (date(2026, 12, 1), None),
    ],
)
def test_closed_reason(day: date, reason: ClosedReason | None) -> None:
    assert closed_reason(day) == reason
    assert is_office_day(day) == (reason is None)


def test_reasons_are_plain_codes_with_messages() -> None:
    assert closed_reason(date(2026, 5, 2)) == "weekend"
    assert set(OFFICE_CLOSED_MESSAGES) == {reason.value for reason in ClosedReason}
    for reason in ClosedReason:
        assert date_message_source(reason)


def test_next_office_days_across_the_year_end() -> None:
    assert next_office_days(date(2026, 12, 28), 3) == [
        date(2026, 12, 28),
        date(2027, 1, 4),
        date(2027, 1, 5),
    ]


def test_next_office_days_after_golden_week_and_silver_week() -> None:
    assert next_office_days(date(2026, 5, 2), 2) == [date(2026, 5, 7), date(2026, 5, 8)]
    # 敬老の日 (Mon), 国民の休日 (Tue), 秋分の日 (Wed): five days closed in a row.
    assert next_office_days(date(2026, 9, 19), 1) == [date(2026, 9, 24)]


def test_next_office_days_from_a_monday_holiday() -> None:
    assert next_office_days(date(2026, 7, 20), 1) == [date(2026, 7, 21)]


def test_asking_for_none_gives_none_and_negative_is_refused() -> None:
    assert next_office_days(date(2026, 12, 1), 0) == []
    with pytest.raises(ValueError):
        next_office_days(date(2026, 12, 1), -1)


def test_another_holiday_calendar_can_be_supplied() -> None:
    local_closure = date(2026, 12, 2)  # a Wednesday, open under the national rules

    def is_holiday(d: date) -> bool:
        return d == local_closure

    assert is_office_day(local_closure)
    assert closed_reason(local_closure, is_holiday) is ClosedReason.PUBLIC_HOLIDAY
    assert next_office_days(date(2026, 12, 1), 2, is_holiday) == [
        date(2026, 12, 1),
        date(2026, 12, 3),
    ]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_the_year_end_closure_is_exactly_29_december_to_3_january(day: date) -> None:
    in_closure = (day.month, day.day) >= (12, 29) or (day.month, day.day) <= (1, 3)
    assert (closed_reason(day) is ClosedReason.YEAR_END) == in_closure


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(min_value=0, max_value=15),
)
def test_next_office_days_skips_exactly_the_closed_days(start: date, count: int) -> None:
    days = next_office_days(start, count)
    assert len(days) == count
    assert all(is_office_day(d) for d in days)
    assert days == sorted(set(days))
    if days:
        assert days[0] >= start
        span = (days[-1] - start).days + 1
        every_day = [start + timedelta(days=i) for i in range(span)]
        assert [d for d in every_day if is_office_day(d)] == days
        assert all(d.weekday() < 5 for d in days)
