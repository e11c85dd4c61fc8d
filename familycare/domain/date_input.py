"""Reading a date typed by a person, in the Western calendar or in an era (和暦).

Accepted (after Unicode NFKC, so full-width digits, letters and ``㍻``-style era ligatures
work, and with spaces allowed around the parts):

- ``2026-12-01``, ``2026/12/1``, ``2026.12.1`` and ``2026年12月1日``; also the app's own
  display form ``2026年12月1日(令和8年)``, whose bracketed era year must agree with the date;
- era dates with the kanji name or the one-letter code, ``元`` or digits for the year:
  ``昭和25年3月14日``, ``昭和元年12月25日``, ``S25.3.14``, ``s25.3.14``, ``H30/4/1``,
  ``R8-12-1``, ``R8年12月1日``.

Errors are ``DateInputError(code, params)``; the message texts live in
``familycare.i18n.catalog_dates``. ``params`` hold plain strings and ints only (dates as ISO
text and as 和暦 text) so that any face of the app can show or log them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from types import MappingProxyType

from familycare.domain.wareki import (
    ERAS,
    Era,
    era_by_code,
    era_by_kanji,
    era_contains,
    era_last_day,
    era_of,
    format_wareki,
    gregorian_year,
    next_era,
    previous_era,
    to_wareki,
)


class DateInputCode(StrEnum):
    """Why a typed date was refused; each has a message in ``catalog_dates``."""

    EMPTY = "empty"
    UNRECOGNISED_FORMAT = "unrecognised_format"
    UNKNOWN_ERA = "unknown_era"
    ERA_YEAR_ZERO = "era_year_zero"
    IMPOSSIBLE_DATE = "impossible_date"
    OUTSIDE_ERA = "outside_era"
    BEFORE_ERA = "before_era"
    BEFORE_FIRST_ERA = "before_first_era"
    ERA_MISMATCH = "era_mismatch"


ParamValue = str | int


class DateInputError(ValueError):
    """A typed date that cannot be read; ``code`` says why, ``params`` fill the message."""

    def __init__(self, code: DateInputCode, params: Mapping[str, ParamValue] | None = None):
        self.code = code
        self.params: Mapping[str, ParamValue] = MappingProxyType(dict(params or {}))
        super().__init__(code.value, dict(self.params))


# Dash look-alikes that NFKC leaves alone but people (and IMEs) type between numbers.
_DASHES = str.maketrans(
    dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff70", "-")
)

_ERA_NAMES = "|".join(era.kanji for era in ERAS)
# Any Latin letter is taken as an era code, so a wrong letter gets "unknown era" rather than
# the vaguer "unrecognised format".
_ERA = rf"(?P<era>{_ERA_NAMES}|[A-Za-z])"
_ERA_YEAR = r"(?P<ey>[0-9]{1,3}|元)"
_MONTH_DAY_KANJI = r"(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*日?"
_MONTH_DAY_SEP = r"(?P<sep>[-/.])\s*(?P<m>[0-9]{1,2})\s*(?P=sep)\s*(?P<d>[0-9]{1,2})"

_WESTERN_SEP = re.compile(rf"(?P<y>[0-9]{{4}})\s*{_MONTH_DAY_SEP}")
_WESTERN_KANJI = re.compile(
    rf"(?P<y>[0-9]{{4}})\s*年\s*{_MONTH_DAY_KANJI}"
    rf"(?:\s*\(\s*{_ERA}\s*{_ERA_YEAR}\s*年?\s*\))?"
)
_ERA_KANJI = re.compile(rf"{_ERA}\s*{_ERA_YEAR}\s*年\s*{_MONTH_DAY_KANJI}")
_ERA_SEP = re.compile(rf"{_ERA}\s*{_ERA_YEAR}\s*{_MONTH_DAY_SEP}")


def normalise_date_text(text: str) -> str:
    """NFKC (full-width → ASCII, ``㍻`` → ``平成``), dash look-alikes → ``-``, trimmed."""
    return unicodedata.normalize("NFKC", text).translate(_DASHES).strip()


def parse_date_input(text: str) -> date:
    """The date ``text`` names; ``DateInputError`` saying why if it names none."""
    cleaned = normalise_date_text(text)
    if not cleaned:
        raise DateInputError(DateInputCode.EMPTY)

    for pattern in (_WESTERN_SEP, _WESTERN_KANJI):
        match = pattern.fullmatch(cleaned)
        if match:
            d = _make_date(cleaned, int(match["y"]), int(match["m"]), int(match["d"]))
            if match.groupdict().get("era"):
                _check_bracketed_era(cleaned, d, match["era"], match["ey"])
            return d

    for pattern in (_ERA_KANJI, _ERA_SEP):
        match = pattern.fullmatch(cleaned)
        if match:
            era = _find_era(cleaned, match["era"])
            year = _era_year(cleaned, era, match["ey"])
            return _era_date(cleaned, era, year, int(match["m"]), int(match["d"]))

    raise DateInputError(DateInputCode.UNRECOGNISED_FORMAT, {"input": cleaned})


def _make_date(cleaned: str, year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateInputError(DateInputCode.IMPOSSIBLE_DATE, {"input": cleaned}) from None


def _find_era(cleaned: str, token: str) -> Era:
    try:
        return era_by_code(token) if len(token) == 1 else era_by_kanji(token)
    except KeyError:
        raise DateInputError(DateInputCode.UNKNOWN_ERA, {"input": cleaned, "era": token}) from None


def _era_year(cleaned: str, era: Era, token: str) -> int:
    year = 1 if token == "元" else int(token)
    if year == 0:
        raise DateInputError(
            DateInputCode.ERA_YEAR_ZERO,
            {"input": cleaned, "era": era.romaji, "era_kanji": era.kanji},
        )
    return year


def _era_date(cleaned: str, era: Era, era_year: int, month: int, day: int) -> date:
    d = _make_date(cleaned, gregorian_year(era, era_year), month, day)
    if era_contains(era, d):
        return d
    if d < era.start:
        raise _before_era_error(cleaned, era)
    raise _outside_era_error(cleaned, era)


def _outside_era_error(cleaned: str, era: Era) -> DateInputError:
    last = era_last_day(era)
    following = next_era(era)
    # Only a finished era can be overrun, so both exist here.
    assert last is not None and following is not None
    return DateInputError(
        DateInputCode.OUTSIDE_ERA,
        {
            "input": cleaned,
            "era": era.romaji,
            "era_kanji": era.kanji,
            "last_day": last.isoformat(),
            "last_day_wareki": format_wareki(last),
            "next_era": following.romaji,
            "next_era_kanji": following.kanji,
            "next_first_day": following.start.isoformat(),
            "next_first_day_wareki": format_wareki(following.start),
        },
    )


def _before_era_error(cleaned: str, era: Era) -> DateInputError:
    params: dict[str, ParamValue] = {
        "input": cleaned,
        "era": era.romaji,
        "era_kanji": era.kanji,
        "first_day": era.start.isoformat(),
        "first_day_wareki": format_wareki(era.start),
    }
    earlier = previous_era(era)
    if earlier is None:
        return DateInputError(DateInputCode.BEFORE_FIRST_ERA, params)
    earlier_last = era_last_day(earlier)
    assert earlier_last is not None
    params.update(
        {
            "previous_era": earlier.romaji,
            "previous_era_kanji": earlier.kanji,
            "previous_last_day": earlier_last.isoformat(),
            "previous_last_day_wareki": format_wareki(earlier_last),
        }
    )
    return DateInputError(DateInputCode.BEFORE_ERA, params)


def _check_bracketed_era(cleaned: str, d: date, era_token: str, year_token: str) -> None:
    """``2026年12月1日(令和8年)``: the bracketed era year must be the date's own."""
    era = _find_era(cleaned, era_token)
    era_year = _era_year(cleaned, era, year_token)
    if era_of(d) is None:
        raise _before_era_error(cleaned, ERAS[0])
    actual = to_wareki(d)
    if (actual.era_code, actual.era_year) != (era.code, era_year):
        raise DateInputError(
            DateInputCode.ERA_MISMATCH,
            {"input": cleaned, "day": d.isoformat(), "day_wareki": format_wareki(d)},
        )
