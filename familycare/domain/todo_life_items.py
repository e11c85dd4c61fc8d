"""To-do items about the rest of a member's life: insurer changes and the switch lag,
turning 75 (and the dependents who must join another scheme), the 資格確認書's end,
turning 15 and 18, and upcoming visits (RULES.md sections 2, 5 and 6)."""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain import rules as r
from familycare.domain.coverage import late_elderly_on_record, late_elderly_starts_on
from familycare.domain.dates import birthday_at_age
from familycare.domain.member_facts import MemberFacts
from familycare.domain.rules import RuleSet
from familycare.domain.todo_inputs import Severity, TodoExtras
from familycare.domain.todo_item import OFFICE_FROM, ItemCollector, Params, TodoAction, TodoKind


def coverage_items(
    out: ItemCollector, facts: MemberFacts, rules: RuleSet, extras: TodoExtras
) -> None:
    today, day = out.today, out.day
    birth = facts.birth_date
    periods = facts.coverage
    # An insurer change gives an item from ``ahead`` before it to the last day of its switch
    # lag: only changes from ``first`` to ``last`` can give one today (most members: none).
    first, last = day.lag_first, day.lag_last
    changes: set[date] | None = None
    for period in periods:
        since = period.since
        if since is not None and first <= since <= last:
            if changes is None:
                changes = {since}
            else:
                changes.add(since)
    # Most members are far from 75: skip the birthday arithmetic unless it is within reach.
    if birth.year + day.elderly_age <= today.year + 1:
        # proposed_late_elderly_period, without building the proposed period.
        turns = late_elderly_starts_on(birth, rules)
        if not late_elderly_on_record(periods, turns):
            _turning_75_items(out, turns, extras, not periods)
        if first <= turns <= last:
            if changes is None:
                changes = {turns}
            else:
                changes.add(turns)
    if changes:
        ahead = out.lead["switch_lag"]
        for start in sorted(changes):
            until = start + day.lag
            out.add(_SWITCH_LAG, start.isoformat(), _SAY_INSURER_CHANGED,
                    until, start - ahead, _ATTENTION, {"since": start, "until": until},
                    show_until=until)
    card = facts.card
    if card is None or not card.insurance_registered or facts.documents.qualification_notice:
        return
    # The 資格情報のお知らせ goes to card-registered people when their insurance changes.
    window_start = day.notice_from
    for period in periods:
        since = period.since
        if period.confirmed and since is not None and window_start <= since <= today:
            out.add(_NOTICE_MISSING, since.isoformat(), _ASK_FOR_NOTICE,
                    since + _TWO_WEEKS_LESS_A_DAY, since, _ATTENTION,
                    {"since": since, "coverage": period.kind.value},
                    show_until=since + out.lead["notice_window"])


def _turning_75_items(
    out: ItemCollector, turns: date, extras: TodoExtras, no_coverage_on_record: bool
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


def no_proof_item(out: ItemCollector, facts: MemberFacts) -> None:
    """Someone with no card to show (none, or only applied for) and no valid 資格確認書 on
    record has nothing a clinic accepts: ask the insurer for one (RULES.md 4: it is sent
    unasked to people without a card, but letters go astray and families forget to record
    it). A lost card has its own steps, which include this request."""
    until = facts.documents.qualification_certificate_until
    if until is not None and until >= out.today:
        return
    params: Params = {} if until is None else {"expired_on": until}
    out.add(TodoKind.NO_PROOF_OF_INSURANCE, "", TodoAction.ASK_INSURER_FOR_CERTIFICATE,
            out.today, out.today, Severity.ATTENTION, params, floating=True)


def document_items(out: ItemCollector, facts: MemberFacts) -> None:
    until = facts.documents.qualification_certificate_until
    if until is None or out.today > until + out.lead["notice_window"]:
        return
    out.add(_QUALIFICATION_CERTIFICATE_EXPIRY, until.isoformat(),
            _CHECK_NEW_QUALIFICATION_CERTIFICATE, until,
            until - out.lead["qualification_certificate"], _ATTENTION,
            {"valid_until": until})


# Adults: nothing ahead at 15 or 18 (birthday items are not even looked for).
YOUNGEST_ADULT_GAP = 20


def birthday_items(out: ItemCollector, facts: MemberFacts) -> None:
    today = out.today
    birth = facts.birth_date
    if today.year - birth.year > YOUNGEST_ADULT_GAP:
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


def visit_items(out: ItemCollector, extras: TodoExtras) -> None:
    today = out.today
    lead = out.lead["visit"]
    for visit in extras.visits:
        if visit.on < today:
            continue
        params = {"visit_on": visit.on, "facility": visit.facility_name, "route": visit.route}
        out.add(_VISIT_SOON, visit.on.isoformat(), _CHECK_VISIT_PLAN,
                visit.on, visit.on - lead, _ATTENTION, params,
                show_until=visit.on, key_head=f"visit:{visit.visit_id}")
        if visit.needs_reprint:
            out.add(TodoKind.REPRINT_PLAN, visit.plan_fingerprint[:12] or visit.on.isoformat(),
                    TodoAction.REPRINT_VISIT_PLAN, visit.on,
                    min(today, visit.on - out.lead["reprint"]), Severity.ATTENTION, params,
                    show_until=visit.on, key_head=f"reprint:{visit.visit_id}")


# Enum members as module constants: reading ``TodoKind.SWITCH_LAG`` costs ten times a plain
# name on Python 3.11, and these are read for most members of a large family.
_ATTENTION = Severity.ATTENTION
_SWITCH_LAG = TodoKind.SWITCH_LAG
_SAY_INSURER_CHANGED = TodoAction.SAY_INSURER_CHANGED
_NOTICE_MISSING = TodoKind.NOTICE_MISSING
_ASK_FOR_NOTICE = TodoAction.ASK_FOR_NOTICE
_QUALIFICATION_CERTIFICATE_EXPIRY = TodoKind.QUALIFICATION_CERTIFICATE_EXPIRY
_CHECK_NEW_QUALIFICATION_CERTIFICATE = TodoAction.CHECK_NEW_QUALIFICATION_CERTIFICATE
_VISIT_SOON = TodoKind.VISIT_SOON
_CHECK_VISIT_PLAN = TodoAction.CHECK_VISIT_PLAN
_TWO_WEEKS_LESS_A_DAY = timedelta(days=13)  # a notice is due 14 days from the change
