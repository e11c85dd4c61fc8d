"""The planner's decisions beyond the shared examples: first match, fallbacks, warnings only
where the contract gives them, overrides, explanations and what to bring."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from familycare.domain import rules as r
from familycare.domain.member_facts import (
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    FacilityCaps,
)
from familycare.domain.rules import RuleSet
from familycare.domain.visit_plan import Auth, Bring, PlanWarning, Route, plan_visit
from tests.domain.plan_builders import (
    FULL_CLINIC,
    OFFLINE_CLINIC,
    PIN_ONLY_CLINIC,
    VISIT,
    card,
    member,
)

W = PlanWarning
CONTRACT_KEYS = {
    "card_expires_on",
    "cert_expires_on",
    "grace_until",
    "route",
    "auth",
    "fallbacks",
    "warnings",
    "phrases",
    "rules_version",
}
ASK = "別の方法で資格確認できますか?"
SWITCHED = "保険が切り替わった直後です"


def test_all_fine_at_full_clinic(rules: RuleSet) -> None:
    plan = plan_visit(member(), VISIT, FULL_CLINIC, rules)
    assert (plan.route, plan.auth) == (Route.MYNACARD, Auth.FACE)
    assert plan.fallbacks == (Route.CARD_WITH_NOTICE, Route.SELF_DECLARATION)
    assert plan.warnings == ()
    out = plan.to_json()
    assert CONTRACT_KEYS <= set(out)
    assert out["phrases"] == [ASK]
    assert out["bring"] == ["card", "qualification_notice"]


def test_pin_at_clinic_without_face_reader(rules: RuleSet) -> None:
    plan = plan_visit(member(), VISIT, PIN_ONLY_CLINIC, rules)
    assert (plan.route, plan.auth) == (Route.MYNACARD, Auth.PIN)


@pytest.mark.parametrize(
    ("failures", "facility", "route", "auth", "warning"),
    [
        (2, FULL_CLINIC, Route.MYNACARD, Auth.FACE, W.PIN_LAST_ATTEMPT),
        (2, PIN_ONLY_CLINIC, Route.CARD_WITH_NOTICE, None, W.PIN_LAST_ATTEMPT),
        (3, FULL_CLINIC, Route.MYNACARD, Auth.FACE, W.PIN_LOCKED),
        (9, PIN_ONLY_CLINIC, Route.CARD_WITH_NOTICE, None, W.PIN_LOCKED),
        (1, PIN_ONLY_CLINIC, Route.MYNACARD, Auth.PIN, None),
    ],
)
def test_pin_risk_avoids_the_pin(rules, failures, facility, route, auth, warning) -> None:
    plan = plan_visit(member(failures=failures), VISIT, facility, rules)
    assert (plan.route, plan.auth) == (route, auth)
    pin_warnings = {w for w in plan.warnings if w in (W.PIN_LOCKED, W.PIN_LAST_ATTEMPT)}
    assert pin_warnings == ({warning} if warning else set())


def test_no_online_check_wins_over_pin_and_gives_no_pin_warning(rules: RuleSet) -> None:
    plan = plan_visit(member(failures=3, notice=False), VISIT, OFFLINE_CLINIC, rules)
    assert (plan.route, plan.auth) == (Route.CARD_WITH_NOTICE, None)
    assert set(plan.warnings) == {W.NO_ONLINE_CHECK, W.NOTICE_MISSING}
    assert plan.fallbacks == (Route.SELF_DECLARATION,)
    assert plan.bring == (Bring.CARD, Bring.PORTAL_QUALIFICATION_SCREEN)


def test_face_auth_card_gets_no_pin_warning(rules: RuleSet) -> None:
    facts = member(card_facts=card(kind=CardKind.FACE_AUTH), failures=3)
    plan = plan_visit(facts, VISIT, PIN_ONLY_CLINIC, rules)
    assert (plan.route, plan.auth) == (Route.CARD_WITH_NOTICE, None)
    assert W.PIN_LOCKED not in plan.warnings


def test_fallback_order_smartphone_notice_certificate_self_declaration(rules: RuleSet) -> None:
    facts = member(smartphone=True, qc_until=date(2027, 7, 31))
    plan = plan_visit(facts, VISIT, FULL_CLINIC, rules)
    assert plan.fallbacks == (
        Route.SMARTPHONE,
        Route.CARD_WITH_NOTICE,
        Route.QUALIFICATION_CERTIFICATE,
        Route.SELF_DECLARATION,
    )
    assert plan.bring == (
        Bring.CARD,
        Bring.SMARTPHONE,
        Bring.QUALIFICATION_NOTICE,
        Bring.QUALIFICATION_CERTIFICATE,
    )


@pytest.mark.parametrize(
    ("day", "reader", "expected"),
    [
        (date(2025, 9, 18), True, False),
        (date(2025, 9, 19), True, True),
        (date(2026, 1, 5), False, False),
    ],
)
def test_smartphone_only_from_2025_09_19_with_a_reader(rules, day, reader, expected) -> None:
    facts = member(card_facts=card(issued_on=date(2023, 6, 10)), smartphone=True)
    plan = plan_visit(facts, day, replace(FULL_CLINIC, smartphone_reader=reader), rules)
    assert (Route.SMARTPHONE in plan.fallbacks) is expected


def test_unknown_facility_is_planned_as_no(rules: RuleSet) -> None:
    plan = plan_visit(member(), VISIT, FacilityCaps(True, None, None), rules)
    assert (plan.route, plan.auth) == (Route.MYNACARD, Auth.PIN)
    assert W.FACILITY_UNKNOWN in plan.warnings
    unknown_online = plan_visit(member(), VISIT, FacilityCaps(None, True, False), rules)
    assert unknown_online.route is Route.CARD_WITH_NOTICE
    assert {W.FACILITY_UNKNOWN, W.NO_ONLINE_CHECK} <= set(unknown_online.warnings)


def test_unusable_card_falls_back_to_certificate_then_self_declaration(rules: RuleSet) -> None:
    lost = member(card_facts=card(state=CardState.LOST), qc_until=date(2027, 7, 31))
    plan = plan_visit(lost, VISIT, FULL_CLINIC, rules)
    assert (plan.route, plan.auth, plan.fallbacks) == (
        Route.QUALIFICATION_CERTIFICATE,
        None,
        (Route.SELF_DECLARATION,),
    )
    assert plan.warnings == (W.CARD_UNAVAILABLE,)
    assert plan.bring == (Bring.QUALIFICATION_CERTIFICATE,)


def test_expired_certificate_warned_only_when_card_unusable(rules: RuleSet) -> None:
    usable = plan_visit(member(qc_until=date(2026, 7, 31)), VISIT, FULL_CLINIC, rules)
    assert W.QUALIFICATION_CERTIFICATE_EXPIRED not in usable.warnings
    assert Route.QUALIFICATION_CERTIFICATE not in usable.fallbacks
    unusable = plan_visit(
        member(card_facts=None, qc_until=date(2026, 7, 31)), VISIT, FULL_CLINIC, rules
    )
    assert {W.QUALIFICATION_CERTIFICATE_EXPIRED, W.NO_VALID_DOCUMENT} <= set(unusable.warnings)
    assert (unusable.route, unusable.fallbacks) == (Route.SELF_DECLARATION, ())


def test_certificate_valid_on_its_last_day(rules: RuleSet) -> None:
    plan = plan_visit(member(card_facts=None, qc_until=VISIT), VISIT, FULL_CLINIC, rules)
    assert plan.route is Route.QUALIFICATION_CERTIFICATE


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2028, 2, 10), set()),  # 3 months before E exactly: not yet
        (date(2028, 2, 11), {W.CERT_EXPIRING_SOON}),
        (date(2028, 5, 10), {W.CERT_EXPIRING_SOON}),  # E itself
        (date(2028, 5, 11), {W.CERT_GRACE}),
        (date(2028, 8, 31), {W.CERT_GRACE}),  # last day of the grace
        (date(2028, 9, 1), {W.CERT_EXPIRED}),
    ],
)
def test_certificate_date_warnings_around_expiry(rules, day: date, expected: set) -> None:
    facts = member(birth=date(1970, 5, 10), card_facts=card(issued_on=date(2023, 6, 10)))
    plan = plan_visit(facts, day, FULL_CLINIC, rules)  # cert expires 2028-05-10
    dated = {W.CERT_EXPIRING_SOON, W.CERT_GRACE, W.CERT_EXPIRED}
    assert set(plan.warnings) & dated == expected
    assert plan.route is (Route.MYNACARD if day <= date(2028, 8, 31) else Route.SELF_DECLARATION)


def test_card_expired_also_for_unusable_card(rules: RuleSet) -> None:
    facts = member(
        birth=date(1970, 5, 10),
        card_facts=card(issued_on=date(2010, 1, 5), state=CardState.RETURNED),
    )
    plan = plan_visit(facts, VISIT, FULL_CLINIC, rules)
    assert {W.CARD_EXPIRED, W.CERT_EXPIRED, W.CARD_UNAVAILABLE} <= set(plan.warnings)


def test_switch_lag_and_turns_75(rules: RuleSet) -> None:
    facts = member(
        birth=date(1951, 11, 18),
        coverage=(CoveragePeriod(CoverageKind.NATIONAL, date(2016, 4, 1)),),
    )
    plan = plan_visit(facts, date(2026, 11, 25), FULL_CLINIC, rules)
    assert {W.COVERAGE_SWITCH_LAG, W.TURNS_75} <= set(plan.warnings)
    assert plan.to_json()["phrases"] == [SWITCHED, ASK]
    assert plan.switch_lag_is_75th_birthday
    assert plan.to_json()["switch_lag_from"] == "2026-11-18"


def test_turns_75_without_coverage_on_record(rules: RuleSet) -> None:
    plan = plan_visit(member(birth=date(1940, 1, 1), coverage=()), VISIT, FULL_CLINIC, rules)
    assert W.TURNS_75 in plan.warnings


def test_switch_lag_override_is_reported(rules: RuleSet) -> None:
    facts = member(coverage=(CoveragePeriod(CoverageKind.EMPLOYEE, date(2026, 11, 10)),))
    assert W.COVERAGE_SWITCH_LAG not in plan_visit(facts, VISIT, FULL_CLINIC, rules).warnings
    household = rules.with_overrides(switch_lag_days=30)
    plan = plan_visit(facts, VISIT, FULL_CLINIC, household)
    assert W.COVERAGE_SWITCH_LAG in plan.warnings
    out = plan.to_json()
    assert out["overrides_applied"] == [{"rule_id": r.SWITCH_LAG_DAYS, "value": 30, "default": 14}]
    lag = next(e for e in out["explanations"] if e["code"] == "coverage_switch_lag")
    assert lag["rules"][0]["overridden"] and lag["rules"][0]["default_value"] == 14


def test_grace_override_changes_grace_until_and_says_so(rules: RuleSet) -> None:
    facts = member(card_facts=card(cert_expires_on=date(2026, 10, 10)))
    base = plan_visit(facts, VISIT, FULL_CLINIC, rules)
    household = plan_visit(
        facts, VISIT, FULL_CLINIC, rules.with_overrides(grace_counting="exact_date")
    )
    assert (base.grace_until, household.grace_until) == (date(2027, 1, 31), date(2027, 1, 10))
    assert base.overrides_applied == ()
    assert household.overrides_applied == (r.GRACE_COUNTING,)


def test_override_that_changes_nothing_is_not_listed(rules: RuleSet) -> None:
    plan = plan_visit(member(), VISIT, FULL_CLINIC, rules.with_overrides(switch_lag_days=20))
    assert plan.overrides_applied == ()


def test_explanations_name_rules_with_source_and_dates(rules: RuleSet) -> None:
    facts = member(card_facts=card(cert_expires_on=date(2026, 10, 10)), failures=3)
    out = plan_visit(facts, VISIT, FULL_CLINIC, rules).to_json()
    by_code = {e["code"]: e for e in out["explanations"]}
    assert set(by_code) == set(out["warnings"])
    grace_rules = {x["rule_id"]: x for x in by_code["cert_grace"]["rules"]}
    assert set(grace_rules) == {r.GRACE_MONTHS, r.GRACE_COUNTING}  # notified date: no cert rule
    assert grace_rules[r.GRACE_COUNTING]["mark"] == "disputed"
    assert grace_rules[r.GRACE_MONTHS]["effective_from"] == "2024-12-02"
    entry = rules.rule(r.GRACE_MONTHS, VISIT)
    assert grace_rules[r.GRACE_MONTHS]["source"] == entry.source
    assert grace_rules[r.GRACE_MONTHS]["source_ja"] == entry.source_ja  # for the Japanese UI
    assert by_code["pin_locked"]["rules"][0]["value"] == 3


def test_card_expired_explained_by_card_rules_on_the_application_date(rules) -> None:
    facts = member(
        birth=date(2002, 6, 1),
        card_facts=card(issued_on=date(2022, 5, 10), applied_on=date(2022, 3, 1)),
    )
    out = plan_visit(facts, VISIT, FULL_CLINIC, rules).to_json()
    assert out["card_expires_on"] == "2026-06-01"  # 19 at issue, age line 20: 5 years
    explained = next(e for e in out["explanations"] if e["code"] == "card_expired")
    line = next(x for x in explained["rules"] if x["rule_id"] == r.CARD_ADULT_AGE_LINE)
    assert (line["value"], line["effective_until"]) == (20, "2022-03-31")


def test_feb29_birth_is_marked_computed(rules: RuleSet) -> None:
    facts = member(birth=date(1980, 2, 29), card_facts=card(issued_on=date(2023, 3, 1)))
    out = plan_visit(facts, VISIT, FULL_CLINIC, rules).to_json()
    assert out["card_expires_on"] == "2033-02-28"
    assert out["computed_dates"]["card_expires_on"] == {
        "origin": "computed",
        "feb29_adjusted": True,
        "capped_by_card": False,
    }


# Inputs reaching every route and every warning code of the contract.
REACH = {
    "mynacard": (member(), VISIT, FULL_CLINIC),
    "card_with_notice": (member(), VISIT, OFFLINE_CLINIC),
    "qualification_certificate": (
        member(card_facts=None, qc_until=date(2027, 7, 31)),
        VISIT,
        FULL_CLINIC,
    ),
    "self_declaration": (member(card_facts=None), VISIT, FULL_CLINIC),
    "card_unavailable": (member(card_facts=card(state=CardState.SUSPENDED)), VISIT, FULL_CLINIC),
    "not_registered": (member(card_facts=card(registered=False)), VISIT, FULL_CLINIC),
    "cert_grace": (member(card_facts=card(cert_expires_on=date(2026, 11, 1))), VISIT, FULL_CLINIC),
    "cert_expired": (member(card_facts=card(cert_expires_on=date(2026, 1, 1))), VISIT, FULL_CLINIC),
    "cert_expiring_soon": (
        member(card_facts=card(cert_expires_on=date(2027, 1, 1))),
        VISIT,
        FULL_CLINIC,
    ),
    "card_expired": (member(card_facts=card(expires_on=date(2026, 11, 30))), VISIT, FULL_CLINIC),
    "no_online_check": (member(), VISIT, OFFLINE_CLINIC),
    "notice_missing": (member(notice=False), VISIT, OFFLINE_CLINIC),
    "pin_locked": (member(failures=3), VISIT, FULL_CLINIC),
    "pin_last_attempt": (member(failures=2), VISIT, FULL_CLINIC),
    "qualification_certificate_expired": (
        member(card_facts=None, qc_until=date(2026, 1, 1)),
        VISIT,
        FULL_CLINIC,
    ),
    "no_valid_document": (member(card_facts=None), VISIT, FULL_CLINIC),
    "coverage_switch_lag": (
        member(coverage=(CoveragePeriod(CoverageKind.EMPLOYEE, date(2026, 11, 18)),)),
        VISIT,
        FULL_CLINIC,
    ),
    "turns_75": (member(birth=date(1950, 1, 1)), VISIT, FULL_CLINIC),
    "facility_unknown": (member(), VISIT, FacilityCaps(True, True, None)),
}


def test_reach_table_covers_every_contract_code() -> None:
    codes = {w.value for w in PlanWarning} | {x.value for x in Route if x is not Route.SMARTPHONE}
    assert set(REACH) == codes


@pytest.mark.parametrize("code", sorted(REACH))
def test_every_route_and_warning_is_reachable(code: str, rules: RuleSet) -> None:
    facts, day, facility = REACH[code]
    out = plan_visit(facts, day, facility, rules).to_json()
    assert code == out["route"] or code in out["warnings"]
