"""To-do items and badges in words: title, what to do, countdown, dates in both calendars.

Shared by the GUI and the command line (both translate through Qt).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from familycare.domain.member_status import Badge
from familycare.domain.todo import TodoItem
from familycare.domain.todo_office import OfficeDaySuggester
from familycare.i18n.catalog_todo import (
    ACTIONS,
    BADGES,
    COUNTDOWN,
    LIST_SEPARATOR,
    OFFICE_DAY_FORMAT,
    OFFICE_DAYS_LINE,
    PIN_NAMES,
    SEVERITY,
    TITLES,
    WEEKDAYS,
    countdown_code,
    title_code,
)
from familycare.i18n.date_text import date_text
from familycare.i18n.text import translate, translate_code

CTX = "todo"


def pin_name(code: str) -> str:
    source = PIN_NAMES.get(code)
    return translate_code(CTX, source) if source else code


def _join(values: list[str]) -> str:
    return translate(CTX, LIST_SEPARATOR).join(values)


def display_params(params: Mapping[str, object]) -> dict[str, object]:
    """Item or badge parameters made ready for a sentence: dates formatted, PINs named."""
    shown: dict[str, object] = {}
    for name, value in params.items():
        if isinstance(value, date):
            shown[name] = date_text(value)
        elif name == "office_days" and isinstance(value, tuple):
            shown[name] = _join([office_day_text(d) for d in value])
        elif name == "pin" and isinstance(value, str):
            shown[name] = pin_name(value)
        elif name == "pins" and isinstance(value, tuple):
            shown[name] = _join([pin_name(str(v)) for v in value])
        elif name == "dependents" and isinstance(value, tuple):
            shown[name] = _join([str(v) for v in value])
        elif isinstance(value, int) and name in ("fee", "express_fee"):
            shown[name] = f"{value:,}"
        else:
            shown[name] = value
    return shown


def _item_params(item: TodoItem) -> dict[str, object]:
    return display_params({**item.params, "due": item.due})


def item_title(item: TodoItem) -> str:
    code = title_code(item.kind.value, item.action.value, item.params)
    return translate_code(CTX, TITLES.get(code, code), _item_params(item))


def item_action(item: TodoItem) -> str:
    code = item.action.value
    return translate_code(CTX, ACTIONS.get(code, code), _item_params(item))


def countdown_text(item: TodoItem, today: date) -> str:
    """``23 days left`` / ``today`` / ``3 days late`` (あと23日 / 今日 / 3日遅れ)."""
    days = (item.due - today).days
    code = countdown_code(days, item.floating)
    return translate_code(CTX, COUNTDOWN[code], {"days": abs(days)})


def badge_text(badge: Badge) -> str:
    code = badge.code.value
    return translate_code(CTX, BADGES.get(code, code), display_params(badge.params))


def severity_text(severity: int) -> str:
    return translate_code(CTX, SEVERITY.get(int(severity), SEVERITY[0]))


def office_day_text(day: date) -> str:
    """A suggested office day, short and with its weekday: ``Thu 2026-12-03`` / 12月3日(木)."""
    return translate_code(CTX, OFFICE_DAY_FORMAT, {
        "weekday": translate_code(CTX, WEEKDAYS[day.weekday()]), "iso": day.isoformat(),
        "japanese": f"{day.month}月{day.day}日",
    })


def office_days_line(days: tuple[date, ...]) -> str:
    """``Municipal office open on: Thu 2026-12-03, Fri 2026-12-04, …``; empty without days."""
    if not days:
        return ""
    return translate_code(CTX, OFFICE_DAYS_LINE,
                          {"office_days": _join([office_day_text(d) for d in days])})


def item_office_line(item: TodoItem, suggester: OfficeDaySuggester) -> str:
    """The office days under an item that sends someone to the office, unless its
    what-to-do sentence already names them (a locked PIN, reporting a loss)."""
    if "office_days" in item.params:
        return ""
    return office_days_line(suggester.for_item(item))
