"""The visit-day planner: which proof of insurance to use at reception, and what to say.

Follows the decision procedure of the scenario contract (/work/shared/scenarios/README.md):
step 1 decides whether the card is usable and adds the date warnings; step 2 (card usable)
is first-match; step 3 covers an unusable card; step 4 adds the coverage warnings; step 5
the phrases. Results are codes; the catalog (familycare.i18n.catalog_plan) words them.

Planning runs for every member on the dashboard, so it does only cheap work per call;
explanations are built on demand by ``VisitPlan.to_json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from familycare.domain import rules as r
from familycare.domain.card_validity import (
    ExpiryDate,
    base_grace_until,
    card_expiry,
    cert_expiry,
    grace_end,
)
from familycare.domain.coverage import change_dates, late_elderly_missing, switch_lag_start
from familycare.domain.dates import add_months, birthday_at_age
from familycare.domain.member_facts import (
    CardKind,
    CardState,
    FacilityCaps,
    MemberFacts,
    PinKind,
)
from familycare.domain.plan_explanation import explain
from familycare.domain.rules import RuleSet


class Route(StrEnum):
    MYNACARD = "mynacard"
    CARD_WITH_NOTICE = "card_with_notice"
    QUALIFICATION_CERTIFICATE = "qualification_certificate"
    SELF_DECLARATION = "self_declaration"
    SMARTPHONE = "smartphone"  # only ever a fallback


class Auth(StrEnum):
    FACE = "face"
    PIN = "pin"


class PlanWarning(StrEnum):
    CARD_UNAVAILABLE = "card_unavailable"
    NOT_REGISTERED = "not_registered"
    CERT_GRACE = "cert_grace"
    CERT_EXPIRED = "cert_expired"
    CERT_EXPIRING_SOON = "cert_expiring_soon"
    CARD_EXPIRED = "card_expired"
    NO_ONLINE_CHECK = "no_online_check"
    NOTICE_MISSING = "notice_missing"
    PIN_LOCKED = "pin_locked"
    PIN_LAST_ATTEMPT = "pin_last_attempt"
    QUALIFICATION_CERTIFICATE_EXPIRED = "qualification_certificate_expired"
    NO_VALID_DOCUMENT = "no_valid_document"
    COVERAGE_SWITCH_LAG = "coverage_switch_lag"
    TURNS_75 = "turns_75"
    FACILITY_UNKNOWN = "facility_unknown"


class Bring(StrEnum):
    CARD = "card"
    SMARTPHONE = "smartphone"
    QUALIFICATION_NOTICE = "qualification_notice"
    PORTAL_QUALIFICATION_SCREEN = "portal_qualification_screen"  # stands in for the notice
    QUALIFICATION_CERTIFICATE = "qualification_certificate"


class Phrase(StrEnum):
    INSURER_JUST_CHANGED = "insurer_just_changed"
    ASK_OTHER_WAY = "ask_other_way"


# What is said at reception is Japanese data in every UI language (HOUSE_STYLE.md).
PHRASE_TEXTS_JA: dict[Phrase, str] = {
    Phrase.INSURER_JUST_CHANGED: "保険が切り替わった直後です",
    Phrase.ASK_OTHER_WAY: "別の方法で資格確認できますか?",
}


@dataclass(frozen=True, slots=True)
class VisitPlan:
    visit_date: date
    route: Route
    auth: Auth | None
    fallbacks: tuple[Route, ...]
    warnings: tuple[PlanWarning, ...]
    phrases: tuple[Phrase, ...]
    bring: tuple[Bring, ...]
    rules_version: str
    card_expiry: ExpiryDate | None = None
    cert_expiry: ExpiryDate | None = None
    grace_until: date | None = None
    switch_lag_from: date | None = None  # the insurer change behind coverage_switch_lag
    switch_lag_is_75th_birthday: bool = False
    overrides_applied: tuple[str, ...] = ()  # overridden rule ids that changed this plan
    rules: RuleSet | None = field(default=None, compare=False, repr=False)

    @property
    def card_expires_on(self) -> date | None:
        return self.card_expiry.value if self.card_expiry else None

    @property
    def cert_expires_on(self) -> date | None:
        return self.cert_expiry.value if self.cert_expiry else None

    @property
    def phrase_texts(self) -> tuple[str, ...]:
        return tuple(PHRASE_TEXTS_JA[p] for p in self.phrases)

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict: the contract's keys plus explanations, bring and overrides."""
        return {
            "card_expires_on": _iso(self.card_expires_on),
            "cert_expires_on": _iso(self.cert_expires_on),
            "grace_until": _iso(self.grace_until),
            "route": self.route.value,
            "auth": self.auth.value if self.auth else None,
            "fallbacks": [f.value for f in self.fallbacks],
            "warnings": [w.value for w in self.warnings],
            "phrases": list(self.phrase_texts),
            "rules_version": self.rules_version,
            "bring": [b.value for b in self.bring],
            "switch_lag_from": _iso(self.switch_lag_from),
            "overrides_applied": [
                _override_json(self.rules, rule_id, self.visit_date)
                for rule_id in self.overrides_applied
            ]
            if self.rules is not None
            else [],
            "computed_dates": {
                "card_expires_on": _origin_json(self.card_expiry),
                "cert_expires_on": _origin_json(self.cert_expiry),
            },
            "explanations": explain(self) if self.rules is not None else [],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _origin_json(expiry: ExpiryDate | None) -> dict[str, object] | None:
    if expiry is None:
        return None
    return {
        "origin": expiry.origin.value,
        "feb29_adjusted": expiry.feb29_adjusted,
        "capped_by_card": expiry.capped_by_card,
    }


def _override_json(rules: RuleSet | None, rule_id: str, day: date) -> dict[str, object]:
    assert rules is not None
    return {
        "rule_id": rule_id,
        "value": rules.value(rule_id, day),
        "default": rules.base_value(rule_id, day),
    }


_FINAL_FALLBACK = (Route.SELF_DECLARATION,)

# Enum members bound once: attribute access on an Enum class is slow, and the planner runs
# for every member of a household (2,000 for a care office) whenever the dashboard refreshes.
_IN_HAND = CardState.IN_HAND
_FACE_AUTH = CardKind.FACE_AUTH
_USER_CERT = PinKind.USER_CERT
_MYNACARD, _WITH_NOTICE, _QC, _SELF_DECL, _SMARTPHONE = (
    Route.MYNACARD,
    Route.CARD_WITH_NOTICE,
    Route.QUALIFICATION_CERTIFICATE,
    Route.SELF_DECLARATION,
    Route.SMARTPHONE,
)
_FACE, _PIN = Auth.FACE, Auth.PIN
_W = PlanWarning
(
    _W_FACILITY,
    _W_GRACE,
    _W_EXPIRED,
    _W_SOON,
    _W_CARD_EXPIRED,
    _W_UNAVAILABLE,
    _W_NOT_REGISTERED,
    _W_NO_ONLINE,
    _W_NOTICE,
    _W_LOCKED,
    _W_LAST,
    _W_QC_EXPIRED,
    _W_NO_DOC,
    _W_LAG,
    _W_75,
) = (
    _W.FACILITY_UNKNOWN,
    _W.CERT_GRACE,
    _W.CERT_EXPIRED,
    _W.CERT_EXPIRING_SOON,
    _W.CARD_EXPIRED,
    _W.CARD_UNAVAILABLE,
    _W.NOT_REGISTERED,
    _W.NO_ONLINE_CHECK,
    _W.NOTICE_MISSING,
    _W.PIN_LOCKED,
    _W.PIN_LAST_ATTEMPT,
    _W.QUALIFICATION_CERTIFICATE_EXPIRED,
    _W.NO_VALID_DOCUMENT,
    _W.COVERAGE_SWITCH_LAG,
    _W.TURNS_75,
)
_B_CARD, _B_SMARTPHONE, _B_NOTICE, _B_PORTAL, _B_QC = (
    Bring.CARD,
    Bring.SMARTPHONE,
    Bring.QUALIFICATION_NOTICE,
    Bring.PORTAL_QUALIFICATION_SCREEN,
    Bring.QUALIFICATION_CERTIFICATE,
)
_PHRASES_PLAIN = (Phrase.ASK_OTHER_WAY,)
_PHRASES_LAG = (Phrase.INSURER_JUST_CHANGED, Phrase.ASK_OTHER_WAY)


def plan_visit(
    facts: MemberFacts, visit_date: date, facility: FacilityCaps, rules: RuleSet
) -> VisitPlan:
    """The plan for ``facts`` at ``facility`` on ``visit_date`` (the contract's procedure)."""
    day = visit_date
    now = rules.values_on(day)  # the rules in force on the visit day
    warnings: list[PlanWarning] = []
    online, face_reader, phone_reader = (
        facility.online_check,
        facility.face_reader,
        facility.smartphone_reader,
    )
    if online is None or face_reader is None or phone_reader is None:
        warnings.append(_W_FACILITY)  # unknown is planned as "no"
    docs = facts.documents
    qc_until = docs.qualification_certificate_until
    qc_valid = qc_until is not None and qc_until >= day
    birth = facts.birth_date

    # Step 1: dates and usability (date warnings for any card that exists).
    card = facts.card
    card_exp = cert_exp = None
    grace: date | None = None
    usable = False
    overrides: list[str] = []
    if card is not None:
        card_exp = card_expiry(birth, card, rules)
        cert_exp = cert_expiry(birth, card, card_exp.value, rules)
        effective = cert_exp.value if cert_exp.value < card_exp.value else card_exp.value
        grace = grace_end(effective, now[r.GRACE_MONTHS], now[r.GRACE_COUNTING])  # type: ignore[arg-type]
        if rules.is_overridden(r.GRACE_COUNTING) and grace != base_grace_until(
            effective, day, rules
        ):
            overrides.append(r.GRACE_COUNTING)
        if effective < day:
            warnings.append(_W_GRACE if day <= grace else _W_EXPIRED)
        elif day > add_months(effective, -now[r.RENEWAL_WINDOW_MONTHS]):  # type: ignore[operator]
            warnings.append(_W_SOON)
        if card_exp.value < day:
            warnings.append(_W_CARD_EXPIRED)
        in_hand = card.state is _IN_HAND
        if not in_hand:
            warnings.append(_W_UNAVAILABLE)
        registered = card.insurance_registered
        if not registered:
            warnings.append(_W_NOT_REGISTERED)
        usable = in_hand and registered and day <= grace

    auth: Auth | None = None
    if usable:
        assert card is not None
        # Step 2, first match.
        if not online:
            route = _WITH_NOTICE
            warnings.append(_W_NO_ONLINE)
        elif card.kind is _FACE_AUTH:
            route, auth = (_MYNACARD, _FACE) if face_reader else (_WITH_NOTICE, None)
        else:
            failures = facts.pins.get(_USER_CERT, 0)
            limit: int = now[r.PIN_LOCK_FOUR_DIGIT]  # type: ignore[assignment]
            if failures >= limit - 1:
                # Locked, or one wrong guess from locked: face match only (it does not
                # reset the failure count).
                warnings.append(_W_LOCKED if failures >= limit else _W_LAST)
                route, auth = (_MYNACARD, _FACE) if face_reader else (_WITH_NOTICE, None)
            else:
                route, auth = _MYNACARD, _FACE if face_reader else _PIN
        notice = docs.qualification_notice
        if route is _WITH_NOTICE and not notice:
            warnings.append(_W_NOTICE)
        fallbacks: list[Route] = []
        if docs.smartphone_card and phone_reader and day >= now[r.SMARTPHONE_CLINIC_FROM]:  # type: ignore[operator]
            fallbacks.append(_SMARTPHONE)
        if notice and route is not _WITH_NOTICE:
            fallbacks.append(_WITH_NOTICE)
        if qc_valid:
            fallbacks.append(_QC)
        fallbacks.append(_SELF_DECL)
        fallback_tuple = tuple(fallbacks)
    elif qc_valid:
        # Step 3.
        route, fallback_tuple = _QC, _FINAL_FALLBACK
    else:
        if qc_until is not None:
            warnings.append(_W_QC_EXPIRED)
        warnings.append(_W_NO_DOC)
        route, fallback_tuple = _SELF_DECL, ()

    # Step 4: coverage, independent of the route. Insurer changes: each period's start and
    # the 75th birthday (late-elderly care starts on the day itself).
    elderly_age: int = now[r.LATE_ELDERLY_AGE]  # type: ignore[assignment]
    turns_on = birthday_at_age(birth, elderly_age)
    periods = facts.coverage
    changes = change_dates(periods, turns_on)
    lag_days: int = now[r.SWITCH_LAG_DAYS]  # type: ignore[assignment]
    lag_from = switch_lag_start(changes, day, lag_days)
    if rules.is_overridden(r.SWITCH_LAG_DAYS):
        base_days: int = rules.base_value(r.SWITCH_LAG_DAYS, day)  # type: ignore[assignment]
        if (switch_lag_start(changes, day, base_days) is None) != (lag_from is None):
            overrides.append(r.SWITCH_LAG_DAYS)
    if lag_from is not None:
        warnings.append(_W_LAG)
        phrases = _PHRASES_LAG
    else:
        phrases = _PHRASES_PLAIN
    if late_elderly_missing(periods, day, turns_on):
        warnings.append(_W_75)

    return VisitPlan(
        day,
        route,
        auth,
        fallback_tuple,
        tuple(warnings),
        phrases,
        _bring(route, fallback_tuple, docs.qualification_notice),
        rules.version,
        card_exp,
        cert_exp,
        grace,
        lag_from,
        lag_from is not None and lag_from == turns_on,
        tuple(overrides),
        rules,
    )


def _bring(route: Route, fallbacks: tuple[Route, ...], notice: bool) -> tuple[Bring, ...]:
    """What to take along: everything the route and its fallbacks need."""
    items: list[Bring] = []
    if route is _MYNACARD or route is _WITH_NOTICE:
        items.append(_B_CARD)
    if _SMARTPHONE in fallbacks:
        items.append(_B_SMARTPHONE)
    if route is _WITH_NOTICE or _WITH_NOTICE in fallbacks:
        items.append(_B_NOTICE if notice else _B_PORTAL)
    if route is _QC or _QC in fallbacks:
        items.append(_B_QC)
    return tuple(items)
