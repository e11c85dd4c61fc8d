"""The to-do service's memory of its last derivation, member by member.

Deriving 2,000 members' items, badges and rows costs more than the whole refresh budget,
yet between two refreshes usually one member changed (a PIN failure, a new card). The memo
keeps, per member, what the last derivation read (the member, the facts, the extras and the
done / snoozed states of the items showing) and what it gave; a member whose inputs are all
equal gets the same answer without deriving again. Everything is forgotten when the day,
the rules or the lead times differ, so an answer is never reused under other conditions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from familycare.domain.member import Member
from familycare.domain.member_facts import MemberFacts
from familycare.domain.member_status import member_status
from familycare.domain.rules import RuleSet
from familycare.domain.todo import TodoItem
from familycare.domain.todo_inputs import LeadTimes, TodoExtras
from familycare.domain.todo_state import TodoState
from familycare.services.todo_overview import MemberOverview, TodoEntry
from familycare.storage import fact_rows
from familycare.storage.fact_rows import MemberTuple

SortKey = tuple[int, date, str]


class MemberResult:
    """One member's derivation, the inputs it was derived from, and the dashboard row once
    asked for (``row``). Not changed once made, but for filling in the row."""

    __slots__ = ("member", "facts", "extras", "items", "showing", "states", "entries",
                 "hidden", "_row")

    def __init__(
        self,
        member: Member,
        facts: MemberFacts,
        extras: TodoExtras,
        items: tuple[TodoItem, ...],  # every derived item
        showing: tuple[TodoItem, ...],  # the items visible today
        states: tuple[TodoState | None, ...],  # the stored state of each item in ``showing``
        entries: tuple[TodoEntry, ...],  # showing and not done or snoozed
        hidden: tuple[TodoEntry, ...],  # showing but done or snoozed
    ) -> None:
        self.member = member
        self.facts = facts
        self.extras = extras
        self.items = items
        self.showing = showing
        self.states = states
        self.entries = entries
        self.hidden = hidden
        self._row: tuple[SortKey, MemberOverview] | None = None

    def row(self, today: date) -> tuple[SortKey, MemberOverview]:
        """The member's dashboard row and its place (worst news first), on the day the
        result was derived for."""
        if self._row is None:
            member, entries = self.member, self.entries
            lost = self.extras.lost_card
            status = member_status(
                member.id, self.facts, self.items,
                [e.item for e in entries] if self.hidden else self.showing, today,
                lost_case_open=lost is not None and lost.open,
            )
            overview = MemberOverview(member, member.age_on(today), status, entries)
            self._row = (status.sort_key(member.display_name), overview)
        return self._row

    def derived_from(self, member: Member, facts: MemberFacts, extras: TodoExtras) -> bool:
        # The facts service hands back the very same facts object for unchanged rows, and
        # ``DerivationMemo.members`` the same member: identity first, equality if need be.
        return ((self.facts is facts or self.facts == facts)
                and (self.extras is extras or self.extras == extras)
                and (self.member is member or self.member == member))

    def same_states(self, states: Mapping[str, TodoState]) -> bool:
        get = states.get
        return all(get(item.key) == state
                   for item, state in zip(self.showing, self.states, strict=True))


def rules_content(rules: RuleSet) -> tuple[object, ...]:
    """What decides every rule value: the version, the dated entries and the overrides. A
    provider may build a new ``RuleSet`` object per call; equal content gives equal answers."""
    return (
        rules.version,
        tuple(sorted(rules.overrides.items())),
        tuple(rules.entries(rule_id) for rule_id in rules.rule_ids()),
    )


class DerivationMemo:
    def __init__(self) -> None:
        self._context: tuple[object, ...] | None = None
        self._results: dict[int, MemberResult] = {}
        self._states: Mapping[str, TodoState] | None = None
        # Member id → (row, member) of the last ``members`` call.
        self._members: dict[int, tuple[MemberTuple, Member]] = {}

    def recall(
        self,
        today: date,
        rules: RuleSet,
        lead_times: LeadTimes,
        states: Mapping[str, TodoState],
    ) -> tuple[dict[int, MemberResult], bool]:
        """Member id → last result, if it was derived on the same day with the same rules and
        lead times (otherwise nothing); and whether ``states`` equal the last call's, so no
        member's done / snoozed states need comparing."""
        context = (today, lead_times, rules_content(rules))
        if context != self._context:
            self._context = context
            self._results = {}
        return self._results, self._states is not None and self._states == states

    def keep(self, results: dict[int, MemberResult], states: Mapping[str, TodoState]) -> None:
        """The results of the latest derivation and the states they were made with (members
        gone since are forgotten)."""
        self._results = results
        self._states = dict(states)

    def members(self, rows: Iterable[MemberTuple]) -> list[Member]:
        """``Member``s from member rows (``fact_rows.member_tuples``), the very object of the
        last call for a row that did not change: "is this member the same?" is then ``is``."""
        last = self._members
        kept: dict[int, tuple[MemberTuple, Member]] = {}
        found: list[Member] = []
        for row in rows:
            member_id = row[0]
            before = last.get(member_id)
            if before is not None and before[0] == row:
                member = before[1]
            else:
                member = fact_rows.member_from(row)
            kept[member_id] = (row, member)
            found.append(member)
        self._members = kept
        return found
