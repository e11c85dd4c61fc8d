from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.wareki import (
    ERAS,
    HEISEI,
    MEIJI,
    REIWA,
    SHOWA,
    TAISHO,
    Era,
    WarekiDate,
    era_by_code,
    era_by_kanji,
    era_last_day,
    era_of,
    format_era_year,
    format_japanese,
    format_wareki,
    format_wareki_short,
    from_wareki,
    to_wareki,
)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(1868, 1, 25), WarekiDate("M", 1, 1, 25)),
        (date(1912, 7, 29), WarekiDate("M", 45, 7, 29)),
        (date(1912, 7, 30), WarekiDate("T", 1, 7, 30)),
        (date(1926, 12, 24), WarekiDate("T", 15, 12, 24)),
        (date(1926, 12, 25), WarekiDate("S", 1, 12, 25)),
        (date(1950, 3, 14), WarekiDate("S", 25, 3, 14)),
        (date(1989, 1, 7), WarekiDate("S", 64, 1, 7)),
        (date(1989, 1, 8), WarekiDate("H", 1, 1, 8)),
        (date(2019, 4, 30), WarekiDate("H", 31, 4, 30)),
        (date(2019, 5, 1), WarekiDate("R", 1, 5, 1)),
        (date(2026, 12, 1), WarekiDate("R", 8, 12, 1)),
    ],
)
def test_to_wareki_at_and_around_era_boundaries(day: date, expected: WarekiDate) -> None:
    assert to_wareki(day) == expected


@pytest.mark.parametrize(
    ("day", "wareki", "japanese", "short"),
    [
        (date(2026, 12, 1), "令和8年12月1日", "2026年12月1日(令和8年)", "R8.12.1"),
        (date(2019, 5, 1), "令和元年5月1日", "2019年5月1日(令和元年)", "R1.5.1"),
        (date(2019, 4, 30), "平成31年4月30日", "2019年4月30日(平成31年)", "H31.4.30"),
        (date(1989, 1, 8), "平成元年1月8日", "1989年1月8日(平成元年)", "H1.1.8"),
        (date(1989, 1, 7), "昭和64年1月7日", "1989年1月7日(昭和64年)", "S64.1.7"),
        (date(1926, 12, 25), "昭和元年12月25日", "1926年12月25日(昭和元年)", "S1.12.25"),
        (date(1912, 7, 30), "大正元年7月30日", "1912年7月30日(大正元年)", "T1.7.30"),
        (date(1868, 1, 25), "明治元年1月25日", "1868年1月25日(明治元年)", "M1.1.25"),
    ],
)
def test_formats(day: date, wareki: str, japanese: str, short: str) -> None:
    assert format_wareki(day) == wareki
    assert format_japanese(day) == japanese
    assert format_wareki_short(day) == short


def test_before_meiji_has_no_era() -> None:
    day = date(1868, 1, 24)
    assert era_of(day) is None
    with pytest.raises(ValueError):
        to_wareki(day)
    with pytest.raises(ValueError):
        format_wareki(day)
    assert format_japanese(day) == "1868年1月24日"


def test_era_lookup_by_code_either_case_and_by_kanji() -> None:
    assert era_by_code("s") is SHOWA
    assert era_by_code("R") is REIWA
    assert era_by_kanji("大正") is TAISHO
    with pytest.raises(KeyError):
        era_by_code("X")
    with pytest.raises(KeyError):
        era_by_kanji("慶応")


def test_each_era_ends_the_day_before_the_next_begins() -> None:
    for earlier, later in zip(ERAS, ERAS[1:], strict=False):
        assert era_last_day(earlier) == later.start - timedelta(days=1)
    assert era_last_day(REIWA) is None


@pytest.mark.parametrize(
    ("era", "year", "month", "day"),
    [
        (HEISEI, 31, 5, 1),  # that day is 令和元年5月1日
        (HEISEI, 1, 1, 7),  # still 昭和64年
        (SHOWA, 0, 1, 1),
        (SHOWA, 25, 2, 30),
        (MEIJI, 1, 1, 24),
    ],
)
def test_from_wareki_refuses_what_is_not_a_date_of_that_era(
    era: Era, year: int, month: int, day: int
) -> None:
    with pytest.raises(ValueError):
        from_wareki(era, year, month, day)


dates_with_era = st.dates(min_value=MEIJI.start, max_value=date(2100, 12, 31))


@given(dates_with_era)
def test_wareki_round_trips(day: date) -> None:
    w = to_wareki(day)
    assert from_wareki(w.era, w.era_year, w.month, w.day) == day


@given(dates_with_era)
def test_era_year_is_元_exactly_in_the_first_year(day: date) -> None:
    w = to_wareki(day)
    assert format_era_year(day).startswith(w.era.kanji)
    assert ("元年" in format_era_year(day)) == (w.era_year == 1)
