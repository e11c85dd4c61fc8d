"""Coverage on a date, the proposed 75th-birthday switch and the switch-lag window."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.coverage import (
    coverage_on,
    due_late_elderly,
    in_switch_lag,
    proposed_late_elderly_period,
    switch_lag_window,
)
from familycare.domain.member_facts import CoverageKind, CoveragePeriod
from familycare.domain.rules import RuleSet

BIRTH = date(1951, 11, 18)  # 75 on 2026-11-18
HISTORY = (
    CoveragePeriod(CoverageKind.EMPLOYEE, date(1975, 4, 1), date(2016, 3, 31)),
    CoveragePeriod(CoverageKind.NATIONAL, date(2016, 4, 1), None),
)


@pytest.mark.parametrize(
    ("day", "kind"),
    [
        (date(2016, 3, 31), CoverageKind.EMPLOYEE),
        (date(2016, 4, 1), CoverageKind.NATIONAL),
        (date(1975, 3, 31), None),
    ],
)
def test_coverage_on_a_date(day: date, kind: CoverageKind | None) -> None:
    found = coverage_on(HISTORY, day)
    assert (found.kind if found else None) == kind


def test_late_elderly_switch_is_proposed_on_the_75th_birthday(rules: RuleSet) -> None:
    proposed = proposed_late_elderly_period(BIRTH, HISTORY, rules)
    assert proposed is not None
    assert (proposed.kind, proposed.since, proposed.confirmed) == (
        CoverageKind.LATE_ELDERLY,
        date(2026, 11, 18),
        False,
    )
    confirmed = (*HISTORY, CoveragePeriod(CoverageKind.LATE_ELDERLY, date(2026, 11, 18)))
    assert proposed_late_elderly_period(BIRTH, confirmed, rules) is None


def test_proposed_period_does_not_count_as_coverage(rules: RuleSet) -> None:
    proposed = proposed_late_elderly_period(BIRTH, HISTORY, rules)
    assert proposed is not None
    assert coverage_on((*HISTORY, proposed), date(2026, 12, 1)).kind is CoverageKind.NATIONAL


def test_switch_lag_window_covers_x_to_x_plus_13(rules: RuleSet) -> None:
    window = switch_lag_window(date(2026, 11, 20), date(2026, 11, 25), rules)
    assert (window.first, window.last) == (date(2026, 11, 20), date(2026, 12, 3))
    assert date(2026, 12, 3) in window and date(2026, 12, 4) not in window


@pytest.mark.parametrize(
    ("day", "start"),
    [
        (date(2016, 3, 31), None),
        (date(2016, 4, 1), date(2016, 4, 1)),
        (date(2016, 4, 14), date(2016, 4, 1)),
        (date(2016, 4, 15), None),
        (date(2026, 11, 18), date(2026, 11, 18)),  # the 75th birthday opens a window
        (date(2026, 12, 1), date(2026, 11, 18)),
        (date(2026, 12, 2), None),
    ],
)
def test_in_switch_lag(day: date, start: date | None, rules: RuleSet) -> None:
    assert in_switch_lag(BIRTH, HISTORY, day, rules) == start


def test_switch_lag_override_lengthens_the_window(rules: RuleSet) -> None:
    household = rules.with_overrides(switch_lag_days=21)
    assert in_switch_lag(BIRTH, HISTORY, date(2016, 4, 21), household) == date(2016, 4, 1)
    assert in_switch_lag(BIRTH, HISTORY, date(2016, 4, 22), household) is None


@pytest.mark.parametrize(
    ("periods", "day", "due"),
    [
        (HISTORY, date(2026, 11, 17), False),
        (HISTORY, date(2026, 11, 18), True),
        ((), date(2026, 11, 18), True),  # no coverage on record
        (
            (*HISTORY[:1], CoveragePeriod(CoverageKind.LATE_ELDERLY, date(2026, 11, 18))),
            date(2026, 11, 18),
            False,
        ),
    ],
)
def test_due_late_elderly(periods, day: date, due: bool, rules: RuleSet) -> None:
    assert due_late_elderly(BIRTH, periods, day, rules) is due
