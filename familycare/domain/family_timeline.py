"""The family timeline (家族のタイムライン): what each member's cards and papers look like over
a span of months, as bars and marks a picture can be painted from.

Pure: codes, dates and member ids; the catalog ``catalog_timeline`` words each bar. One lane
per member with three rows: the card itself, its user certificate (電子証明書), and the other
papers and events (資格確認書, the 75th birthday, planned visits). Dates come from the same
functions as the to-do list and the dashboard (``card_timeline``, ``card_validity``,
``documents``, ``coverage``), so the picture never tells another story than the words.

A bar runs from ``start`` to ``end`` inclusive; a mark has ``start == end``. Bars that began
before the span or end after it are clipped to it, with ``open_start`` / ``open_end`` saying
so (the painter draws a ragged edge: the bar goes on).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import IntEnum, StrEnum

from familycare.domain.card_timeline import CardPhase, CardTimeline, ExpiringPart, card_timeline
from familycare.domain.coverage import late_elderly_starts_on
from familycare.domain.dates import add_months, is_feb29_adjusted, month_end
from familycare.domain.member_facts import CardState, MemberFacts
from familycare.domain.rules import RuleSet
from familycare.domain.todo_inputs import Severity

_DAY = timedelta(days=1)
MONTHS_BEFORE = 3
MONTHS_AFTER = 15


class TimelineRow(IntEnum):
    """The rows of a member's lane, top to bottom."""

    CARD = 0
    CERT = 1
    PAPERS = 2  # 資格確認書, the 75th birthday, visits


class BarKind(StrEnum):
    VALID = "valid"  # works; nothing to do yet
    RENEWAL = "renewal"  # renewal window open before the expiry
    GRACE = "grace"  # expired, still works as an insurance card (eligibility check only)
    EXPIRED = "expired"  # past the grace period: no longer an insurance card
    CARD_AWAY = "card_away"  # lost, suspended or being reissued
    QUALIFICATION_CERTIFICATE = "qualification_certificate"  # 資格確認書 valid
    TURNS_75 = "turns_75"  # a mark: late-elderly care starts
    VISIT = "visit"  # a mark: a planned visit


MARKS = frozenset({BarKind.TURNS_75, BarKind.VISIT})


@dataclass(frozen=True, slots=True)
class Span:
    """The days the timeline shows, ``first`` to ``last`` inclusive."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("the span ends before it starts")

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def months(self) -> list[date]:
        """The first day of every month the span touches."""
        found = []
        month = date(self.first.year, self.first.month, 1)
        while month <= self.last:
            found.append(month)
            month = add_months(month, 1)
        return found


def default_span(today: date) -> Span:
    """From the start of the month three months ago to the end of the month 15 months on:
    what just happened and what the coming year and a bit hold."""
    start = add_months(date(today.year, today.month, 1), -MONTHS_BEFORE)
    end = add_months(date(today.year, today.month, 1), MONTHS_AFTER)
    return Span(start, month_end(end.year, end.month))


@dataclass(frozen=True, slots=True)
class TimelineVisit:
    """A planned visit as the timeline needs it."""

    on: date
    facility: str = ""


@dataclass(frozen=True, slots=True)
class TimelineBar:
    member_id: int
    row: TimelineRow
    kind: BarKind
    start: date
    end: date
    severity: Severity
    code: str  # the explanation's catalog key (``catalog_timeline.EXPLANATIONS``)
    params: Mapping[str, object] = field(default_factory=dict)  # dates stay ``date``
    deadline: date | None = None  # the day to act by, for problems
    open_start: bool = False  # began before the span
    open_end: bool = False  # goes on after the span

    @property
    def is_mark(self) -> bool:
        return self.kind in MARKS

    @property
    def problem(self) -> bool:
        return self.severity >= Severity.ATTENTION

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True, slots=True)
class FamilyTimeline:
    today: date
    span: Span
    lanes: tuple[tuple[int, tuple[TimelineBar, ...]], ...]  # (member id, bars by row, start)
    next_problem: TimelineBar | None


class _Lane:
    """One member's bars being gathered, clipped to the span."""

    __slots__ = ("member_id", "span", "today", "bars")

    def __init__(self, member_id: int, span: Span, today: date) -> None:
        self.member_id = member_id
        self.span = span
        self.today = today
        self.bars: list[TimelineBar] = []

    def add(
        self,
        row: TimelineRow,
        kind: BarKind,
        start: date | None,
        end: date | None,
        severity: Severity,
        code: str,
        params: Mapping[str, object],
        deadline: date | None = None,
    ) -> None:
        """``start`` / ``end`` None: before / after anything the span shows."""
        first, last = self.span.first, self.span.last
        begin = first if start is None or start < first else start
        finish = last if end is None or end > last else end
        if finish < begin:
            return  # wholly outside the span
        self.bars.append(TimelineBar(
            self.member_id, row, kind, begin, finish, severity, code, params, deadline,
            open_start=start is None or start < first, open_end=end is None or end > last,
        ))


def member_bars(
    member_id: int,
    facts: MemberFacts,
    today: date,
    span: Span,
    rules: RuleSet,
    lost_on: date | None = None,
    visits: Sequence[TimelineVisit] = (),
) -> tuple[TimelineBar, ...]:
    """Every bar and mark of one member's lane within ``span``, by row and start."""
    lane = _Lane(member_id, span, today)
    card = facts.card
    if card is not None and card.state is not CardState.IN_HAND:
        since = lost_on
        lane.add(TimelineRow.CARD, BarKind.CARD_AWAY, since, None, Severity.URGENT,
                 f"card_away.{card.state.value}", {"since": since} if since else {},
                 deadline=since or today)
    elif card is not None:
        _card_rows(lane, card_timeline(facts.birth_date, card, today, rules), card.issued_on,
                   card.certificate_issue_date)
    _papers_row(lane, facts, rules, visits)
    lane.bars.sort(key=_bar_order)
    return tuple(lane.bars)


