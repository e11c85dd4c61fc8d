"""The family timeline in words: a bar's explanation and label, the month scale's labels.

Shared by the screen and the printout (both translate through Qt).
"""

from __future__ import annotations

from datetime import date

from familycare.domain.family_timeline import TimelineBar, TimelineRow
from familycare.domain.wareki import era_of, format_era_year, to_wareki
from familycare.i18n.catalog_timeline import (
    COMPUTED_NOTE,
    EXPLANATIONS,
    FEB29_NOTE,
    LABELS,
    MONTH_NAMES,
    NEXT_PROBLEM_NOTE,
    ROWS,
    YEAR_LABEL,
)
from familycare.i18n.catalog_todo import COUNTDOWN, countdown_code
from familycare.i18n.text import translate_code
from familycare.i18n.todo_text import display_params

CTX = "timeline"


def countdown(day: date, today: date) -> str:
    """``23 days left`` / ``today`` / ``3 days late``, as on the to-do list."""
    days = (day - today).days
    return translate_code("todo", COUNTDOWN[countdown_code(days)], {"days": abs(days)})


def explanation(bar: TimelineBar, member: str, today: date, is_next: bool = False) -> str:
    """The bar in one to three plain sentences, e.g. 山田 太郎さんの電子証明書は
    2027年1月10日(令和9年)に切れます(あと40日)。更新は今、市区町村の窓口で受け付けています。"""
    params = display_params(bar.params)
    params["member"] = member
    when = bar.deadline or bar.start
    params["countdown"] = countdown(when, today)
    source = EXPLANATIONS.get(bar.code)
    text = translate_code(CTX, source, params) if source else bar.code
    notes = [text]
    if bar.params.get("feb29_adjusted"):
        notes.append(translate_code(CTX, FEB29_NOTE))
    if bar.params.get("computed") and bar.problem:
        notes.append(translate_code(CTX, COMPUTED_NOTE))
    if is_next:
        notes.append(translate_code(CTX, NEXT_PROBLEM_NOTE))
    return _sentences(notes)


def _sentences(parts: list[str]) -> str:
    # Japanese sentences follow one another without a space; English ones with one.
    text = ""
    for part in (p.strip() for p in parts):
        if text and not text.endswith("。"):
            text += " "
        text += part
    return text


def bar_label(bar: TimelineBar) -> str:
    """The short words painted inside the bar ("Renewal open" / 更新受付中)."""
    source = LABELS.get(bar.kind.value)
    return translate_code(CTX, source) if source else bar.kind.value


def kind_label(kind: str) -> str:
    source = LABELS.get(kind)
    return translate_code(CTX, source) if source else kind


def row_name(row: TimelineRow) -> str:
    return translate_code(CTX, ROWS[int(row)])


def year_label(year: int) -> str:
    """``2027 (R9)`` / 2027年(令和9年): both calendars on the scale's year row."""
    day = date(year, 7, 1)  # mid-year: the era most of the year is in
    if era_of(day) is None:
        return str(year)
    w = to_wareki(day)
    return translate_code(CTX, YEAR_LABEL, {
        "year": year, "era": f"{w.era_code}{w.era_year}", "era_kanji": format_era_year(day),
    })


def month_label(month: int) -> str:
    return translate_code(CTX, MONTH_NAMES[month - 1])
