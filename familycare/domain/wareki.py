"""Japanese era dates (和暦): 明治, 大正, 昭和, 平成, 令和.

Dates are read and written as Gregorian ``datetime.date``; this module maps them to era
years and back. The texts built here (``令和8年12月1日``) are Japanese *data formats*, shown
as-is in both UI languages, the way a date is written on a Japanese form.

Choices worth knowing:

- 明治 starts on 1868-01-25 here. The era was proclaimed on 1868-10-23, but the proclamation
  made the whole year (from 慶応4年1月1日, which is 1868-01-25 in the Gregorian calendar)
  明治元年, so we accept every date from 1868-01-25. Dates before that have no era here.
- Before 1873 Japan used a lunisolar calendar. We do not convert it: a date such as
  1870-03-01 is the Gregorian date with its Gregorian year counted in 明治 (明治3年3月1日).
  Nobody we look after was born then, so the simple rule wins.
- Where an era changed, the first day belongs to the new era (1989-01-08 is 平成元年1月8日,
  1989-01-07 is 昭和64年1月7日); the old era's last day is the day before.
- Year 1 of an era is written 元年.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Era:
    """One Japanese era: its one-letter code (as on forms: S25.3.14), names and first day."""

    code: str
    kanji: str
    romaji: str
    start: date


MEIJI = Era("M", "明治", "Meiji", date(1868, 1, 25))
TAISHO = Era("T", "大正", "Taisho", date(1912, 7, 30))
SHOWA = Era("S", "昭和", "Showa", date(1926, 12, 25))
HEISEI = Era("H", "平成", "Heisei", date(1989, 1, 8))
REIWA = Era("R", "令和", "Reiwa", date(2019, 5, 1))

# Oldest first; the code relies on this order to find an era's successor.
ERAS: tuple[Era, ...] = (MEIJI, TAISHO, SHOWA, HEISEI, REIWA)

FIRST_YEAR_TEXT = "元"


@dataclass(frozen=True)
class WarekiDate:
    """A date written in an era: 令和8年12月1日 is ``WarekiDate("R", 8, 12, 1)``."""

    era_code: str
    era_year: int
    month: int
    day: int

    @property
    def era(self) -> Era:
        return era_by_code(self.era_code)


def era_by_code(code: str) -> Era:
    """The era for a one-letter code (either case); ``KeyError`` if there is none."""
    wanted = code.upper()
    for era in ERAS:
        if era.code == wanted:
            return era
    raise KeyError(code)


def era_by_kanji(name: str) -> Era:
    """The era for its kanji name (``"平成"``); ``KeyError`` if there is none."""
    for era in ERAS:
        if era.kanji == name:
            return era
    raise KeyError(name)


def next_era(era: Era) -> Era | None:
    """The era that followed ``era``, or ``None`` for the current one."""
    index = ERAS.index(era)
    return ERAS[index + 1] if index + 1 < len(ERAS) else None


def previous_era(era: Era) -> Era | None:
    """The era that came before ``era``, or ``None`` for 明治."""
    index = ERAS.index(era)
    return ERAS[index - 1] if index > 0 else None


def era_last_day(era: Era) -> date | None:
    """The last day of ``era``, or ``None`` while it is still running."""
    following = next_era(era)
    return following.start - timedelta(days=1) if following is not None else None


def era_of(d: date) -> Era | None:
    """The era ``d`` falls in, or ``None`` before 明治 began (1868-01-25)."""
    found: Era | None = None
    for era in ERAS:
        if d >= era.start:
            found = era
    return found


def era_contains(era: Era, d: date) -> bool:
    """Whether ``d`` lies between the first and last day of ``era``."""
    last = era_last_day(era)
    return d >= era.start and (last is None or d <= last)


def to_wareki(d: date) -> WarekiDate:
    """``d`` as an era date; ``ValueError`` for dates before 明治 (see module notes)."""
    era = era_of(d)
    if era is None:
        raise ValueError(f"{d.isoformat()} is before the Meiji era")
    return WarekiDate(era.code, d.year - era.start.year + 1, d.month, d.day)


def gregorian_year(era: Era, era_year: int) -> int:
    """The Gregorian year in which ``era_year`` of ``era`` falls (昭和64 → 1989)."""
    return era.start.year + era_year - 1


def from_wareki(era: Era, era_year: int, month: int, day: int) -> date:
    """The Gregorian date of an era date, checked strictly.

    ``ValueError`` if the year is below 1, the month/day do not exist, or the date lies
    outside the era (平成31年5月1日 is not a date: that day is 令和元年5月1日).
    """
    if era_year < 1:
        raise ValueError("era years start at 1 (元年)")
    d = date(gregorian_year(era, era_year), month, day)
    if not era_contains(era, d):
        raise ValueError(f"{d.isoformat()} is not in the {era.romaji} era")
    return d


def era_year_text(era_year: int) -> str:
    """The year as written after the era name: ``"元"`` for 1, else the digits."""
    return FIRST_YEAR_TEXT if era_year == 1 else str(era_year)


def format_era_year(d: date) -> str:
    """The era and year only, e.g. ``"令和8年"`` or ``"令和元年"``."""
    w = to_wareki(d)
    return f"{w.era.kanji}{era_year_text(w.era_year)}年"


def format_wareki(d: date) -> str:
    """``"令和8年12月1日"`` (``"令和元年5月1日"`` for year 1)."""
    w = to_wareki(d)
    return f"{format_era_year(d)}{w.month}月{w.day}日"


def format_wareki_short(d: date) -> str:
    """The compact form used on forms and for English glosses: ``"R8.12.1"``."""
    w = to_wareki(d)
    return f"{w.era_code}{w.era_year}.{w.month}.{w.day}"


def format_western_japanese(d: date) -> str:
    """``"2026年12月1日"``."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_japanese(d: date) -> str:
    """Both calendars, as people read them: ``"2026年12月1日(令和8年)"``.

    Dates before 明治 have no era, so only the Gregorian part is given for them.
    """
    western = format_western_japanese(d)
    if era_of(d) is None:
        return western
    return f"{western}({format_era_year(d)})"
