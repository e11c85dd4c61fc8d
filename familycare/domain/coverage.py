"""Which insurance covers a member on a date, the 75th-birthday switch, and the switch lag.

RULES.md section 5. After any insurer change the card may read as "no record" for a while;
the app treats the days from the change as a switch-lag window whose length is a rule-set
value (disputed, household-overridable): a window of N days starting on X covers X to
X+N-1 inclusive.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from familycare.domain import rules as r
from familycare.domain.dates import birthday_at_age
from familycare.domain.member_facts import CoverageKind, CoveragePeriod
from familycare.domain.rules import RuleSet


@dataclass(frozen=True, slots=True)
class DateRange:
    first: date
    last: date  # inclusive

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def covers(period: CoveragePeriod, day: date) -> bool:
    return (period.since is None or period.since <= day) and (
        period.until is None or day <= period.until
    )


def coverage_on(periods: tuple[CoveragePeriod, ...], day: date) -> CoveragePeriod | None:
    """The confirmed period covering ``day``; if records overlap, the one that began last."""
    found: CoveragePeriod | None = None
    for period in periods:
        if period.confirmed and covers(period, day):
            if found is None or (period.since or date.min) >= (found.since or date.min):
                found = period
    return found


def late_elderly_starts_on(birth: date, rules: RuleSet, on: date | None = None) -> date:
    """The 75th birthday: 後期高齢者医療 starts on the day itself, no application. The age
    is the rule in force on ``on`` (default: the birth date, i.e. the first entry)."""
    age: int = rules.value(r.LATE_ELDERLY_AGE, on or birth)  # type: ignore[assignment]
    return birthday_at_age(birth, age)


def proposed_late_elderly_period(
    birth: date, periods: tuple[CoveragePeriod, ...], rules: RuleSet
) -> CoveragePeriod | None:
    """The automatic switch as an unconfirmed period, unless a late-elderly period already
    covers the 75th birthday (the user confirms it and adds the insurer)."""
    start = late_elderly_starts_on(birth, rules)
    if late_elderly_on_record(periods, start):
        return None
    return CoveragePeriod(CoverageKind.LATE_ELDERLY, start, None, confirmed=False)


def late_elderly_on_record(periods: tuple[CoveragePeriod, ...], start: date) -> bool:
    """Whether a late-elderly period already covers ``start`` (the 75th birthday)."""
    for period in periods:
        if period.kind is CoverageKind.LATE_ELDERLY and covers(period, start):
            return True
    return False


def switch_lag_window(start: date, day: date, rules: RuleSet) -> DateRange:
    """The switch-lag window starting on ``start`` (length in force on ``day``)."""
    days: int = rules.value(r.SWITCH_LAG_DAYS, day)  # type: ignore[assignment]
    return DateRange(start, start + timedelta(days=days - 1))


def switch_lag_start(starts: Sequence[date], day: date, days: int) -> date | None:
    """The latest insurer change whose window of ``days`` covers ``day``, if any."""
    found: date | None = None
    for start in starts:
        if start <= day and (day - start).days < days and (found is None or start > found):
            found = start
    return found


def change_dates(periods: tuple[CoveragePeriod, ...], late_elderly_from: date) -> list[date]:
    """Every day a new insurance began: each period's start and the 75th birthday."""
    starts = [p.since for p in periods if p.since is not None]
    starts.append(late_elderly_from)
    return starts


def insurer_change_dates(
    birth: date, periods: tuple[CoveragePeriod, ...], rules: RuleSet
) -> tuple[date, ...]:
    return tuple(change_dates(periods, late_elderly_starts_on(birth, rules)))


def in_switch_lag(
    birth: date, periods: tuple[CoveragePeriod, ...], day: date, rules: RuleSet
) -> date | None:
    """The insurer change whose switch-lag window covers ``day``, or None."""
    days: int = rules.value(r.SWITCH_LAG_DAYS, day)  # type: ignore[assignment]
    return switch_lag_start(insurer_change_dates(birth, periods, rules), day, days)


def late_elderly_missing(
    periods: tuple[CoveragePeriod, ...], day: date, late_elderly_from: date
) -> bool:
    """On or after the 75th birthday while the insurance on record is not late-elderly
    (also when no insurance is on record)."""
    if day < late_elderly_from:
        return False
    current = coverage_on(periods, day) if periods else None
    return current is None or current.kind is not CoverageKind.LATE_ELDERLY


def due_late_elderly(
    birth: date, periods: tuple[CoveragePeriod, ...], day: date, rules: RuleSet
) -> bool:
    """75 or older on ``day`` while the insurance on record is not late-elderly."""
    return late_elderly_missing(periods, day, late_elderly_starts_on(birth, rules, day))
