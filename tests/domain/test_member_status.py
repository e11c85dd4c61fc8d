"""Dashboard badges: the card's phase, PIN risk, lost card, insurer change, 75th birthday,
and the worst-first order of members."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from familycare.domain.member import Member, Relationship
from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    MemberFacts,
    PinKind,
)
from familycare.domain.member_status import BadgeCode, MemberStatus, member_status
from familycare.domain.rules import RuleSet
from familycare.domain.todo import TodoKind, derive_todos
from familycare.domain.todo_inputs import Severity

TODAY = date(2026, 11, 25)
BIRTH = date(1976, 4, 3)
EMPLOYEE = (CoveragePeriod(CoverageKind.EMPLOYEE, date(2010, 4, 1)),)


def status(f: MemberFacts, rules: RuleSet, today: date = TODAY, **kw: object) -> MemberStatus:
    m = Member(3, "山田 美咲", "", f.birth_date, Relationship.SPOUSE, "#D55E00", "", 1)
    items = derive_todos(m, f, today, rules)
    shown = [i for i in items if i.visible_on(today)]
    return member_status(3, f, items, shown, today, **kw)  # type: ignore[arg-type]


def with_card(birth: date = BIRTH, coverage: tuple[CoveragePeriod, ...] = EMPLOYEE,
              pins: dict[PinKind, int] | None = None, **card: object) -> MemberFacts:
    values: dict[str, object] = {"kind": CardKind.STANDARD, "issued_on": date(2022, 7, 1)}
    values.update(card)
    return MemberFacts(birth, CardFacts(**values), pins or {}, coverage)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cert_expires_on", "code", "severity"),
    [
        (date(2028, 1, 10), BadgeCode.CARD_FINE, Severity.OK),
        (date(2027, 2, 10), BadgeCode.RENEWAL_OPEN, Severity.ATTENTION),
        (date(2026, 10, 26), BadgeCode.IN_GRACE, Severity.URGENT),
        (date(2026, 7, 31), BadgeCode.EXPIRED, Severity.URGENT),
    ],
)
def test_card_phase_badge(
    rules: RuleSet, cert_expires_on: date, code: BadgeCode, severity: Severity
) -> None:
    s = status(with_card(cert_expires_on=cert_expires_on), rules)
    assert s.badges[0].code is code
    assert s.badges[0].severity is severity


def test_grace_badge_says_until_when(rules: RuleSet) -> None:
    s = status(with_card(cert_expires_on=date(2026, 10, 26)), rules)
    assert s.badges[0].params["grace_until"] == date(2027, 1, 31)


def test_pin_badges(rules: RuleSet) -> None:
    far = date(2030, 1, 1)
    locked = status(with_card(cert_expires_on=far, pins={PinKind.USER_CERT: 3}), rules)
    assert locked.badges[0].code is BadgeCode.PIN_LOCKED
    assert locked.badges[0].params["pins"] == ("user_cert",)
    assert locked.next_action is not None and locked.next_action.kind is TodoKind.PIN_LOCKED
    risky = status(with_card(cert_expires_on=far, pins={PinKind.USER_CERT: 2}), rules)
    assert BadgeCode.PIN_LAST_ATTEMPT in {b.code for b in risky.badges}


def test_lost_card_and_open_case(rules: RuleSet) -> None:
    assert status(with_card(state=CardState.LOST), rules).badges[0].code is BadgeCode.LOST
    suspended = with_card(state=CardState.SUSPENDED)
    assert status(suspended, rules).badges[0].code is BadgeCode.CARD_AWAY
    assert status(suspended, rules, lost_case_open=True).badges[0].code is BadgeCode.LOST


def test_insurer_just_changed(rules: RuleSet) -> None:
    change = TODAY - timedelta(days=5)
    coverage = (CoveragePeriod(CoverageKind.EMPLOYEE, date(2010, 4, 1), change - timedelta(1)),
                CoveragePeriod(CoverageKind.EMPLOYEE, change))
    s = status(with_card(coverage=coverage, cert_expires_on=date(2030, 1, 1)), rules)
    badge = next(b for b in s.badges if b.code is BadgeCode.INSURER_CHANGED)
    assert badge.params["since"] == change


def test_turns_75_soon_then_unconfirmed(rules: RuleSet) -> None:
    birth = date(1951, 12, 15)
    national = (CoveragePeriod(CoverageKind.NATIONAL, date(2016, 4, 1)),)
    f = with_card(birth, national, cert_expires_on=date(2030, 1, 1))
    assert BadgeCode.TURNS_75_SOON in {b.code for b in status(f, rules).badges}
    later = date(2026, 12, 16)
    assert BadgeCode.LATE_ELDERLY_UNCONFIRMED in {b.code for b in status(f, rules, later).badges}


def test_worst_news_sorts_first(rules: RuleSet) -> None:
    far = date(2030, 1, 1)
    fine = status(with_card(cert_expires_on=far), rules)
    renewal = status(with_card(cert_expires_on=date(2027, 2, 10)), rules)
    grace = status(with_card(cert_expires_on=date(2026, 10, 26)), rules)
    ordered = sorted([("a", fine), ("b", renewal), ("c", grace)],
                     key=lambda pair: pair[1].sort_key(pair[0]))
    assert [name for name, _ in ordered] == ["c", "b", "a"]
    assert fine.next_action is None
    assert renewal.next_deadline is not None
    assert renewal.next_deadline.due == date(2027, 2, 10)
