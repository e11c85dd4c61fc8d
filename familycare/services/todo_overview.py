"""What the to-do service answers: the family's entries (the To-do tab, ``familycare todo``)
and, per member, the dashboard's row (badges, next deadline, next action, worst news first).

The rows are worked out when first asked for: the To-do tab and the command line never read
them, and for a care office's 2,000 members they cost a good part of a first refresh. A
member's row is kept with the member's result in the service's memo (``todo_memo``), so a
later refresh reuses it as long as nothing of the member changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, NamedTuple

from familycare.domain.member import Member
from familycare.domain.member_status import MemberStatus
from familycare.domain.todo import TodoItem
from familycare.domain.todo_state import TodoState

if TYPE_CHECKING:
    from familycare.services.todo_memo import MemberResult


class TodoEntry(NamedTuple):
    """An item as the family sees it: with whose it is and what they did about it. Named
    tuples here (not frozen dataclasses) for the cost of building one per item and member
    on every refresh (see ``TodoItem``)."""

    item: TodoItem
    member_name: str
    member_colour: str
    state: TodoState | None = None

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def done(self) -> bool:
        return self.state is not None and self.state.done


class MemberOverview(NamedTuple):
    member: Member
    age: int
    status: MemberStatus
    entries: tuple[TodoEntry, ...]  # showing today, not done or snoozed, by date


class FamilyOverview:
    """The family on ``today``. Immutable once made; ``members`` is worked out on first use."""

    __slots__ = ("today", "entries", "hidden", "derived", "states", "_results", "_members")

    def __init__(
        self,
        today: date,
        results: Sequence[MemberResult],
        entries: tuple[TodoEntry, ...],
        hidden: tuple[TodoEntry, ...],
        derived: tuple[tuple[Member, tuple[TodoItem, ...]], ...],
        states: Mapping[str, TodoState],
    ) -> None:
        self.today = today
        self.entries = entries  # showing today, not done or snoozed, by date
        self.hidden = hidden  # showing today but done or snoozed (so they can be undone)
        self.derived = derived  # every item, per member
        self.states = states
        self._results = results
        self._members: tuple[MemberOverview, ...] | None = None

    @property
    def members(self) -> tuple[MemberOverview, ...]:
        """One row per member, worst news first."""
        if self._members is None:
            today = self.today
            rows = [result.row(today) for result in self._results]
            rows.sort(key=_first)
            self._members = tuple([overview for _, overview in rows])
        return self._members

    @property
    def upcoming(self) -> list[TodoEntry]:
        """Every dated item not done, including those not showing yet (for calendars);
        built on demand: the dashboard never needs it."""
        found = []
        for member, items in self.derived:
            for item in items:
                state = self.states.get(item.key)
                if not item.floating and (state is None or not state.done):
                    found.append(TodoEntry(item, member.display_name, member.colour, state))
        found.sort(key=by_item_order)
        return found

    def member(self, member_id: int) -> MemberOverview | None:
        for overview in self.members:
            if overview.member.id == member_id:
                return overview
        return None


def by_item_order(entry: TodoEntry) -> tuple[date, int, int, int, str]:
    return entry.item.sort_key()


def _first(pair: tuple[tuple[int, date, str], MemberOverview]) -> tuple[int, date, str]:
    return pair[0]
