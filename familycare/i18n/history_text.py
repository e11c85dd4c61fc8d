"""The History tab's "Details" in the UI language.

The services write each audit event's summary as a short log line of codes and ISO dates
(``kind=face_auth state=in_hand``, ``employee 2004-12-01..``, ``user_cert: 2 of 3 failures``),
which also stays readable in the log and in exports. Here each code becomes its word from the
record catalogs and each date the date people read; names and titles (data) pass unchanged.
A token nobody knows is shown as it is, so a new kind of event never disappears
(tests/ui/test_both_languages.py fails on one that reaches the demo's History).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

from familycare.i18n import catalog_plan, catalog_proxies, catalog_records, catalog_roles
from familycare.i18n.date_text import date_text
from familycare.i18n.noop import QT_TRANSLATE_NOOP
from familycare.i18n.text import fill, translate, translate_code

CONTEXT = "history"

# Keys of key=value parts the catalogs have no field name for.
KEYS = {
    "state": QT_TRANSLATE_NOOP("history", "State"),
    "outside_home": QT_TRANSLATE_NOOP("history", "Lost outside the home"),
    "agent": QT_TRANSLATE_NOOP("history", "Agent"),
    "scopes": QT_TRANSLATE_NOOP("history", "Scopes"),
    "moved_on": QT_TRANSLATE_NOOP("history", "Moved on"),
    "found_on": QT_TRANSLATE_NOOP("history", "Found on"),
    "member": QT_TRANSLATE_NOOP("history", "Member"),
}
# Whether a document is in hand or only applied for.
HELD = {
    "held": QT_TRANSLATE_NOOP("history", "in hand"),
    "applied": QT_TRANSLATE_NOOP("history", "applied for"),
}
WORDS = {
    "True": QT_TRANSLATE_NOOP("history", "yes"),
    "False": QT_TRANSLATE_NOOP("history", "no"),
    "no current card": QT_TRANSLATE_NOOP("history", "no current card"),
    "no change": QT_TRANSLATE_NOOP("history", "no change"),
    "dependent": QT_TRANSLATE_NOOP("history", "dependent"),
}
PEOPLE = ("agent", "member")  # values that are member ids: shown as the member's name
PIN_FAILURES = QT_TRANSLATE_NOOP("history", "{pin}: {count} of {limit} wrong entries")
STEP_ON = QT_TRANSLATE_NOOP("history", "{step}: {date}")
CARD_REPLACED = QT_TRANSLATE_NOOP("history", "{kind}; the previous card ended")
SINCE = QT_TRANSLATE_NOOP("history", "from {since}")
SINCE_UNTIL = QT_TRANSLATE_NOOP("history", "{since} to {until}")
KEY_VALUE = QT_TRANSLATE_NOOP("history", "{key}: {value}")
SEPARATOR = QT_TRANSLATE_NOOP("history", ", ")
ROLE_CHANGE = QT_TRANSLATE_NOOP("history", "{role}: {before} → {after}")
TODO_ITEM = QT_TRANSLATE_NOOP("history", "to-do item of {date}")
TODO_ITEM_UNDATED = QT_TRANSLATE_NOOP("history", "to-do item")
TODO_GIVEN = QT_TRANSLATE_NOOP("history", "{item} → {name}")
NOBODY = "-"

ISO = r"\d{4}-\d{2}-\d{2}"
_PIN = re.compile(r"^(\w+): (\d+) of (\d+) failures$")
_STEP = re.compile(rf"^(\w+) on ({ISO})$")
_REPLACED = re.compile(r"^kind=(\w+); previous card \S+ ended$")
_RANGE = re.compile(rf"^({ISO})\.\.({ISO})?$")
_DATE = re.compile(rf"^{ISO}$")
_ROLE = re.compile(r"^(\w+): (.+) → (.+)$")
_TODO_KEY = re.compile(r"^[a-z_.]+(?::[\w.-]*)+$")
_TODO_GIVEN = re.compile(r"^(\S+) → (.+)$")

Catalog = tuple[str, Mapping[str, str]]
# Bare codes, first match wins (a card state "suspended" before the lost-card step).
_CODES: tuple[Catalog, ...] = (
    (CONTEXT, HELD),
    (catalog_records.CONTEXT, catalog_records.CARD_KINDS),
    (catalog_records.CONTEXT, catalog_records.CARD_STATES),
    (catalog_records.CONTEXT, catalog_records.COVERAGE_KINDS),
    (catalog_records.CONTEXT, catalog_records.DOCUMENT_KINDS),
    (catalog_records.CONTEXT, catalog_records.PIN_KINDS),
    (catalog_records.CONTEXT, catalog_records.LOST_CARD_STEPS),
    (catalog_records.CONTEXT, catalog_records.FIELD_NAMES),
    (catalog_proxies.CONTEXT, catalog_proxies.KINDS),
    (catalog_proxies.CONTEXT, catalog_proxies.SCOPES),
    (catalog_plan.CONTEXT, catalog_plan.ROUTES),
)


def _lookup(code: str, catalogs: tuple[Catalog, ...] = _CODES) -> str | None:
    for context, catalog in catalogs:
        if code in catalog:
            return translate_code(context, catalog[code])
    return None


def _date(text: str) -> str:
    return date_text(date.fromisoformat(text))


def _value(text: str) -> str:
    if text == "-":
        return "—"
    if _DATE.match(text):
        return _date(text)
    if text in WORDS:
        return translate_code(CONTEXT, WORDS[text])
    parts = text.split(",")
    words = [_lookup(part) for part in parts]
    if all(words):
        return translate(CONTEXT, SEPARATOR).join(w for w in words if w)
    return text


def _token(token: str, names: Mapping[int, str]) -> str:
    if "=" in token:
        key, value = token.split("=", 1)
        if key in PEOPLE and value.isdigit() and int(value) in names:
            value = names[int(value)]
        label = (translate_code(CONTEXT, KEYS[key]) if key in KEYS
                 else _lookup(key, ((catalog_records.CONTEXT, catalog_records.FIELD_NAMES),)))
        if label is not None:
            return fill(translate(CONTEXT, KEY_VALUE), {"key": label, "value": _value(value)})
        return token
    matched = _RANGE.match(token)
    if matched:
        since, until = matched.groups()
        if until is None:
            return fill(translate(CONTEXT, SINCE), {"since": _date(since)})
        return fill(translate(CONTEXT, SINCE_UNTIL), {"since": _date(since),
                                                      "until": _date(until)})
    if _DATE.match(token):
        return _date(token)
    if token in WORDS:
        return translate_code(CONTEXT, WORDS[token])
    return _lookup(token) or token


def _whole(summary: str) -> str | None:
    """The few summaries that are sentences of their own."""
    patterns: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...] = (
        (_PIN, lambda m: fill(translate(CONTEXT, PIN_FAILURES), {
            "pin": _lookup(m[1]) or m[1], "count": m[2], "limit": m[3]})),
        (_STEP, lambda m: fill(translate(CONTEXT, STEP_ON), {
            "step": _lookup(m[1], ((catalog_records.CONTEXT,
                                    catalog_records.LOST_CARD_STEPS),)) or m[1],
            "date": _date(m[2])})),
        (_REPLACED, lambda m: fill(translate(CONTEXT, CARD_REPLACED), {
            "kind": _lookup(m[1]) or m[1]})),
    )
    for pattern, render in patterns:
        matched = pattern.match(summary)
        if matched:
            return render(matched)
    role = _ROLE.match(summary)
    if role and role[1] in catalog_roles.KINDS:
        return fill(translate(CONTEXT, ROLE_CHANGE), {
            "role": translate_code(catalog_roles.CONTEXT, catalog_roles.KINDS[role[1]]),
            "before": "—" if role[2] == NOBODY else role[2],
            "after": "—" if role[3] == NOBODY else role[3]})
    given = _TODO_GIVEN.match(summary)
    if given and _TODO_KEY.match(given[1]):
        return fill(translate(CONTEXT, TODO_GIVEN), {"item": _todo_item(given[1]),
                                                      "name": given[2]})
    if _TODO_KEY.match(summary):
        return _todo_item(summary)
    if summary in WORDS:
        return translate_code(CONTEXT, WORDS[summary])
    return None


def _todo_item(key: str) -> str:
    """A to-do item's key (``cert_expiry:member:2:2027-01-10``): its date, if it has one."""
    dates = re.findall(ISO, key)
    if dates:
        return fill(translate(CONTEXT, TODO_ITEM), {"date": _date(dates[-1])})
    return translate(CONTEXT, TODO_ITEM_UNDATED)


def details_text(summary: str, names: Mapping[int, str] | None = None) -> str:
    """``summary`` (an audit log line) in the UI language; ``names`` (member id → name)
    turns the ids some events record into the people's names."""
    whole = _whole(summary)
    if whole is not None:
        return whole
    if "," in summary and "=" not in summary:  # changed fields: "issued_on, memo"
        names = [part.strip() for part in summary.split(",")]
        words = [_lookup(n, ((catalog_records.CONTEXT, catalog_records.FIELD_NAMES),))
                 for n in names]
        if all(words):
            return translate(CONTEXT, SEPARATOR).join(w for w in words if w)
        return summary
    tokens = summary.split()
    if not tokens or not any(re.search(r"[A-Za-z_=]|\d{4}-", t) for t in tokens):
        return summary  # a name or a title: data, shown as it is
    words = [_token(t, names or {}) for t in tokens]
    if words == tokens:
        return summary  # nothing known in it: the line as it was written, never hidden
    return translate(CONTEXT, SEPARATOR).join(words)
