"""Properties over birth, issue and visit dates 1900-2100, 29 February included."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from familycare.domain.card_validity import card_expiry, cert_expiry, grace_until
from familycare.domain.dates import add_months
from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    DocumentFacts,
    FacilityCaps,
    MemberFacts,
    PinKind,
)
from familycare.domain.rules import RuleSet
from familycare.domain.visit_plan import PlanWarning, Route, plan_visit

FIRST, LAST = date(1900, 1, 1), date(2100, 12, 31)
LEAP_DAYS = [date(y, 2, 29) for y in range(1904, 2100, 4)]
CONTRACT_WARNINGS = {w.value for w in PlanWarning}
CONTRACT_ROUTES = {"mynacard", "card_with_notice", "qualification_certificate", "self_declaration"}

any_date = st.one_of(st.dates(FIRST, LAST), st.sampled_from(LEAP_DAYS))


@st.composite
def birth_and_issue(draw: st.DrawFn) -> tuple[date, date]:
    birth = draw(any_date)
    issued = draw(
        st.one_of(
            st.dates(birth, LAST), st.sampled_from([d for d in LEAP_DAYS if d >= birth] or [birth])
        )
    )
    return birth, issued


optional_date = st.one_of(st.none(), any_date)
tri = st.sampled_from([True, False, None])


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[MemberFacts, date, FacilityCaps]:
    birth, issued = draw(birth_and_issue())
    card = None
    if draw(st.booleans()):
        applied = draw(st.one_of(st.none(), st.dates(birth, issued)))
        card = CardFacts(
            kind=draw(st.sampled_from(CardKind)),
            issued_on=issued,
            applied_on=applied,
            expires_on=draw(st.one_of(st.none(), st.dates(issued, LAST))),
            cert_issued_on=draw(st.one_of(st.none(), st.dates(issued, LAST))),
            cert_renewed_before_expiry=draw(st.booleans()),
            cert_expires_on=draw(st.one_of(st.none(), st.dates(issued, LAST))),
            state=draw(st.sampled_from(CardState)),
            insurance_registered=draw(st.booleans()),
        )
    coverage = ()
    if draw(st.booleans()):
        coverage = (CoveragePeriod(draw(st.sampled_from(CoverageKind)), draw(optional_date)),)
    facts = MemberFacts(
        birth_date=birth,
        card=card,
        pins={PinKind.USER_CERT: draw(st.integers(0, 12))},
        coverage=coverage,
        documents=DocumentFacts(draw(optional_date), draw(st.booleans()), draw(st.booleans())),
    )
    facility = FacilityCaps(draw(tri), draw(tri), draw(tri))
    return facts, draw(any_date), facility


def _card(issued: date) -> CardFacts:
    return CardFacts(CardKind.STANDARD, issued)


@settings(max_examples=400, deadline=None)
@given(birth_and_issue())
def test_card_expiry_is_after_issue_and_cert_not_after_card(
    rules: RuleSet, pair: tuple[date, date]
) -> None:
    birth, issued = pair
    card = _card(issued)
    expiry = card_expiry(birth, card, rules)
    assert expiry.value > issued
    cert = cert_expiry(birth, card, expiry.value, rules)
    assert issued < cert.value <= expiry.value


@settings(max_examples=400, deadline=None)
@given(birth_and_issue(), st.integers(1, 4000))
def test_later_issue_never_expires_earlier(
    rules: RuleSet, pair: tuple[date, date], days: int
) -> None:
    birth, issued = pair
    later = min(issued + timedelta(days=days), LAST)
    assert (
        card_expiry(birth, _card(later), rules).value
        >= card_expiry(birth, _card(issued), rules).value
    )


@settings(max_examples=400, deadline=None)
@given(any_date)
def test_grace_end_is_a_month_end_not_before_expiry(rules: RuleSet, expiry: date) -> None:
    end = grace_until(expiry, date(2026, 12, 1), rules)
    assert end >= expiry
    assert (end + timedelta(days=1)).day == 1
    assert add_months(expiry, 3) <= end


@settings(max_examples=500, deadline=None)
@given(scenarios())
def test_planning_is_total_deterministic_and_stays_in_the_contract(rules: RuleSet, case) -> None:
    facts, day, facility = case
    first = plan_visit(facts, day, facility, rules)
    again = plan_visit(facts, day, facility, rules)
    assert first == again
    out = first.to_json()
    assert out == again.to_json()
    assert out["route"] in CONTRACT_ROUTES
    assert set(out["warnings"]) <= CONTRACT_WARNINGS
    assert len(set(out["warnings"])) == len(out["warnings"])
    assert (out["auth"] is not None) == (out["route"] == "mynacard")
    fallbacks = out["fallbacks"]
    if out["route"] == "self_declaration":
        assert fallbacks == []
    else:
        assert fallbacks[-1] == "self_declaration"
        assert out["route"] not in fallbacks
    assert "別の方法で資格確認できますか?" in out["phrases"]
    assert ("保険が切り替わった直後です" in out["phrases"]) == (
        "coverage_switch_lag" in out["warnings"]
    )
    if facts.card is None:
        assert out["card_expires_on"] is out["grace_until"] is None
    else:
        assert out["grace_until"] >= min(out["card_expires_on"], out["cert_expires_on"])
    if first.route is Route.MYNACARD or first.route is Route.CARD_WITH_NOTICE:
        assert facts.card is not None and facts.card.state is CardState.IN_HAND
