"""A date as people read it, in the UI language: both calendars, one form everywhere.

``2026-12-01 (R8.12.1)`` in English, ``2026年12月1日(令和8年)`` in Japanese (UX.md: show
西暦 and 和暦 where people read them). Every screen, the to-do and the history use this one
function, so the English UI never shows a Japanese-only date and both languages agree.
"""

from __future__ import annotations

from datetime import date

from familycare.domain.wareki import format_japanese, format_wareki_short
from familycare.i18n.catalog_todo import DATE_FORMAT
from familycare.i18n.text import translate_code


def date_text(day: date) -> str:
    try:
        short = format_wareki_short(day)
    except ValueError:  # before 明治: no era
        short = ""
    return translate_code("todo", DATE_FORMAT, {
        "iso": day.isoformat(), "wareki_short": short, "japanese": format_japanese(day),
    })
