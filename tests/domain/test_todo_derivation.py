"""Table tests of the to-do derivation: lead dates, the day renewal opens, grace end in a
leap year, PIN lock with office days, birthdays, lost-card steps, insurer changes, keys."""

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
    DocumentFacts,
    MemberFacts,
    PinKind,
)
from familycare.domain.rules import RuleSet
from familycare.domain.todo import LostStep, TodoAction, TodoItem, TodoKind, derive_todos
from familycare.domain.todo_inputs import (
    LostCardProgress,
    Severity,
    TodoExtras,
    VisitDigest,
)

ADULT_BIRTH = date(1980, 6, 15)
LATE_ELDERLY = (CoveragePeriod(CoverageKind.EMPLOYEE, date(2010, 4, 1)),)


def member(birth: date = ADULT_BIRTH, member_id: int = 7) -> Member:
    return Member(member_id, "山田 健", "", birth, Relationship.SELF, "#0072B2", "", 1)


def card(**changes: object) -> CardFacts:
    values: dict[str, object] = {"kind": CardKind.STANDARD, "issued_on": date(2022, 7, 1)}
    values.update(changes)
    return CardFacts(**values)  # type: ignore[arg-type]


def facts(birth: date = ADULT_BIRTH, **changes: object) -> MemberFacts:
    values: dict[str, object] = {"birth_date": birth, "card": card(), "coverage": LATE_ELDERLY}
    values.update(changes)
    return MemberFacts(**values)  # type: ignore[arg-type]


def visible(items: list[TodoItem], today: date) -> dict[TodoKind, TodoItem]:
    return {i.kind: i for i in items if i.visible_on(today)}


def derive(f: MemberFacts, today: date, rules: RuleSet, **kw: object) -> list[TodoItem]:
    return derive_todos(member(f.birth_date), f, today, rules, **kw)  # type: ignore[arg-type]


def no_holidays(_day: date) -> bool:
    return False


# Certificate notified to expire 2027-03-10: renewal opens on 2026-12-11 (the day after
# 10 December), the renewal notice shows from 30 days before that.
CERT_EXPIRY = date(2027, 3, 10)


@pytest.mark.parametrize(
    ("today", "shown", "hidden"),
    [
        (date(2026, 11, 10), set(), {TodoKind.RENEWAL_OPENS, TodoKind.CERT_EXPIRY}),
        (date(2026, 11, 11), {TodoKind.RENEWAL_OPENS}, {TodoKind.CERT_EXPIRY}),
        (date(2026, 12, 10), {TodoKind.RENEWAL_OPENS}, {TodoKind.CERT_EXPIRY}),
        (date(2026, 12, 11), {TodoKind.CERT_EXPIRY}, {TodoKind.RENEWAL_OPENS}),
        (CERT_EXPIRY, {TodoKind.CERT_EXPIRY}, {TodoKind.GRACE_ENDS}),
        (CERT_EXPIRY + timedelta(days=1), {TodoKind.GRACE_ENDS}, {TodoKind.CERT_EXPIRY}),
    ],
)
def test_certificate_items_hand_over_on_the_right_days(
    rules: RuleSet, today: date, shown: set[TodoKind], hidden: set[TodoKind]
) -> None:
    f = facts(card=card(cert_expires_on=CERT_EXPIRY))
    kinds = set(visible(derive(f, today, rules), today))
    assert shown <= kinds
    assert not hidden & kinds


