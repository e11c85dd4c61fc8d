"""The whole family's to-do list and dashboard verdicts, with done and snoozed states.

Items are derived on every call from the facts (``FactsService.facts_for_all``), the rules and
today's date; only the done / snoozed state is stored, keyed by the item's stable key.
A stored state whose item is no longer derived (the certificate was renewed, the visit is
past) is deleted, so a problem that comes back later shows again.

One ``overview`` call serves the dashboard, the to-do page and the command line: for 2,000
members it must take at most 100 ms from the database, the first refresh after start-up
included (tests/benchmarks/bench_dashboard.py measures it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from familycare.domain.member import Member
from familycare.domain.member_facts import MemberFacts
from familycare.domain.rules import RuleSet
from familycare.domain.todo import TodoDeriver, TodoItem
from familycare.domain.todo_inputs import (
    DEFAULT_LEAD_TIMES,
    NO_EXTRAS,
    LeadTimes,
    TodoExtras,
)
from familycare.domain.todo_state import TodoState
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.services.gc_pause import collector_paused
from familycare.services.todo_assignments import assign_todo
from familycare.services.todo_memo import DerivationMemo, MemberResult
from familycare.services.todo_overview import (
    FamilyOverview,
    MemberOverview,
    TodoEntry,
    by_item_order,
)
from familycare.storage import fact_rows
from familycare.storage.database import Database
from familycare.storage.todo_state_repository import TodoStateRepository

FactsLoader = Callable[[date], Mapping[int, MemberFacts]]  # member id → facts
ExtrasLoader = Callable[[date], Mapping[int, TodoExtras]]  # member id → extras
RulesProvider = Callable[[], RuleSet]

# The answer's types live in todo_overview; they are imported from here too.
__all__ = ["FamilyOverview", "MemberOverview", "TodoEntry", "TodoService"]


class TodoService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        rules: RulesProvider,
        facts: FactsLoader,
        extras: ExtrasLoader | None = None,
        lead_times: LeadTimes = DEFAULT_LEAD_TIMES,
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._rules = rules
        self._facts = facts
        self._extras = extras
        self._lead_times = lead_times
        self._memo = DerivationMemo()

    def today(self) -> date:
        return self._clock.today()

    # ------------------------------------------------------------ reading
    def overview(self, today: date | None = None) -> FamilyOverview:
        """Everything the dashboard and the to-do list show on ``today``."""
        today = today or self._clock.today()
        with collector_paused():
            with self._db.reading() as session:
                members = self._memo.members(fact_rows.member_tuples(session))
                states = TodoStateRepository(session).all()
            facts = self._facts(today)
            extras = self._extras(today) if self._extras is not None else {}
            overview, stale = self.compute(today, members, facts, extras, states)
        if stale:
            self._forget(stale)
        return overview

    def compute(
        self,
        today: date,
        members: Sequence[Member],
        facts: Mapping[int, MemberFacts],
        extras: Mapping[int, TodoExtras],
        states: Mapping[str, TodoState],
    ) -> tuple[FamilyOverview, set[str]]:
        """The overview from loaded data (no I/O), and the keys of ``states`` whose item is
        no longer derived (to forget).

        A member whose member record, facts, extras and item states equal those of the last
        call (same day, rules and lead times) keeps the last answer (see ``todo_memo``)."""
        rules = self._rules()
        remembered, same_states = self._memo.recall(today, rules, self._lead_times, states)
        deriver = TodoDeriver(today, rules, self._lead_times)
        results: dict[int, MemberResult] = {}
        shown: list[TodoEntry] = []
        hidden: list[TodoEntry] = []
        every: list[tuple[Member, tuple[TodoItem, ...]]] = []
        no_extras = NO_EXTRAS
        for member in members:
            member_id = member.id
            member_facts = facts.get(member_id)
            if member_facts is None:
                continue
            member_extras = extras.get(member_id, no_extras)
            result = remembered.get(member_id)
            if result is None or not result.derived_from(member, member_facts, member_extras):
                items = tuple(deriver.derive(member, member_facts, member_extras))
                result = _member_result(member, member_facts, member_extras, items, states,
                                        today)
            elif not (same_states or result.same_states(states)):
                result = _member_result(member, member_facts, member_extras, result.items,
                                        states, today)
            results[member_id] = result
            every.append((member, result.items))
            if result.entries:
                shown.extend(result.entries)
            if result.hidden:
                hidden.extend(result.hidden)
        self._memo.keep(results, states)
        by_date = by_item_order
        stale: set[str] = set()
        if states:
            derived = {item.key for _, items in every for item in items}
            stale = {key for key in states if key not in derived}
        return (
            FamilyOverview(
                today,
                list(results.values()),
                tuple(sorted(shown, key=by_date)),
                tuple(sorted(hidden, key=by_date)),
                tuple(every),
                states,
            ),
            stale,
        )

    def items(self, today: date | None = None, within_days: int | None = None) -> list[TodoEntry]:
        """The to-do list: items showing today and not done or snoozed, by date; with
        ``within_days`` only those due by then (overdue and "now" items always)."""
        overview = self.overview(today)
        if within_days is None:
            return list(overview.entries)
        last = overview.today + timedelta(days=within_days)
        return [e for e in overview.entries if e.item.floating or e.item.due <= last]

    # ------------------------------------------------------------ changing
    def mark_done(self, key: str) -> TodoState:
        _check_key(key)
        with self._db.unit_of_work() as session:
            state = TodoStateRepository(session).mark_done(key, self._clock.now())
            self._audit.record(session, entity="todo", action="done", summary=key)
            return state

    def snooze(self, key: str, until: date) -> TodoState:
        """Hide the item up to and including ``until``."""
        _check_key(key)
        if until < self._clock.today():
            raise ValidationFailed([ValidationIssue("snoozed_until", "snooze_in_past")])
        with self._db.unit_of_work() as session:
            state = TodoStateRepository(session).snooze(key, until)
            self._audit.record(session, entity="todo", action="snooze",
                               summary=f"{key} until {until.isoformat()}")
            return state

    def undo(self, key: str) -> bool:
        """Show the item again (forget done or snoozed); False if it had no state."""
        with self._db.unit_of_work() as session:
            cleared = TodoStateRepository(session).clear(key)
            if cleared:
                self._audit.record(session, entity="todo", action="undo", summary=key)
            return cleared

    def assign(self, key: str, member_id: int | None) -> TodoState | None:
        """Give the item to a family member to take on (None: nobody); done and snoozed
        stay as they are."""
        _check_key(key)
        with self._db.unit_of_work() as session:
            return assign_todo(session, self._audit, key, member_id)

    def states(self) -> dict[str, TodoState]:
        with self._db.reading() as connection:
            return TodoStateRepository(connection).all()

    def _forget(self, keys: set[str]) -> None:
        # Housekeeping, not a user action: no audit event.
        with self._db.unit_of_work() as session:
            TodoStateRepository(session).delete_keys(keys)


def _member_result(
    member: Member,
    facts: MemberFacts,
    extras: TodoExtras,
    items: tuple[TodoItem, ...],
    states: Mapping[str, TodoState],
    today: date,
) -> MemberResult:
    """One member's entries from the derived ``items`` and the states (the dashboard row is
    worked out when asked for: ``MemberResult.row``)."""
    name, colour = member.display_name, member.colour
    # TodoItem.visible_on, inlined: this runs for every item of every member.
    showing = tuple([item for item in items if item.lead <= today
                     and (item.show_until is None or today <= item.show_until)])
    hidden: tuple[TodoEntry, ...] = ()
    if not states:  # the common case: nothing marked done or snoozed in the family
        item_states: tuple[TodoState | None, ...] = (None,) * len(showing)
        mine = tuple([TodoEntry(item, name, colour) for item in showing])
    else:
        get = states.get
        item_states = tuple([get(item.key) for item in showing])
        entries = [TodoEntry(item, name, colour, state)
                   for item, state in zip(showing, item_states, strict=True)]
        mine = tuple([e for e in entries if e.state is None or not e.state.hides_on(today)])
        if len(mine) < len(entries):
            hidden = tuple([e for e in entries if e.state is not None and e.state.hides_on(today)])
    return MemberResult(member, facts, extras, items, showing, item_states, mine, hidden)


def _check_key(key: str) -> None:
    if not key or len(key) > 200:
        raise ValidationFailed([ValidationIssue("todo_key", "todo_key_invalid")])
