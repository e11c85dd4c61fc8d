"""English source texts for date codes: typed-date errors and office closing reasons.

Qt-free; ``pyside6-lupdate`` finds the texts through ``QT_TRANSLATE_NOOP("dates", ...)``.
The UI translates the source text through Qt, then fills ``{placeholders}`` from the error's
``params`` with ``str.format``. Dates in params are ISO text (``2019-04-30``) and 和暦 text
(``平成31年4月30日``); era names come both in romaji (``era``) and kanji (``era_kanji``) so
each language can pick the one its readers expect.
"""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "dates"

DATE_INPUT_MESSAGES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP(
        "dates", "Please type a date, for example 2026-12-01 or 令和8年12月1日."
    ),
    "unrecognised_format": QT_TRANSLATE_NOOP(
        "dates",
        "“{input}” is not a date we can read. "
        "Type it like 2026-12-01, 2026年12月1日, 昭和25年3月14日 or S25.3.14.",
    ),
    "unknown_era": QT_TRANSLATE_NOOP(
        "dates",
        "“{era}” is not an era letter. Use M (明治), T (大正), S (昭和), H (平成) or R (令和).",
    ),
    "era_year_zero": QT_TRANSLATE_NOOP(
        "dates",
        "{era} has no year 0: its first year is 元年, which you can also type as 1 "
        "({era_kanji}元年 or {era_kanji}1年).",
    ),
    "impossible_date": QT_TRANSLATE_NOOP(
        "dates",
        "“{input}” is not a day on the calendar. "
        "Check the month (1 to 12) and the day (February has 28 or 29 days).",
    ),
    "outside_era": QT_TRANSLATE_NOOP(
        "dates",
        "{era} ended on {last_day} ({last_day_wareki}); "
        "from {next_first_day} use {next_era} ({next_first_day_wareki}).",
    ),
    "before_era": QT_TRANSLATE_NOOP(
        "dates",
        "{era} began on {first_day} ({first_day_wareki}); "
        "for earlier days use {previous_era} (up to {previous_last_day_wareki}).",
    ),
    "before_first_era": QT_TRANSLATE_NOOP(
        "dates",
        "Era dates start on {first_day} ({first_day_wareki}). "
        "For earlier days, type the Western date, for example 1867-12-31.",
    ),
    "era_mismatch": QT_TRANSLATE_NOOP(
        "dates",
        "The era year in brackets does not match the date: {day} is {day_wareki}.",
    ),
}

OFFICE_CLOSED_MESSAGES: dict[str, str] = {
    "weekend": QT_TRANSLATE_NOOP(
        "dates", "The municipal office is closed on Saturdays and Sundays."
    ),
    "public_holiday": QT_TRANSLATE_NOOP(
        "dates", "The municipal office is closed on public holidays."
    ),
    "year_end": QT_TRANSLATE_NOOP(
        "dates",
        "The municipal office is closed for the New Year holidays (29 December to 3 January).",
    ),
}


def date_message_source(code: str) -> str:
    """The English source text for a date code (typed-date error or office closing reason).

    ``KeyError`` for an unknown code, so a code added without a text fails loudly in tests.
    """
    if code in DATE_INPUT_MESSAGES:
        return DATE_INPUT_MESSAGES[code]
    return OFFICE_CLOSED_MESSAGES[code]