def test_renewal_item_says_when_renewal_opens_and_what_to_do(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    item = visible(derive(facts(card=card(cert_expires_on=CERT_EXPIRY)), today, rules), today)[
        TodoKind.RENEWAL_OPENS
    ]
    assert item.due == date(2026, 12, 11)
    assert item.lead == date(2026, 11, 11)
    assert item.action is TodoAction.PREPARE_CERT_RENEWAL
    assert item.params["expires_on"] == CERT_EXPIRY
    assert item.key == "renewal_opens:member:7:cert:2027-03-10"


def test_grace_end_in_a_leap_year_is_29_february(rules: RuleSet) -> None:
    expiry = date(2027, 11, 15)
    f = facts(card=card(cert_expires_on=expiry))
    day_after = expiry + timedelta(days=1)
    grace = visible(derive(f, day_after, rules), day_after)[TodoKind.GRACE_ENDS]
    assert grace.due == date(2028, 2, 29)
    assert grace.action is TodoAction.RENEW_BEFORE_GRACE_ENDS
    assert grace.severity is Severity.URGENT
    after = date(2028, 3, 1)
    late = visible(derive(f, after, rules), after)[TodoKind.GRACE_ENDS]
    assert late.key == grace.key  # the same item, now overdue
    assert late.overdue_on(after)
    assert late.action is TodoAction.RENEW_AND_REGISTER_AGAIN


def test_card_expiring_first_asks_for_a_new_card(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    f = facts(card=card(expires_on=date(2027, 1, 20), cert_expires_on=date(2027, 6, 15)))
    item = visible(derive(f, today, rules), today)[TodoKind.CARD_EXPIRY]
    assert item.action is TodoAction.APPLY_FOR_NEW_CARD
    assert item.due == date(2027, 1, 20)


def test_locked_pin_suggests_the_next_office_days(rules: RuleSet) -> None:
    friday = date(2026, 12, 25)  # then a weekend and the New Year closure
    f = facts(card=card(cert_expires_on=date(2030, 6, 15)), pins={PinKind.USER_CERT: 3})
    item = visible(derive(f, friday, rules, is_holiday=no_holidays), friday)[TodoKind.PIN_LOCKED]
    assert item.action is TodoAction.RESET_PIN_AT_OFFICE
    assert item.params["office_days"] == (date(2026, 12, 25), date(2026, 12, 28),
                                          date(2027, 1, 4))
    assert item.due == friday
    saturday = date(2026, 12, 26)
    later = visible(derive(f, saturday, rules, is_holiday=no_holidays), saturday)
    assert later[TodoKind.PIN_LOCKED].due == date(2026, 12, 28)
    assert later[TodoKind.PIN_LOCKED].key == item.key


def test_one_attempt_left_says_do_not_try(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    f = facts(card=card(cert_expires_on=date(2030, 6, 15)), pins={PinKind.SIGNING: 4})
    item = visible(derive(f, today, rules), today)[TodoKind.PIN_LAST_ATTEMPT]
    assert item.action is TodoAction.DO_NOT_TRY_PIN
    assert item.params["remaining"] == 1
    assert item.floating
    none = derive(facts(card=card(cert_expires_on=date(2030, 6, 15)),
                        pins={PinKind.SIGNING: 3}), today, rules)
    assert not {TodoKind.PIN_LAST_ATTEMPT, TodoKind.PIN_LOCKED} & {i.kind for i in none}


def test_turning_75_shows_60_days_ahead_with_the_spouse_item(rules: RuleSet) -> None:
    birth = date(1951, 12, 15)  # 75 on 2026-12-15
    f = facts(birth, coverage=(CoveragePeriod(CoverageKind.NATIONAL, date(2016, 4, 1)),))
    assert not visible(derive(f, date(2026, 10, 15), rules), date(2026, 10, 15)).keys() & {
        TodoKind.TURNS_75}
    today = date(2026, 10, 16)
    shown = visible(derive(f, today, rules), today)
    assert shown[TodoKind.TURNS_75].due == date(2026, 12, 15)
    assert shown[TodoKind.TURNS_75].action is TodoAction.CONFIRM_LATE_ELDERLY
    assert shown[TodoKind.SPOUSE_JOINS_NATIONAL].due == date(2026, 12, 28)
    assert not shown[TodoKind.SPOUSE_JOINS_NATIONAL].params["known"]
    no_dependents = derive(f, today, rules, extras=TodoExtras(dependents_under_75=()))
    assert TodoKind.SPOUSE_JOINS_NATIONAL not in {i.kind for i in no_dependents}
    confirmed = facts(birth, coverage=(
        CoveragePeriod(CoverageKind.NATIONAL, date(2016, 4, 1), date(2026, 12, 14)),
        CoveragePeriod(CoverageKind.LATE_ELDERLY, date(2026, 12, 15)),
    ))
    assert TodoKind.TURNS_75 not in {i.kind for i in derive(confirmed, today, rules)}


def test_qualification_certificate_expiry_shows_30_days_ahead(rules: RuleSet) -> None:
    until = date(2027, 7, 31)
    f = facts(documents=DocumentFacts(qualification_certificate_until=until))
    assert TodoKind.QUALIFICATION_CERTIFICATE_EXPIRY not in visible(
        derive(f, date(2027, 6, 30), rules), date(2027, 6, 30))
    item = visible(derive(f, date(2027, 7, 1), rules), date(2027, 7, 1))[
        TodoKind.QUALIFICATION_CERTIFICATE_EXPIRY]
    assert item.due == until


@pytest.mark.parametrize(
    ("kind", "action"),
    [(CardKind.FACE_AUTH, TodoAction.REGISTER_AT_CARD_READER),
     (CardKind.STANDARD, TodoAction.CHECK_REGISTRATION)],
)
def test_unregistered_card(rules: RuleSet, kind: CardKind, action: TodoAction) -> None:
    today = date(2026, 11, 25)
    f = facts(card=card(kind=kind, insurance_registered=False, cert_expires_on=date(2030, 1, 1)))
    item = visible(derive(f, today, rules), today)[TodoKind.REGISTRATION_NOT_CONFIRMED]
    assert item.action is action


@pytest.mark.parametrize(
    ("age", "kind", "lead_days"), [(15, TodoKind.TURNS_15, 90), (18, TodoKind.TURNS_18, 30)]
)
def test_child_birthdays(rules: RuleSet, age: int, kind: TodoKind, lead_days: int) -> None:
    birthday = date(2027, 1, 24)
    birth = birthday.replace(year=2027 - age)
    f = facts(birth, card=card(kind=CardKind.STANDARD, issued_on=date(2023, 5, 1)))
    first = birthday - timedelta(days=lead_days)
    assert kind not in visible(derive(f, first - timedelta(days=1), rules),
                               first - timedelta(days=1))
    item = visible(derive(f, first, rules), first)[kind]
    assert item.due == birthday
    assert item.severity is Severity.INFO


def test_lost_card_lists_only_the_steps_not_done(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    lost_on = date(2026, 11, 18)
    progress = LostCardProgress(lost_on, suspended_on=lost_on, police_reported_on=lost_on)
    f = facts(card=card(state=CardState.SUSPENDED, cert_expires_on=date(2030, 1, 1)))
    items = derive(f, today, rules, extras=TodoExtras(lost_card=progress))
    steps = {i.params["step"] for i in items if i.kind is TodoKind.LOST_CARD_STEP}
    assert steps == {LostStep.LOSS_REPORT, LostStep.REISSUE, LostStep.QUALIFICATION_CERTIFICATE}
    assert all(i.severity is Severity.URGENT for i in items if i.kind is TodoKind.LOST_CARD_STEP)
    reissue = next(i for i in items if i.params.get("step") == LostStep.REISSUE)
    assert reissue.due == date(2026, 12, 17)  # express issuance within 30 days of the loss
    assert "lost_card:member:7:2026-11-18:reissue" == reissue.key
    # Card-expiry items are not for a card that is not at hand.
    assert TodoKind.CERT_EXPIRY not in {i.kind for i in items}


def test_card_marked_lost_without_a_case_starts_with_suspension(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    items = derive(facts(card=card(state=CardState.LOST)), today, rules)
    first = items[0]
    assert first.kind is TodoKind.LOST_CARD_STEP
    assert first.action is TodoAction.SUSPEND_CARD
    assert first.params["free_dial"] == "0120-95-0178"


def test_insurer_change_gives_switch_lag_and_missing_notice(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    change = today - timedelta(days=5)
    f = facts(coverage=(CoveragePeriod(CoverageKind.EMPLOYEE, date(2010, 4, 1), change
                                       - timedelta(days=1)),
                        CoveragePeriod(CoverageKind.EMPLOYEE, change)))
    shown = visible(derive(f, today, rules), today)
    lag = shown[TodoKind.SWITCH_LAG]
    assert lag.params["since"] == change
    assert lag.due == change + timedelta(days=13)  # a 14-day window, inclusive
    assert lag.action is TodoAction.SAY_INSURER_CHANGED
    assert shown[TodoKind.NOTICE_MISSING].action is TodoAction.ASK_FOR_NOTICE
    with_notice = facts(coverage=f.coverage, documents=DocumentFacts(qualification_notice=True))
    assert TodoKind.NOTICE_MISSING not in visible(derive(with_notice, today, rules), today)
    after = change + timedelta(days=14)
    assert TodoKind.SWITCH_LAG not in visible(derive(f, after, rules), after)


def test_visit_tomorrow_and_reprint(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    visit = VisitDigest(41, today + timedelta(days=2), "駅前薬局", "mynacard", True, "abc123")
    f = facts(card=card(cert_expires_on=date(2030, 1, 1)))
    items = derive(f, today, rules, extras=TodoExtras(visits=(visit,)))
    shown = visible(items, today)
    assert TodoKind.VISIT_SOON not in shown  # two days ahead: not yet
    assert shown[TodoKind.REPRINT_PLAN].action is TodoAction.REPRINT_VISIT_PLAN
    tomorrow_eve = today + timedelta(days=1)
    assert visible(derive(f, tomorrow_eve, rules, extras=TodoExtras(visits=(visit,))),
                   tomorrow_eve)[TodoKind.VISIT_SOON].params["facility"] == "駅前薬局"


def test_keys_are_stable_from_day_to_day(rules: RuleSet) -> None:
    f = facts(card=card(cert_expires_on=date(2027, 1, 10)), pins={PinKind.USER_CERT: 3})
    day1, day2 = date(2026, 11, 25), date(2026, 12, 2)
    keys1 = {i.key for i in derive(f, day1, rules) if i.visible_on(day1)}
    keys2 = {i.key for i in derive(f, day2, rules) if i.visible_on(day2)}
    assert keys1 == keys2
    assert "cert_expiry:member:7:2027-01-10" in keys1
    renewed = facts(card=card(cert_issued_on=date(2026, 12, 1), cert_expires_on=date(2031, 6, 15)),
                    pins={PinKind.USER_CERT: 3})
    assert "cert_expiry:member:7:2027-01-10" not in {i.key for i in derive(renewed, day2, rules)}


def test_items_are_sorted_by_date_and_a_missed_deadline_is_urgent(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    f = facts(card=card(cert_expires_on=date(2026, 8, 1)),
              documents=DocumentFacts(qualification_certificate_until=date(2026, 11, 1)))
    items = derive(f, today, rules)
    assert [i.due for i in items] == sorted(i.due for i in items)
    qc = next(i for i in items if i.kind is TodoKind.QUALIFICATION_CERTIFICATE_EXPIRY)
    assert qc.severity is Severity.URGENT


def test_long_past_75_without_any_insurance_entered_is_not_years_late(rules: RuleSet) -> None:
    f = facts(date(1946, 5, 1), coverage=())
    today = date(2026, 11, 25)
    assert TodoKind.TURNS_75 not in {i.kind for i in derive(f, today, rules)}
    national = facts(date(1946, 5, 1), coverage=(
        CoveragePeriod(CoverageKind.NATIONAL, date(2006, 4, 1)),))
    assert TodoKind.TURNS_75 in {i.kind for i in derive(national, today, rules)}


def test_a_card_years_from_expiry_has_no_expiry_items_yet(rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    far = derive(facts(card=card(cert_expires_on=date(2029, 11, 1))), today, rules)
    assert not {TodoKind.RENEWAL_OPENS, TodoKind.CERT_EXPIRY, TodoKind.GRACE_ENDS} & {
        i.kind for i in far}
    # Within the horizon the renewal notice is derived ahead (calendar export), not shown.
    near = derive(facts(card=card(cert_expires_on=date(2027, 12, 1))), today, rules)
    renewal = next(i for i in near if i.kind is TodoKind.RENEWAL_OPENS)
    assert not renewal.visible_on(today)


@pytest.mark.parametrize(("qc_until", "shown", "expired"), [
    (None, True, False),                      # nothing on record: ask for one
    (date(2026, 11, 24), True, True),         # ran out yesterday
    (date(2027, 7, 31), False, False),        # a valid one on record: nothing to do
    (date(2026, 11, 25), False, False),       # valid through today
])
def test_no_card_and_no_valid_qualification_certificate_asks_the_insurer(
        rules: RuleSet, qc_until: date | None, shown: bool, expired: bool) -> None:
    today = date(2026, 11, 25)
    f = facts(card=None, documents=DocumentFacts(qualification_certificate_until=qc_until))
    found = visible(derive(f, today, rules), today).get(TodoKind.NO_PROOF_OF_INSURANCE)
    assert (found is not None) == shown
    if found is not None:
        assert found.action is TodoAction.ASK_INSURER_FOR_CERTIFICATE
        assert found.floating and found.severity >= Severity.ATTENTION
        assert ("expired_on" in found.params) == expired


def test_a_lost_card_asks_for_the_certificate_in_its_own_steps_not_twice(
        rules: RuleSet) -> None:
    today = date(2026, 11, 25)
    f = facts(card=None)
    lost = LostCardProgress(lost_on=date(2026, 11, 20))
    items = visible(derive(f, today, rules, extras=TodoExtras(lost_card=lost)), today)
    assert TodoKind.NO_PROOF_OF_INSURANCE not in items
    assert TodoKind.LOST_CARD_STEP in items
