from __future__ import annotations

import string
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.date_input import DateInputCode, DateInputError, parse_date_input
from familycare.domain.wareki import (
    ERAS,
    MEIJI,
    Era,
    era_last_day,
    format_japanese,
    format_wareki,
    format_wareki_short,
    next_era,
)
from familycare.i18n.catalog_dates import DATE_INPUT_MESSAGES, date_message_source


def to_full_width(text: str) -> str:
    """ASCII → full-width forms, as a Japanese IME in full-width mode types them."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("2026/12/1", date(2026, 12, 1)),
        ("2026.12.1", date(2026, 12, 1)),
        ("2026年12月1日", date(2026, 12, 1)),
        ("2026 年 12 月 1 日", date(2026, 12, 1)),
        ("2026年12月1日(令和8年)", date(2026, 12, 1)),
        ("昭和25年3月14日", date(1950, 3, 14)),
        ("昭和元年12月25日", date(1926, 12, 25)),
        ("S25.3.14", date(1950, 3, 14)),
        ("s25.3.14", date(1950, 3, 14)),
        ("H30/4/1", date(2018, 4, 1)),
        ("R8.12.1", date(2026, 12, 1)),
        ("R8-12-1", date(2026, 12, 1)),
        ("R8年12月1日", date(2026, 12, 1)),
        ("R01.05.01", date(2019, 5, 1)),
        ("平成31年4月30日", date(2019, 4, 30)),
        ("昭和64年1月7日", date(1989, 1, 7)),
        ("平成元年1月8日", date(1989, 1, 8)),
        ("大正元年7月30日", date(1912, 7, 30)),
        ("明治45年7月29日", date(1912, 7, 29)),
        ("明治元年1月25日", date(1868, 1, 25)),
        ("  R8.12.1  ", date(2026, 12, 1)),
        ("\u3000令和８年１２月１日\u3000", date(2026, 12, 1)),
        ("Ｓ２５．３．１４", date(1950, 3, 14)),
        ("ｈ３０／４／１", date(2018, 4, 1)),
        ("２０２６－１２－０１", date(2026, 12, 1)),
        ("H30ー4ー1", date(2018, 4, 1)),  # katakana long-vowel mark typed for a dash
        ("㍻31年4月30日", date(2019, 4, 30)),  # one-character era ligature
        ("㋿元年5月1日", date(2019, 5, 1)),
    ],
)
def test_accepted_inputs(text: str, expected: date) -> None:
    assert parse_date_input(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", DateInputCode.EMPTY),
        ("   \u3000", DateInputCode.EMPTY),
        ("tomorrow", DateInputCode.UNRECOGNISED_FORMAT),
        ("2026-12/01", DateInputCode.UNRECOGNISED_FORMAT),
        ("12/1/2026", DateInputCode.UNRECOGNISED_FORMAT),
        ("慶応3年1月1日", DateInputCode.UNRECOGNISED_FORMAT),
        ("X25.3.14", DateInputCode.UNKNOWN_ERA),
        ("R0.5.1", DateInputCode.ERA_YEAR_ZERO),
        ("昭和0年1月1日", DateInputCode.ERA_YEAR_ZERO),
        ("2026-02-30", DateInputCode.IMPOSSIBLE_DATE),
        ("2026-13-01", DateInputCode.IMPOSSIBLE_DATE),
        ("R7.2.29", DateInputCode.IMPOSSIBLE_DATE),
        ("平成31年5月1日", DateInputCode.OUTSIDE_ERA),
        ("S64.1.8", DateInputCode.OUTSIDE_ERA),
        ("昭和65年1月1日", DateInputCode.OUTSIDE_ERA),
        ("平成元年1月7日", DateInputCode.BEFORE_ERA),
        ("R1.4.30", DateInputCode.BEFORE_ERA),
        ("明治元年1月1日", DateInputCode.BEFORE_FIRST_ERA),
        ("2026年12月1日(令和7年)", DateInputCode.ERA_MISMATCH),
        ("2019年4月30日(令和元年)", DateInputCode.ERA_MISMATCH),
    ],
)
def test_refused_inputs_say_why(text: str, code: DateInputCode) -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date_input(text)
    assert caught.value.code is code


def test_heisei_31_may_points_to_reiwa_gannen() -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date_input("平成31年5月1日")
    params = caught.value.params
    assert params["last_day"] == "2019-04-30"
    assert params["last_day_wareki"] == "平成31年4月30日"
    assert params["next_era_kanji"] == "令和"
    assert params["next_first_day_wareki"] == "令和元年5月1日"
    message = date_message_source(caught.value.code).format(**params)
    assert message == (
        "Heisei ended on 2019-04-30 (平成31年4月30日); from 2019-05-01 use Reiwa (令和元年5月1日)."
    )


def test_before_era_names_the_previous_era() -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date_input("平成元年1月7日")
    assert caught.value.params["previous_last_day_wareki"] == "昭和64年1月7日"


ERROR_EXAMPLES = [
    "",
    "hello",
    "Q1.1.1",
    "H0.1.1",
    "2026-02-30",
    "平成31年5月1日",
    "令和元年4月1日",
    "明治元年1月1日",
    "2026年12月1日(令和1年)",
]


@pytest.mark.parametrize("text", ERROR_EXAMPLES)
def test_every_error_has_a_message_its_params_fill(text: str) -> None:
    with pytest.raises(DateInputError) as caught:
        parse_date_input(text)
    # str.format raises KeyError if the message names a placeholder the error does not carry.
    message = date_message_source(caught.value.code).format(**caught.value.params)
    assert "{" not in message


def test_examples_cover_every_code_and_the_catalog_has_no_strays() -> None:
    produced = set()
    for text in ERROR_EXAMPLES:
        with pytest.raises(DateInputError) as caught:
            parse_date_input(text)
        produced.add(caught.value.code)
    assert produced == set(DateInputCode)
    assert set(DATE_INPUT_MESSAGES) == {code.value for code in DateInputCode}


every_era_date = st.dates(min_value=MEIJI.start, max_value=date(2100, 12, 31))


@given(every_era_date)
def test_every_display_form_reads_back_as_the_same_day(day: date) -> None:
    for text in (
        day.isoformat(),
        format_japanese(day),
        format_wareki(day),
        format_wareki_short(day),
        format_wareki_short(day).lower().replace(".", "/"),
    ):
        assert parse_date_input(text) == day, text


@given(every_era_date)
def test_full_width_input_reads_like_ascii(day: date) -> None:
    for text in (day.isoformat(), format_wareki_short(day), format_wareki(day)):
        wide = to_full_width(text)
        assert unicodedata.normalize("NFKC", wide) == text  # the helper really widened it
        assert parse_date_input(wide) == day


FINISHED_ERAS = [era for era in ERAS if next_era(era) is not None]


@given(st.sampled_from(FINISHED_ERAS), st.data())
def test_a_finished_era_refuses_every_day_after_its_end(era: Era, data: st.DataObject) -> None:
    last = era_last_day(era)
    following = next_era(era)
    assert last is not None and following is not None
    day = data.draw(st.dates(min_value=last + timedelta(days=1), max_value=date(2100, 12, 31)))
    era_year = day.year - era.start.year + 1
    with pytest.raises(DateInputError) as caught:
        parse_date_input(f"{era.code}{era_year}.{day.month}.{day.day}")
    assert caught.value.code is DateInputCode.OUTSIDE_ERA
    assert caught.value.params["next_first_day_wareki"] == format_wareki(following.start)


@given(st.text(alphabet=string.printable + "年月日元明治大正昭和平成令和０１２３４５６７８９"))
def test_any_text_either_parses_or_says_why(text: str) -> None:
    try:
        result = parse_date_input(text)
    except DateInputError as error:
        assert error.code in set(DateInputCode)
        date_message_source(error.code).format(**error.params)
    else:
        assert isinstance(result, date)


def test_every_day_from_1900_to_2100_reads_back_from_its_era_forms() -> None:
    # Exhaustive (73,414 days, ~3 s) so no era boundary can slip between hypothesis samples.
    day, last = date(1900, 1, 1), date(2100, 12, 31)
    while day <= last:
        assert parse_date_input(format_wareki(day)) == day
        assert parse_date_input(format_wareki_short(day)) == day
        day += timedelta(days=1)
