"""Table tests of the family timeline's bars: certificate and card windows, grace and expiry,
a lost card, the 資格確認書, a 29 February birthday turning 75, visits, the next problem."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.family_timeline import (
    BarKind,
    Span,
    TimelineBar,
    TimelineRow,
    TimelineVisit,
    default_span,
    family_timeline,
    member_bars,
)
from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    DocumentFacts,
    MemberFacts,
)
from familycare.domain.rules import RuleSet
from familycare.domain.todo_inputs import Severity

TODAY = date(2026, 12, 1)
SPAN = default_span(TODAY)
BIRTH = date(1980, 6, 15)


def facts(birth: date = BIRTH, qc_until: date | None = None, **card: object) -> MemberFacts:
    values: dict[str, object] = {"kind": CardKind.STANDARD, "issued_on": date(2022, 7, 1)}
    values.update(card)
    return MemberFacts(birth, CardFacts(**values),  # type: ignore[arg-type]
                       documents=DocumentFacts(qualification_certificate_until=qc_until))


def rows(bars: tuple[TimelineBar, ...], row: TimelineRow) -> list[tuple[BarKind, date, date, str]]:
    return [(b.kind, b.start, b.end, b.code) for b in bars if b.row is row]


def test_default_span_is_three_months_back_to_fifteen_ahead() -> None:
    assert SPAN == Span(date(2026, 9, 1), date(2028, 3, 31))
    assert default_span(date(2026, 1, 31)) == Span(date(2025, 10, 1), date(2027, 4, 30))
    assert SPAN.months()[0] == date(2026, 9, 1) and len(SPAN.months()) == 19


@pytest.mark.parametrize(
    ("cert_expires", "expected"),
    [
        # Renewal open now (太郎): valid, renewal to the expiry, then grace and expiry ahead.
        (date(2027, 1, 10), [
            (BarKind.VALID, date(2026, 9, 1), date(2026, 10, 10), "valid.cert"),
            (BarKind.RENEWAL, date(2026, 10, 11), date(2027, 1, 10), "renewal_open.cert"),
            (BarKind.GRACE, date(2027, 1, 11), date(2027, 4, 30), "grace_ahead.cert"),
            (BarKind.EXPIRED, date(2027, 5, 1), date(2028, 3, 31), "expired_ahead.cert"),
        ]),
        # Renewal not open yet: expiry on 31 May 2027 opens on the day after 28 February.
        (date(2027, 5, 31), [
            (BarKind.VALID, date(2026, 9, 1), date(2027, 2, 28), "valid.cert"),
            (BarKind.RENEWAL, date(2027, 3, 1), date(2027, 5, 31), "renewal_ahead.cert"),
            (BarKind.GRACE, date(2027, 6, 1), date(2027, 8, 31), "grace_ahead.cert"),
            (BarKind.EXPIRED, date(2027, 9, 1), date(2028, 3, 31), "expired_ahead.cert"),
        ]),
        # In the grace period (美咲, expired 30 days ago).
        # The renewal window (from 2 August) began before the span: clipped to it.
        (date(2026, 11, 1), [
            (BarKind.RENEWAL, date(2026, 9, 1), date(2026, 11, 1), "renewal_past.cert"),
            (BarKind.GRACE, date(2026, 11, 2), date(2027, 2, 28), "grace_now.cert"),
            (BarKind.EXPIRED, date(2027, 3, 1), date(2028, 3, 31), "expired_ahead.cert"),
        ]),
        # Past the grace period: no longer an insurance card.
        (date(2026, 6, 30), [
            (BarKind.GRACE, date(2026, 9, 1), date(2026, 9, 30), "grace_past.cert"),
            (BarKind.EXPIRED, date(2026, 10, 1), date(2028, 3, 31), "expired_now.cert"),
        ]),
    ],
)
def test_certificate_row(
    rules: RuleSet, cert_expires: date, expected: list[tuple[BarKind, date, date, str]]
) -> None:
    bars = member_bars(1, facts(cert_expires_on=cert_expires), TODAY, SPAN, rules)
    assert rows(bars, TimelineRow.CERT) == expected
    # The card outlives its certificate: one plain bar running past the span.
    (card_bar,) = [b for b in bars if b.row is TimelineRow.CARD]
    assert card_bar.kind is BarKind.VALID and card_bar.open_start and card_bar.open_end


def test_card_expiring_first_has_the_windows_and_the_certificate_just_ends(
    rules: RuleSet,
) -> None:
    # 陽菜: a child's five-year card ending before the notified certificate date would.
    bars = member_bars(1, facts(expires_on=date(2027, 1, 30), cert_expires_on=date(2027, 1, 30)),
                       TODAY, SPAN, rules)
    card = rows(bars, TimelineRow.CARD)
    assert [k for k, *_ in card] == [BarKind.VALID, BarKind.RENEWAL, BarKind.GRACE,
                                     BarKind.EXPIRED]
    assert card[1][3] == "renewal_open.card"
    assert rows(bars, TimelineRow.CERT) == [
        (BarKind.VALID, SPAN.first, date(2027, 1, 30), "valid.cert")]


def test_grace_and_expired_differ_by_more_than_colour(rules: RuleSet) -> None:
    bars = member_bars(1, facts(cert_expires_on=date(2026, 11, 1)), TODAY, SPAN, rules)
    grace = next(b for b in bars if b.kind is BarKind.GRACE)
    expired = next(b for b in bars if b.kind is BarKind.EXPIRED)
    assert grace.code != expired.code and grace.kind != expired.kind
    assert grace.severity == expired.severity == Severity.URGENT
    assert grace.deadline == date(2027, 2, 28)


def test_lost_card_is_one_urgent_bar_from_the_loss(rules: RuleSet) -> None:
    lost = facts(state=CardState.LOST)
    bars = member_bars(1, lost, TODAY, SPAN, rules, lost_on=date(2026, 11, 24))
    assert rows(bars, TimelineRow.CARD) == [
        (BarKind.CARD_AWAY, date(2026, 11, 24), SPAN.last, "card_away.lost")]
    assert rows(bars, TimelineRow.CERT) == []
    assert bars[0].severity is Severity.URGENT


def test_qualification_certificate_and_visits_on_the_papers_row(rules: RuleSet) -> None:
    f = facts(qc_until=date(2027, 7, 31), cert_expires_on=date(2030, 1, 1))
    visits = (TimelineVisit(date(2026, 12, 3), "山田内科"), TimelineVisit(date(2026, 10, 1)))
    bars = member_bars(1, f, TODAY, SPAN, rules, visits=visits)
    papers = rows(bars, TimelineRow.PAPERS)
    assert papers == [
        (BarKind.QUALIFICATION_CERTIFICATE, SPAN.first, date(2027, 7, 31),
         "qualification_certificate"),
        (BarKind.VISIT, date(2026, 10, 1), date(2026, 10, 1), "visit_past"),
        (BarKind.VISIT, date(2026, 12, 3), date(2026, 12, 3), "visit"),
    ]
    qc = next(b for b in bars if b.kind is BarKind.QUALIFICATION_CERTIFICATE)
    assert qc.open_start and not qc.open_end


@pytest.mark.parametrize(
    ("birth", "turns", "feb29"),
    [
        (date(1952, 2, 29), date(2027, 2, 28), True),  # 2027 has no 29 February
        (date(1952, 3, 1), date(2027, 3, 1), False),
        (date(1951, 12, 21), date(2026, 12, 21), False),  # 一郎, in 20 days
        (date(1950, 12, 21), None, False),  # turned 75 before the span: no mark
    ],
)
def test_75th_birthday_mark(rules: RuleSet, birth: date, turns: date | None, feb29: bool) -> None:
    bars = member_bars(1, MemberFacts(birth, None), TODAY, SPAN, rules)
    marks = [b for b in bars if b.kind is BarKind.TURNS_75]
    if turns is None:
        assert marks == []
        return
    (mark,) = marks
    assert (mark.start, mark.end, mark.is_mark) == (turns, turns, True)
    assert mark.params["feb29_adjusted"] is feb29
    assert mark.code == "turns_75" and mark.problem


def test_next_problem_is_the_first_thing_to_act_on(rules: RuleSet) -> None:
    taro = facts(cert_expires_on=date(2027, 1, 10))  # renewal open, expires in 40 days
    misaki = facts(cert_expires_on=date(2026, 11, 1))  # in grace until 28 February
    ichiro = MemberFacts(date(1951, 12, 21), None)  # turns 75 in 20 days
    family = [(1, taro), (2, misaki), (3, ichiro)]
    found = family_timeline(TODAY, SPAN, family, rules).next_problem
    assert found is not None and (found.member_id, found.kind) == (3, BarKind.TURNS_75)
    # Without 一郎: 太郎's renewal (40 days) comes before 美咲's grace end (89 days), and
    # his grace period ahead is not a problem of its own.
    found = family_timeline(TODAY, SPAN, family[:2], rules).next_problem
    assert found is not None and (found.member_id, found.kind) == (1, BarKind.RENEWAL)
    # A lost card is a problem today.
    lost = facts(state=CardState.LOST)
    found = family_timeline(TODAY, SPAN, [*family, (4, lost)], rules,
                            lost_on={4: date(2026, 11, 24)}).next_problem
    assert found is not None and (found.member_id, found.kind) == (4, BarKind.CARD_AWAY)
    # Nothing wrong: no problem.
    fine = facts(cert_expires_on=date(2031, 1, 1), expires_on=date(2032, 6, 15))
    assert family_timeline(TODAY, SPAN, [(5, fine)], rules).next_problem is None
