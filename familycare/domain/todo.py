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

from collections.abc import Callable
from datetime import date, timedelta

from familycare.domain import rules as r
from familycare.domain.member import Member
from familycare.domain.member_facts import CardState, MemberFacts
from familycare.domain.office_days import japanese_holiday, next_office_days
from familycare.domain.rules import RuleSet
from familycare.domain.todo_card_items import card_items, lost_card_items
from familycare.domain.todo_inputs import (
    DEFAULT_LEAD_TIMES,
    NO_EXTRAS,
    LeadTimes,
    LostCardProgress,
    TodoExtras,
)
from familycare.domain.todo_item import (
    NO_PARAMS,
    OFFICE_FROM,
    DerivationDay,
    ItemCollector,
    LostStep,
    Params,
    TodoAction,
    TodoItem,
    TodoKind,
)
from familycare.domain.todo_life_items import (
    YOUNGEST_ADULT_GAP,
    birthday_items,
    coverage_items,
    document_items,
    no_proof_item,
    visit_items,
)

# The item types live in todo_item; they are imported from here too.
__all__ = [
    "OFFICE_DAYS_SUGGESTED",
    "OFFICE_FROM",
    "HolidayCheck",
    "LostStep",
    "NO_PARAMS",
    "Params",
    "TodoAction",
    "TodoDeriver",
    "TodoItem",
    "TodoKind",
    "derive_todos",
]

OFFICE_DAYS_SUGGESTED = 3

# Read for every member: a module constant costs a tenth of ``CardState.IN_HAND`` on 3.11.
_IN_HAND = CardState.IN_HAND
_LOST = CardState.LOST

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

    __slots__ = ("today", "rules", "is_holiday", "now", "lead", "_horizon", "_office_days",
                 "_day", "_out")

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
        self.now = now = rules.values_on(today)
        self.lead = lead = lead_times.timedeltas()
        self._horizon = today + lead["horizon"]
        # Locked PINs and lost cards of many members suggest the same office days.
        self._office_days: dict[date, tuple[date, ...]] = {}
        lag_days: int = now[r.SWITCH_LAG_DAYS]  # type: ignore[assignment]
        four: int = now[r.PIN_LOCK_FOUR_DIGIT]  # type: ignore[assignment]
        signing: int = now[r.PIN_LOCK_SIGNING]  # type: ignore[assignment]
        lag = timedelta(days=lag_days - 1)
        self._day = DerivationDay(
            today, now, lead, self.office_days, lag,
            lag_first=today - lag, lag_last=today + lead["switch_lag"],
            notice_from=today - lead["notice_window"],
            elderly_age=now[r.LATE_ELDERLY_AGE],  # type: ignore[arg-type]
            least_risky_failures=min(four, signing) - 1,
            four_digit_limit=four,
            signing_limit=signing,
            grace_months=now[r.GRACE_MONTHS],  # type: ignore[arg-type]
            grace_counting=now[r.GRACE_COUNTING],
        )
        self._out = ItemCollector(0, self._day)

    def derive(
        self, member: Member, facts: MemberFacts, extras: TodoExtras = NO_EXTRAS
    ) -> list[TodoItem]:
        """Every to-do item of ``member`` (visible or still ahead), by date."""
        today, rules = self.today, self.rules
        out = self._out
        items = out.start(member.id)
        card = facts.card
        lost = extras.lost_card
        if card is not None and card.state is _IN_HAND:
            card_items(out, facts, rules, self._horizon)
        if lost is not None and lost.open:
            lost_card_items(out, lost)
        elif card is not None and card.state is _LOST:
            lost_card_items(out, LostCardProgress(lost_on=None))
        elif card is None:
            no_proof_item(out, facts)
        coverage_items(out, facts, rules, extras)
        # The checks below are the common "nothing to do" answers, made before the calls.
        if facts.documents.qualification_certificate_until is not None:
            document_items(out, facts)
        if today.year - facts.birth_date.year <= YOUNGEST_ADULT_GAP:
            birthday_items(out, facts)
        if extras.visits:
            visit_items(out, extras)
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

