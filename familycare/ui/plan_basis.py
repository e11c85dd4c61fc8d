"""Which dated rule produced each warning of a visit plan, in words for the Visits tab.

Read from ``VisitPlan.to_json()["explanations"]`` and ``["overrides_applied"]`` so the screen
says exactly what the exported JSON says.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from familycare.i18n import catalog_plan as plan_cat
from familycare.i18n.date_text import date_text
from familycare.i18n.noop import QT_TRANSLATE_NOOP
from familycare.i18n.rule_source_text import in_ui_language
from familycare.i18n.text import fill, translate, translate_code

if TYPE_CHECKING:
    from familycare.domain.visit_plan import VisitPlan


# Rule values that are codes rather than numbers or dates.
VALUE_WORDS = {
    "month_end": QT_TRANSLATE_NOOP("visits", "to the end of the month"),
    "exact_date": QT_TRANSLATE_NOOP("visits", "to the same date"),
}


def rule_title(rule_id: str) -> str:
    try:
        return translate_code(plan_cat.CONTEXT, plan_cat.rule_name(rule_id))
    except KeyError:
        return rule_id  # a rule added to the rule file before its catalog name


# Rule values that are true or false (e.g. whether every 75+ person is sent a 資格確認書).
YES_NO = {
    True: QT_TRANSLATE_NOOP("visits", "yes"),
    False: QT_TRANSLATE_NOOP("visits", "no"),
}


def value_text(value: object) -> str:
    """Dates (ISO in the JSON) in 和暦, codes and true/false in words; numbers and phone
    numbers as they are written in the rules."""
    if isinstance(value, bool):
        return translate_code("visits", YES_NO[value])
    if isinstance(value, str):
        if value in VALUE_WORDS:
            return translate_code("visits", VALUE_WORDS[value])
        try:
            return date_text(date.fromisoformat(value))
        except ValueError:
            return value
    if isinstance(value, date):
        return date_text(value)
    return str(value)


def basis_line(rule: dict[str, object]) -> str:
    return fill(
        translate("visits", "Basis: {rule} ({value}, from {since}, {source})"),
        {
            "rule": rule_title(str(rule["rule_id"])),
            "value": value_text(rule["value"]),
            "since": value_text(rule["effective_from"]),
            "source": in_ui_language(str(rule["source"]), str(rule["source_ja"])),
        },
    )


def override_line(override: dict[str, object]) -> str:
    return fill(
        translate("visits", "Changed by this household's settings: {rule} ({default} → {value})"),
        {
            "rule": rule_title(str(override["rule_id"])),
            "default": value_text(override["default"]),
            "value": value_text(override["value"]),
        },
    )


class PlanBasis:
    """Basis and override lines per warning code, and overrides tied to no warning."""

    def __init__(self, plan: VisitPlan | None) -> None:
        data = plan.to_json() if plan is not None and plan.rules is not None else {}
        self._rules: dict[str, list[dict[str, object]]] = {
            str(e["code"]): list(e["rules"])  # type: ignore[call-overload]
            for e in data.get("explanations", [])  # type: ignore[attr-defined]
        }
        self._overrides: dict[str, dict[str, object]] = {
            str(o["rule_id"]): o for o in data.get("overrides_applied", [])  # type: ignore[attr-defined]
        }

    def for_warning(self, code: str) -> list[str]:
        rules = self._rules.get(code, [])
        lines = [basis_line(rule) for rule in rules]
        lines += [
            override_line(self._overrides[str(rule["rule_id"])])
            for rule in rules
            if str(rule["rule_id"]) in self._overrides
        ]
        return lines

    def general_overrides(self) -> list[str]:
        """Overrides that changed the plan (e.g. its route) without being behind a warning."""
        explained = {str(rule["rule_id"]) for rules in self._rules.values() for rule in rules}
        return [override_line(o) for rule_id, o in self._overrides.items()
                if rule_id not in explained]
