"""Office days under every to-do item that sends someone to the municipal office: certificate
renewal, the grace period, reissue after a loss, joining 国保; across the New Year closure and a
public holiday (the real calendar, jpholiday), and none for things done online."""

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
from familycare.domain.rules import RuleSet
from familycare.domain.todo import TodoItem, TodoKind, derive_todos
from familycare.domain.todo_inputs import LostCardProgress, TodoExtras
from familycare.domain.todo_office import OfficeDaySuggester, sends_to_office

BIRTH = date(1980, 6, 15)
EMPLOYEE = (CoveragePeriod(CoverageKind.EMPLOYEE, date(2010, 4, 1)),)


def member(birth: date = BIRTH) -> Member:
    return Member(7, "山田 健", "", birth, Relationship.SELF, "#0072B2", "", 1)


def facts(birth: date = BIRTH, **card_changes: object) -> MemberFacts:
    values: dict[str, object] = {"kind": CardKind.STANDARD, "issued_on": date(2022, 7, 1)}
    values.update(card_changes)
    return MemberFacts(birth, CardFacts(**values), coverage=EMPLOYEE)  # type: ignore[arg-type]


def by_kind(items: list[TodoItem]) -> dict[TodoKind, TodoItem]:
    return {i.kind: i for i in items}


def no_calendar(day: date) -> bool:
    # Stands in for the holiday calendar to prove the derivation never asks it.
    raise AssertionError(f"the derivation asked for the holiday calendar ({day})")


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # Monday 28 December 2026: open; then the closure to Sunday 3 January.
        (date(2026, 12, 28), (date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 5))),
        # Saturday 26 December: the weekend, then one open day before the closure.
        (date(2026, 12, 26), (date(2026, 12, 28), date(2027, 1, 4), date(2027, 1, 5))),
        # Friday 8 January 2027: Monday 11 January is 成人の日.
        (date(2027, 1, 8), (date(2027, 1, 8), date(2027, 1, 12), date(2027, 1, 13))),
        # Golden Week 2027: 29 April (Thu), 3–5 May (Mon–Wed) are holidays.
        (date(2027, 4, 28), (date(2027, 4, 28), date(2027, 4, 30), date(2027, 5, 6))),
    ],
)
def test_certificate_renewal_suggests_office_days(
    rules: RuleSet, today: date, expected: tuple[date, ...]
) -> None:
    f = facts(cert_expires_on=date(2027, 6, 30))  # renewal open since 1 April 2027
    if today < date(2027, 4, 1):
        f = facts(cert_expires_on=today + timedelta(days=40))
    item = by_kind(derive_todos(member(), f, today, rules))[TodoKind.CERT_EXPIRY]
    assert sends_to_office(item)
    assert OfficeDaySuggester(today).for_item(item) == expected


def test_derivation_never_needs_the_holiday_calendar_for_these_items(rules: RuleSet) -> None:
    today = date(2026, 12, 1)
    f = facts(cert_expires_on=today + timedelta(days=40))
    items = derive_todos(member(), f, today, rules, is_holiday=no_calendar)
    assert TodoKind.CERT_EXPIRY in by_kind(items)


def test_renewal_not_open_yet_suggests_days_from_the_opening_day(rules: RuleSet) -> None:
    today = date(2026, 12, 1)
    f = facts(cert_expires_on=date(2027, 3, 31))  # renewal opens on 1 January 2027
    item = by_kind(derive_todos(member(), f, today, rules))[TodoKind.RENEWAL_OPENS]
    assert item.params["opens_on"] == date(2027, 1, 1)
    assert OfficeDaySuggester(today).for_item(item) == (
        date(2027, 1, 4), date(2027, 1, 5), date(2027, 1, 6))


def test_grace_period_suggests_days_and_a_card_application_does_not(rules: RuleSet) -> None:
    today = date(2026, 12, 1)
    expired = facts(cert_expires_on=today - timedelta(days=30))
    grace = by_kind(derive_todos(member(), expired, today, rules))[TodoKind.GRACE_ENDS]
    assert OfficeDaySuggester(today).for_item(grace) == (
        date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 3))
    # A new card is applied for online, by post or at a photo booth: no office days.
    card = facts(expires_on=today + timedelta(days=40), cert_expires_on=date(2030, 1, 1))
    expiry = by_kind(derive_todos(member(), card, today, rules))[TodoKind.CARD_EXPIRY]
    assert not sends_to_office(expiry)
    assert OfficeDaySuggester(today).for_item(expiry) == ()


def test_reissue_after_a_loss_suggests_office_days(rules: RuleSet) -> None:
    today = date(2026, 12, 30)  # in the closure
    f = facts(state=CardState.LOST)
    lost = LostCardProgress(lost_on=date(2026, 12, 27), suspended_on=date(2026, 12, 27),
                            lost_outside_home=False)
    items = derive_todos(member(), f, today, rules, TodoExtras(lost_card=lost))
    reissue = next(i for i in items if i.params.get("step") == "reissue")
    assert OfficeDaySuggester(today).for_item(reissue) == (
        date(2027, 1, 4), date(2027, 1, 5), date(2027, 1, 6))
    # Reporting the loss already names its days (its due date is the first of them).
    report = next(i for i in items if i.params.get("step") == "loss_report")
    assert OfficeDaySuggester(today).for_item(report) == report.params["office_days"]
    assert report.due == date(2027, 1, 4)


def test_joining_national_health_insurance_suggests_days_from_the_75th_birthday(
    rules: RuleSet,
) -> None:
    birth = date(1952, 1, 9)  # turns 75 on Saturday 9 January 2027; 11 January is 成人の日
    today = date(2026, 12, 1)
    f = MemberFacts(birth, None, coverage=EMPLOYEE)
    item = by_kind(derive_todos(member(birth), f, today, rules))[TodoKind.SPOUSE_JOINS_NATIONAL]
    assert OfficeDaySuggester(today).for_item(item) == (
        date(2027, 1, 12), date(2027, 1, 13), date(2027, 1, 14))


def test_items_done_elsewhere_suggest_nothing(rules: RuleSet) -> None:
    today = date(2026, 12, 1)
    f = facts(cert_expires_on=date(2030, 1, 1))
    f = MemberFacts(f.birth_date, f.card, pins={PinKind.SIGNING: 4}, coverage=EMPLOYEE)
    item = by_kind(derive_todos(member(), f, today, rules))[TodoKind.PIN_LAST_ATTEMPT]
    assert not sends_to_office(item)