def _card_rows(lane: _Lane, line: CardTimeline, issued_on: date, cert_issued_on: date) -> None:
    today = lane.today
    phase = line.phase(today)
    first = line.part
    expires, opens, grace = line.expires_on, line.renewal_opens_on, line.grace_until
    common = {"expires_on": expires, "opens_on": opens, "grace_until": grace,
              "computed": line.computed}
    for row, part, valid_until, issued in (
        (TimelineRow.CARD, ExpiringPart.CARD, line.card_expiry.value, issued_on),
        (TimelineRow.CERT, ExpiringPart.CERT, line.cert_expiry.value, cert_issued_on),
    ):
        params = {**common, "part": part.value, "valid_until": valid_until,
                  "feb29_adjusted": (line.card_expiry if part is ExpiringPart.CARD
                                     else line.cert_expiry).feb29_adjusted}
        if part is not first:
            # The part that does not expire first just runs to its own date: renewing the
            # other one comes first (and renews it too when it is the card).
            lane.add(row, BarKind.VALID, issued, valid_until, Severity.OK,
                     f"valid.{part.value}", params)
            continue
        lane.add(row, BarKind.VALID, issued, opens - _DAY, Severity.OK, f"valid.{part.value}",
                 params)
        lane.add(row, BarKind.RENEWAL, opens, expires, Severity.ATTENTION,
                 f"renewal_{'open' if phase is CardPhase.RENEWAL_OPEN else 'ahead'}.{part.value}"
                 if phase in (CardPhase.FINE, CardPhase.RENEWAL_OPEN)
                 else f"renewal_past.{part.value}", params, deadline=expires)
        lane.add(row, BarKind.GRACE, expires + _DAY, grace, Severity.URGENT,
                 f"grace_{'now' if phase is CardPhase.GRACE else 'ahead'}.{part.value}"
                 if phase is not CardPhase.EXPIRED else f"grace_past.{part.value}",
                 params, deadline=grace)
        lane.add(row, BarKind.EXPIRED, grace + _DAY, None, Severity.URGENT,
                 f"expired_{'now' if phase is CardPhase.EXPIRED else 'ahead'}.{part.value}",
                 params, deadline=grace + _DAY)


def _papers_row(
    lane: _Lane, facts: MemberFacts, rules: RuleSet, visits: Sequence[TimelineVisit]
) -> None:
    today = lane.today
    row = TimelineRow.PAPERS
    until = facts.documents.qualification_certificate_until
    if until is not None:
        # When it was issued is not recorded: the bar starts before the span.
        lane.add(row, BarKind.QUALIFICATION_CERTIFICATE, None, until,
                 Severity.ATTENTION if until >= today else Severity.OK,
                 "qualification_certificate" if until >= today
                 else "qualification_certificate_ended",
                 {"valid_until": until}, deadline=until)
    birthday = late_elderly_starts_on(facts.birth_date, rules)
    ahead = birthday >= today
    lane.add(row, BarKind.TURNS_75, birthday, birthday,
             Severity.ATTENTION if ahead else Severity.OK, "turns_75" if ahead else "turned_75",
             {"birthday": birthday,
              "feb29_adjusted": is_feb29_adjusted(facts.birth_date, birthday)},
             deadline=birthday if ahead else None)
    first, last, member_id, bars = lane.span.first, lane.span.last, lane.member_id, lane.bars
    for visit in visits:
        # Built directly: a busy family has thousands of visits (a mark needs no clipping).
        on = visit.on
        if first <= on <= last:
            upcoming = on >= today
            bars.append(TimelineBar(
                member_id, row, BarKind.VISIT, on, on,
                Severity.INFO if upcoming else Severity.OK,
                "visit" if upcoming else "visit_past",
                {"visit_on": on, "facility": visit.facility}))


def _bar_order(bar: TimelineBar) -> tuple[int, date, int]:
    return (bar.row, bar.start, bar.is_mark)


def next_problem(bars: Iterable[TimelineBar], today: date) -> TimelineBar | None:
    """The problem to look at first: of the problems not over yet, the one whose day to act
    by comes first (today for what is already late), the worse one on a tie."""
    best: TimelineBar | None = None
    best_key: tuple[date, int, int, date] | None = None
    for bar in bars:
        if not bar.problem or bar.end < today or bar.deadline is None or _later_stage(bar, today):
            continue
        key = (max(bar.deadline, today), -bar.severity, bar.member_id, bar.start)
        if best_key is None or key < best_key:
            best, best_key = bar, key
    return best


def family_timeline(
    today: date,
    span: Span,
    members: Sequence[tuple[int, MemberFacts]],
    rules: RuleSet,
    lost_on: Mapping[int, date] | None = None,
    visits: Mapping[int, Sequence[TimelineVisit]] | None = None,
) -> FamilyTimeline:
    """Every member's lane (in the order given) and the family's next problem."""
    lost_on = lost_on or {}
    visits = visits or {}
    lanes = tuple(
        (member_id, member_bars(member_id, facts, today, span, rules,
                                lost_on.get(member_id), visits.get(member_id, ())))
        for member_id, facts in members
    )
    every = (bar for _, bars in lanes for bar in bars)
    return FamilyTimeline(today, span, lanes, next_problem(every, today))


def _later_stage(bar: TimelineBar, today: date) -> bool:
    """A grace or expired stretch still ahead: the same problem as the renewal before it,
    seen later; the renewal (or the grace period one is in) is what to act on."""
    return bar.kind in (BarKind.GRACE, BarKind.EXPIRED) and bar.start > today
