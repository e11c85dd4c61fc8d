"""The to-do list, derived from the facts: every deadline a family can miss, with what to do.

Pure: ``derive_todos`` reads one member's facts, the rules and today's date and returns
items; nothing is stored but the done / snoozed state of an item, keyed by its ``key``.
A key names the fact behind the item (``renewal_opens:cert:member:12:2027-01-10``), so it
stays the same from one day to the next, and a new fact (a renewed certificate, a second
loss) gives a new key: a "done" mark never hides a problem that came back.

Each item has a due date (the deadline, or the suggested day for things to do now), a lead
date (from when it shows) and, for items a later one replaces, a last day to show
(``show_until``): the renewal-opens notice gives way to the expiry item on the day renewal
opens, the expiry item to the grace item the day after expiry. ``derive_todos`` also returns
items whose lead date is still ahead (the calendar export shows them); ``visible_on`` says
which ones the list shows today.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from familycare.domain import rules as r
from familycare.domain.card_timeline import (
    CardPhase,
    CardTimeline,
    ExpiringPart,
    card_expiries,
    timeline_from,
)
from familycare.domain.coverage import late_elderly_starts_on, proposed_late_elderly_period
from familycare.domain.dates import birthday_at_age
from familycare.domain.member import Member
from familycare.domain.member_facts import CardKind, CardState, MemberFacts
from familycare.domain.office_days import japanese_holiday, next_office_days
from familycare.domain.pins import pin_states
from familycare.domain.rules import RuleSet
from familycare.domain.todo_inputs import (
    DEFAULT_LEAD_TIMES,
    NO_EXTRAS,
    LeadTimes,
    LostCardProgress,
    Severity,
    TodoExtras,
)

_DAY = timedelta(days=1)
OFFICE_DAYS_SUGGESTED = 3
# The parameter of an item that sends someone to the municipal office: the first day going
# makes sense. The office days themselves are worked out when the item is shown
# (``todo_office``), so deriving the family's to-do never needs the holiday calendar.
OFFICE_FROM = "office_from"


class TodoKind(StrEnum):
    RENEWAL_OPENS = "renewal_opens"
    CARD_EXPIRY = "card_expiry"
    CERT_EXPIRY = "cert_expiry"
    GRACE_ENDS = "grace_ends"
    PIN_LOCKED = "pin_locked"
    PIN_LAST_ATTEMPT = "pin_last_attempt"
    TURNS_75 = "turns_75"
    SPOUSE_JOINS_NATIONAL = "spouse_joins_national"
    QUALIFICATION_CERTIFICATE_EXPIRY = "qualification_certificate_expiry"
    REGISTRATION_NOT_CONFIRMED = "registration_not_confirmed"
    TURNS_15 = "turns_15"
    TURNS_18 = "turns_18"
    LOST_CARD_STEP = "lost_card_step"
    NOTICE_MISSING = "notice_missing"
    SWITCH_LAG = "switch_lag"
    VISIT_SOON = "visit_soon"
    REPRINT_PLAN = "reprint_plan"


class TodoAction(StrEnum):
    """What the family should do; the catalog words each one."""

    PREPARE_CARD_RENEWAL = "prepare_card_renewal"
    PREPARE_CERT_RENEWAL = "prepare_cert_renewal"
    APPLY_FOR_NEW_CARD = "apply_for_new_card"
    RENEW_CERT_AT_OFFICE = "renew_cert_at_office"
    RENEW_BEFORE_GRACE_ENDS = "renew_before_grace_ends"
    RENEW_AND_REGISTER_AGAIN = "renew_and_register_again"
    RESET_PIN_AT_OFFICE = "reset_pin_at_office"
    DO_NOT_TRY_PIN = "do_not_try_pin"
    CONFIRM_LATE_ELDERLY = "confirm_late_elderly"
    SPOUSE_JOIN_NATIONAL = "spouse_join_national"
    CHECK_NEW_QUALIFICATION_CERTIFICATE = "check_new_qualification_certificate"
    REGISTER_AT_CARD_READER = "register_at_card_reader"
    CHECK_REGISTRATION = "check_registration"
    PREPARE_TURNING_15 = "prepare_turning_15"
    NOTE_TEN_YEAR_CARD = "note_ten_year_card"
    SUSPEND_CARD = "suspend_card"
    REPORT_TO_POLICE = "report_to_police"
    REPORT_LOSS_AT_OFFICE = "report_loss_at_office"
    APPLY_FOR_REISSUE = "apply_for_reissue"
    REQUEST_QUALIFICATION_CERTIFICATE = "request_qualification_certificate"
    ASK_FOR_NOTICE = "ask_for_notice"
    SAY_INSURER_CHANGED = "say_insurer_changed"
    CHECK_VISIT_PLAN = "check_visit_plan"
    REPRINT_VISIT_PLAN = "reprint_visit_plan"


class LostStep(StrEnum):
    SUSPEND = "suspend"
    POLICE = "police"
    LOSS_REPORT = "loss_report"
    REISSUE = "reissue"
    QUALIFICATION_CERTIFICATE = "qualification_certificate"


_STEP_ORDER = tuple(LostStep)

Params = Mapping[str, object]


@dataclass(frozen=True, slots=True)
class TodoItem:
    key: str
    member_id: int
    kind: TodoKind
    action: TodoAction
    due: date
    lead: date
    severity: Severity
    params: Params = field(default_factory=dict)  # dates stay ``date``; the UI formats them
    show_until: date | None = None  # None: until done or until the facts change
    floating: bool = False  # "do it now" with no real deadline: not exported to calendars
    rank: int = 0  # order among items due the same day (the lost-card steps in sequence)

    def visible_on(self, today: date) -> bool:
        return self.lead <= today and (self.show_until is None or today <= self.show_until)

    def overdue_on(self, today: date) -> bool:
        return not self.floating and self.due < today

    def sort_key(self) -> tuple[date, int, int, int, str]:
        return (self.due, -self.severity, self.member_id, self.rank, self.key)


HolidayCheck = Callable[[date], bool]


def derive_todos(
    member: Member,
    facts: MemberFacts,
    today: date,
    rules: RuleSet,
    extras: TodoExtras = NO_EXTRAS,
    lead_times: LeadTimes = DEFAULT_LEAD_TIMES,
    is_holiday: HolidayCheck = japanese_holiday,
) -> list[TodoItem]:
    """Every to-do item of ``member`` on ``today`` (visible or still ahead), by date."""
    return TodoDeriver(today, rules, lead_times, is_holiday).derive(member, facts, extras)


class TodoDeriver:
    """``derive_todos`` for many members on one day: today's rule values and the lead times
    are looked up once for the whole family, not once per member."""

    __slots__ = ("today", "rules", "is_holiday", "now", "lead", "_horizon", "_office_days")

    def __init__(
        self,
        today: date,
        rules: RuleSet,
        lead_times: LeadTimes = DEFAULT_LEAD_TIMES,
        is_holiday: HolidayCheck = japanese_holiday,
    ) -> None:
        self.today = today
        self.rules = rules
        self.is_holiday = is_holiday
        self.now = rules.values_on(today)
        self.lead = lead_times.timedeltas()
        self._horizon = today + self.lead["horizon"]
        # Locked PINs and lost cards of many members suggest the same office days.
        self._office_days: dict[date, tuple[date, ...]] = {}

    def derive(
        self, member: Member, facts: MemberFacts, extras: TodoExtras = NO_EXTRAS
    ) -> list[TodoItem]:
        """Every to-do item of ``member`` (visible or still ahead), by date."""
        today, rules = self.today, self.rules
        out = _Collector(member.id, today, self.now, self.lead, self.office_days)
        card = facts.card
        lost = extras.lost_card
        if card is not None and card.state is CardState.IN_HAND:
            _card_items(out, facts, rules, self._horizon)
        if lost is not None and lost.open:
            _lost_card_items(out, lost)
        elif card is not None and card.state is CardState.LOST:
            _lost_card_items(out, LostCardProgress(lost_on=None))
        _coverage_items(out, facts, rules, extras)
        # The checks below are the common "nothing to do" answers, made before the calls.
        if facts.documents.qualification_certificate_until is not None:
            _document_items(out, facts)
        if today.year - facts.birth_date.year <= _YOUNGEST_ADULT_GAP:
            _birthday_items(out, facts)
        if extras.visits:
            _visit_items(out, extras)
        items = out.items
        if len(items) > 1:
            items.sort(key=TodoItem.sort_key)
        return items

    def office_days(self, start: date) -> tuple[date, ...]:
        """The suggested office days from ``start`` on (worked out once per start day)."""
        found = self._office_days.get(start)
        if found is None:
            found = self._office_days[start] = tuple(
                next_office_days(start, OFFICE_DAYS_SUGGESTED, self.is_holiday)
            )
        return found


class _Collector:
    """One member's items being gathered, with what every step reads: today's rule values
    (one mapping for the whole family) and the lead times as timedeltas."""

    __slots__ = ("member_id", "today", "items", "now", "lead", "office_days")

    def __init__(
        self,
        member_id: int,
        today: date,
        now: Mapping[str, object],
        lead: Mapping[str, timedelta],
        office_days: Callable[[date], tuple[date, ...]],
    ) -> None:
        self.member_id = member_id
        self.today = today
        self.items: list[TodoItem] = []
        self.now = now
        self.lead = lead
        self.office_days = office_days

    def add(
        self,
        kind: TodoKind,
        key_tail: str,
        action: TodoAction,
        due: date,
        lead: date,
        severity: Severity,
        params: Params | None = None,
        show_until: date | None = None,
        floating: bool = False,
        key_head: str | None = None,
        rank: int = 0,
    ) -> None:
        today = self.today
        if show_until is not None and show_until < today:
            return  # a later item took over; nothing to show or export
        if not floating and due < today and severity < Severity.URGENT:
            severity = Severity.URGENT  # a missed deadline is never just "for information"
        key = f"{key_head or kind}:member:{self.member_id}:{key_tail}"
        self.items.append(
            TodoItem(key, self.member_id, kind, action, due, lead, severity,
                     params or {}, show_until, floating, rank)
        )


def _card_items(
    out: _Collector, facts: MemberFacts, rules: RuleSet, horizon: date
) -> None:
    card = facts.card
    assert card is not None
    # Most cards expire years from now: their items would not show (nor be in a calendar
    # export) within the horizon, so the renewal and grace dates are not worked out.
    expiries = card_expiries(facts.birth_date, card, rules)
    if expiries[3] - _FAR_EXPIRY <= horizon:
        _expiry_items(out, timeline_from(expiries, out.today, rules))
    _registration_and_pin_items(out, facts, rules)


# Renewal opens about 3 months and shows 1 more month before expiry; a margin on top.
_FAR_EXPIRY = timedelta(days=150)


def _expiry_items(out: _Collector, line: CardTimeline) -> None:
    today = out.today
    expires, opens, grace = line.expires_on, line.renewal_opens_on, line.grace_until
    is_card = line.part is ExpiringPart.CARD
    part = line.part.value
    params = {"part": part, "expires_on": expires, "opens_on": opens, "grace_until": grace,
              "computed": line.computed}
    tail = f"{part}:{expires.isoformat()}"
    # A certificate is renewed at the office (from the day renewal opens); a new card is
    # applied for online or by post, so only the certificate's items suggest office days.
    at_office = params if is_card else {**params, OFFICE_FROM: opens}
    out.add(
        TodoKind.RENEWAL_OPENS, tail,
        TodoAction.PREPARE_CARD_RENEWAL if is_card else TodoAction.PREPARE_CERT_RENEWAL,
        opens, opens - out.lead["renewal_opens"], Severity.INFO, at_office,
        show_until=opens - _DAY,
    )
    out.add(
        TodoKind.CARD_EXPIRY if is_card else TodoKind.CERT_EXPIRY, expires.isoformat(),
        TodoAction.APPLY_FOR_NEW_CARD if is_card else TodoAction.RENEW_CERT_AT_OFFICE,
        expires, opens, Severity.ATTENTION, at_office, show_until=expires,
    )
    phase = line.phase(today)
    # Past the expiry both are renewed at the office (the catalog's words say so).
    out.add(
        TodoKind.GRACE_ENDS, tail,
        TodoAction.RENEW_AND_REGISTER_AGAIN if phase is CardPhase.EXPIRED
        else TodoAction.RENEW_BEFORE_GRACE_ENDS,
        grace, expires + _DAY, Severity.URGENT, {**params, OFFICE_FROM: expires + _DAY},
    )


def _registration_and_pin_items(out: _Collector, facts: MemberFacts, rules: RuleSet) -> None:
    card = facts.card
    assert card is not None
    today = out.today
    if not card.insurance_registered:
        face = card.kind is CardKind.FACE_AUTH
        out.add(
            TodoKind.REGISTRATION_NOT_CONFIRMED, card.kind.value,
            TodoAction.REGISTER_AT_CARD_READER if face else TodoAction.CHECK_REGISTRATION,
            today, today, Severity.ATTENTION, {"card_kind": card.kind.value}, floating=True,
        )
    pins = facts.pins
    if not pins or max(pins.values()) < _least_risky_failures(out):
        return  # nothing near a lock: skip the per-PIN work (the common case)
    for state in pin_states(facts.birth_date, card, facts.pins, today, rules):
        pin_params = {"pin": state.kind.value, "failures": state.failures,
                      "limit": state.limit, "remaining": state.remaining}
        if state.locked:
            days = out.office_days(today)
            out.add(
                TodoKind.PIN_LOCKED, state.kind.value, TodoAction.RESET_PIN_AT_OFFICE,
                days[0], today, Severity.URGENT, {**pin_params, "office_days": tuple(days)},
            )
        elif state.last_attempt:
            out.add(
                TodoKind.PIN_LAST_ATTEMPT, state.kind.value, TodoAction.DO_NOT_TRY_PIN,
                today, today, Severity.ATTENTION, pin_params, floating=True,
            )


def _least_risky_failures(out: _Collector) -> int:
    """The fewest failures that put any PIN one attempt from its lock."""
    four: int = out.now[r.PIN_LOCK_FOUR_DIGIT]  # type: ignore[assignment]
    signing: int = out.now[r.PIN_LOCK_SIGNING]  # type: ignore[assignment]
    return min(four, signing) - 1


def _lost_card_items(out: _Collector, lost: LostCardProgress) -> None:
    today = out.today
    lost_on = lost.lost_on or today
    tail = lost.lost_on.isoformat() if lost.lost_on else "undated"
    urgent = Severity.URGENT

    def step(name: LostStep, action: TodoAction, due: date, params: Params) -> None:
        out.add(TodoKind.LOST_CARD_STEP, f"{tail}:{name.value}", action, due, lost_on, urgent,
                {"step": name.value, "lost_on": lost_on, **params}, key_head="lost_card",
                rank=_STEP_ORDER.index(name))

    if lost.suspended_on is None:
        step(LostStep.SUSPEND, TodoAction.SUSPEND_CARD, lost_on, {
            "free_dial": out.now[r.LOST_PHONE_FREE_DIAL],
            "call_center": out.now[r.LOST_PHONE_CALL_CENTER],
        })
    if lost.lost_outside_home and lost.police_reported_on is None:
        step(LostStep.POLICE, TodoAction.REPORT_TO_POLICE, lost_on, {})
    if lost.loss_reported_on is None:
        days = out.office_days(max(lost_on, today))
        step(LostStep.LOSS_REPORT, TodoAction.REPORT_LOSS_AT_OFFICE, days[0],
             {"office_days": tuple(days)})
    if lost.reissue_applied_on is None:
        within: int = out.now[r.LOST_EXPRESS_WITHIN_DAYS]  # type: ignore[assignment]
        step(LostStep.REISSUE, TodoAction.APPLY_FOR_REISSUE,
             lost_on + timedelta(days=within - 1), {
                 "fee": out.now[r.LOST_REISSUE_FEE],
                 "express_fee": out.now[r.LOST_EXPRESS_FEE],
                 "express_days": out.now[r.LOST_EXPRESS_DAYS],
                 OFFICE_FROM: lost_on,  # a reissue is applied for at the office window
             })
    if lost.qualification_certificate_requested_on is None:
        step(LostStep.QUALIFICATION_CERTIFICATE, TodoAction.REQUEST_QUALIFICATION_CERTIFICATE,
             lost_on, {})


def _coverage_items(
    out: _Collector, facts: MemberFacts, rules: RuleSet, extras: TodoExtras
) -> None:
    today = out.today
    birth = facts.birth_date
    periods = facts.coverage
    changes = {p.since for p in periods if p.since is not None}
    # Most members are far from 75: skip the birthday arithmetic unless it is within reach.
    elderly_age: int = out.now[r.LATE_ELDERLY_AGE]  # type: ignore[assignment]
    if birth.year + elderly_age <= today.year + 1:
        proposed = proposed_late_elderly_period(birth, periods, rules)
        if proposed is not None and proposed.since is not None:
            _turning_75_items(out, proposed.since, extras, not periods)
        changes.add(late_elderly_starts_on(birth, rules))
    lag_days: int = out.now[r.SWITCH_LAG_DAYS]  # type: ignore[assignment]
    ahead = out.lead["switch_lag"]
    for start in sorted(changes):
        last = start + timedelta(days=lag_days - 1)
        if last < today or start - ahead > today:
            continue
        out.add(TodoKind.SWITCH_LAG, start.isoformat(), TodoAction.SAY_INSURER_CHANGED,
                last, start - ahead, Severity.ATTENTION, {"since": start, "until": last},
                show_until=last)
    card = facts.card
    if card is None or not card.insurance_registered or facts.documents.qualification_notice:
        return
    # The 資格情報のお知らせ goes to card-registered people when their insurance changes.
    window = out.lead["notice_window"]
    for period in periods:
        since = period.since
        if period.confirmed and since is not None and since <= today <= since + window:
            out.add(TodoKind.NOTICE_MISSING, since.isoformat(), TodoAction.ASK_FOR_NOTICE,
                    since + timedelta(days=13), since, Severity.ATTENTION,
                    {"since": since, "coverage": period.kind.value},
                    show_until=since + window)


def _turning_75_items(
    out: _Collector, turns: date, extras: TodoExtras, no_coverage_on_record: bool
) -> None:
    today = out.today
    if turns - out.lead["horizon"] > today:
        return
    if no_coverage_on_record and today > turns + out.lead["after_event"]:
        # Long past 75 with no insurance entered at all: the records are simply not filled
        # in yet (the member is in late-elderly care by law); do not call it years late.
        return
    lead = turns - out.lead["turns_75"]
    out.add(TodoKind.TURNS_75, turns.isoformat(), TodoAction.CONFIRM_LATE_ELDERLY,
            turns, lead, Severity.ATTENTION, {"birthday": turns})
    dependents = extras.dependents_under_75
    if (dependents is None or dependents) and today <= turns + out.lead["after_event"]:
        # 国保 or another scheme must be joined within 14 days of losing coverage.
        out.add(TodoKind.SPOUSE_JOINS_NATIONAL, turns.isoformat(),
                TodoAction.SPOUSE_JOIN_NATIONAL, turns + timedelta(days=13), lead,
                Severity.ATTENTION,
                {"birthday": turns, "dependents": tuple(dependents or ()),
                 "known": dependents is not None,
                 OFFICE_FROM: turns})  # 国保 is joined at the municipal office


def _document_items(out: _Collector, facts: MemberFacts) -> None:
    until = facts.documents.qualification_certificate_until
    if until is None or out.today > until + out.lead["notice_window"]:
        return
    out.add(TodoKind.QUALIFICATION_CERTIFICATE_EXPIRY, until.isoformat(),
            TodoAction.CHECK_NEW_QUALIFICATION_CERTIFICATE, until,
            until - out.lead["qualification_certificate"], Severity.ATTENTION,
            {"valid_until": until})


# Adults: nothing ahead at 15 or 18 (birthday items are not even looked for).
_YOUNGEST_ADULT_GAP = 20


def _birthday_items(out: _Collector, facts: MemberFacts) -> None:
    today = out.today
    birth = facts.birth_date
    if today.year - birth.year > _YOUNGEST_ADULT_GAP:
        return
    horizon, after = out.lead["horizon"], out.lead["after_event"]
    signing_age: int = out.now[r.SIGNING_CERT_MIN_AGE]  # type: ignore[assignment]
    adult_line: int = out.now[r.CARD_ADULT_AGE_LINE]  # type: ignore[assignment]
    for age, kind, action, lead_name in (
        (signing_age, TodoKind.TURNS_15, TodoAction.PREPARE_TURNING_15, "turns_15"),
        (adult_line, TodoKind.TURNS_18, TodoAction.NOTE_TEN_YEAR_CARD, "turns_18"),
    ):
        day = birthday_at_age(birth, age)
        if day - horizon <= today <= day + after:
            out.add(kind, day.isoformat(), action, day, day - out.lead[lead_name],
                    Severity.INFO, {"birthday": day, "age": age},
                    show_until=day + after)


def _visit_items(out: _Collector, extras: TodoExtras) -> None:
    today = out.today
    for visit in extras.visits:
        if visit.on < today:
            continue
        params = {"visit_on": visit.on, "facility": visit.facility_name, "route": visit.route}
        out.add(TodoKind.VISIT_SOON, visit.on.isoformat(), TodoAction.CHECK_VISIT_PLAN,
                visit.on, visit.on - out.lead["visit"], Severity.ATTENTION, params,
                show_until=visit.on, key_head=f"visit:{visit.visit_id}")
        if visit.needs_reprint:
            out.add(TodoKind.REPRINT_PLAN, visit.plan_fingerprint[:12] or visit.on.isoformat(),
                    TodoAction.REPRINT_VISIT_PLAN, visit.on,
                    min(today, visit.on - out.lead["reprint"]), Severity.ATTENTION, params,
                    show_until=visit.on, key_head=f"reprint:{visit.visit_id}")
