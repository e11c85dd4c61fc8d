"""Why each warning of a visit plan was given: the facts and the dated rules behind it.

Built only when a plan is shown or exported (not in the planner's hot path). Each rule is
given with the entry in force on the date it was looked up on, its source (in English and in
Japanese: the screen quotes the one of its language) and its mark, and whether the household
overrode it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from familycare.domain import rules as r
from familycare.domain.card_validity import ExpiryDate
from familycare.domain.rules import RuleSet

if TYPE_CHECKING:
    from familycare.domain.visit_plan import VisitPlan

# The input fields each warning is read from.
_FACTS: dict[str, tuple[str, ...]] = {
    "card_unavailable": ("card.state",),
    "not_registered": ("card.insurance_registered",),
    "cert_grace": ("card.cert_expires_on", "card.expires_on"),
    "cert_expired": ("card.cert_expires_on", "card.expires_on"),
    "cert_expiring_soon": ("card.cert_expires_on", "card.expires_on"),
    "card_expired": ("card.expires_on",),
    "no_online_check": ("facility.online_check",),
    "notice_missing": ("documents.qualification_notice",),
    "pin_locked": ("pins.user_cert_failures",),
    "pin_last_attempt": ("pins.user_cert_failures",),
    "qualification_certificate_expired": ("documents.qualification_certificate_until",),
    "no_valid_document": ("card", "documents.qualification_certificate_until"),
    "coverage_switch_lag": ("coverage.since", "birth_date"),
    "turns_75": ("birth_date", "coverage.kind"),
    "facility_unknown": ("facility",),
}


def rule_json(rules: RuleSet, rule_id: str, on: date) -> dict[str, object]:
    entry = rules.rule(rule_id, on)
    out: dict[str, object] = {
        "rule_id": rule_id,
        "value": _plain(rules.value(rule_id, on)),
        "effective_from": entry.effective_from.isoformat(),
        "effective_until": (entry.effective_until.isoformat() if entry.effective_until else None),
        "source": entry.source,
        "source_ja": entry.source_ja,  # added key: the Japanese UI quotes this one
        "mark": entry.mark.value,
        "section": entry.section,
        "overridden": rules.is_overridden(rule_id),
    }
    if rules.is_overridden(rule_id):
        out["default_value"] = _plain(entry.value)
    return out


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def _expiry_rules(plan: VisitPlan) -> list[tuple[str, date]]:
    """Rules behind the effective expiry (the earlier of card and certificate)."""
    card: ExpiryDate | None = plan.card_expiry
    cert: ExpiryDate | None = plan.cert_expiry
    if card is None or cert is None:
        return []
    if cert.value < card.value:
        return list(cert.rules_used)
    used = list(card.rules_used)
    if cert.capped_by_card:
        used = list(cert.rules_used) + used
    return used


def _rules_for(plan: VisitPlan, code: str) -> list[tuple[str, date]]:
    day = plan.visit_date
    if code in ("cert_grace", "cert_expired"):
        return _expiry_rules(plan) + [(r.GRACE_MONTHS, day), (r.GRACE_COUNTING, day)]
    if code == "cert_expiring_soon":
        return _expiry_rules(plan) + [(r.RENEWAL_WINDOW_MONTHS, day)]
    if code == "card_expired":
        return list(plan.card_expiry.rules_used) if plan.card_expiry else []
    if code in ("pin_locked", "pin_last_attempt"):
        return [(r.PIN_LOCK_FOUR_DIGIT, day)]
    if code == "coverage_switch_lag":
        used = [(r.SWITCH_LAG_DAYS, day)]
        if plan.switch_lag_is_75th_birthday:
            used.append((r.LATE_ELDERLY_AGE, day))
        return used
    if code == "turns_75":
        return [(r.LATE_ELDERLY_AGE, day)]
    return []


def explain(plan: VisitPlan) -> list[dict[str, object]]:
    """One entry per warning: its code, the input fields and the rules that produced it."""
    rules = plan.rules
    assert rules is not None
    out: list[dict[str, object]] = []
    for warning in plan.warnings:
        code = warning.value
        seen: set[str] = set()
        rule_list = []
        for rule_id, on in _rules_for(plan, code):
            if rule_id not in seen:
                seen.add(rule_id)
                rule_list.append(rule_json(rules, rule_id, on))
        out.append({"code": code, "facts": list(_FACTS.get(code, ())), "rules": rule_list})
    return out
