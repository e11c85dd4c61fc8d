"""Done / snoozed states and assignees of derived to-do items, keyed by the item's stable key."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from familycare.domain.todo_state import TodoState
from familycare.storage.repository import Repository
from familycare.storage.tables import todo_states

if TYPE_CHECKING:

    from familycare.storage.rows import TodoStateRow


def state_from_row(row: TodoStateRow) -> TodoState:
    return TodoState(row.todo_key, row.done_at, row.snoozed_until, row.assignee_member_id)


class TodoStateRepository(Repository):
    """Reads through a reading connection or a unit of work; writes need a unit of work."""


    def all(self) -> dict[str, TodoState]:
        t = todo_states.c
        rows = self._session.execute(
            select(t.todo_key, t.done_at, t.snoozed_until, t.assignee_member_id)
        )
        return {key: TodoState(key, done, until, who) for key, done, until, who in rows}

    def get(self, key: str) -> TodoState | None:
        row = self._row(key)
        return state_from_row(row) if row is not None else None

    def _row(self, key: str) -> TodoStateRow | None:
        from familycare.storage.rows import TodoStateRow

        return self._orm().scalar(select(TodoStateRow).where(TodoStateRow.todo_key == key))

    def _row_or_new(self, key: str) -> TodoStateRow:
        from familycare.storage.rows import TodoStateRow

        row = self._row(key)
        if row is None:
            row = TodoStateRow(todo_key=key)
            self._orm().add(row)
        return row

    def mark_done(self, key: str, at: datetime) -> TodoState:
        row = self._row_or_new(key)
        row.done_at = at
        row.snoozed_until = None
        self._orm().flush()
        return state_from_row(row)

    def snooze(self, key: str, until: date) -> TodoState:
        row = self._row_or_new(key)
        row.done_at = None
        row.snoozed_until = until
        self._orm().flush()
        return state_from_row(row)

    def clear(self, key: str) -> bool:
        """Forget done / snoozed (undo), keeping an assignee; False if neither was set."""
        row = self._row(key)
        if row is None or (row.done_at is None and row.snoozed_until is None):
            return False
        if row.assignee_member_id is None:
            self._orm().delete(row)
        else:
            row.done_at = None
            row.snoozed_until = None
        self._orm().flush()
        return True

    def assign(self, key: str, member_id: int | None) -> TodoState | None:
        """Set (or with None clear) who takes the item on; the state left, if any."""
        row = self._row(key) if member_id is None else self._row_or_new(key)
        if row is None:
            return None
        row.assignee_member_id = member_id
        if member_id is None and row.done_at is None and row.snoozed_until is None:
            self._orm().delete(row)
            self._orm().flush()
            return None
        self._orm().flush()
        return state_from_row(row)

    def assigned_to(self, member_id: int) -> list[str]:
        """Keys of the items ``member_id`` takes on."""
        return list(self._session.scalars(
            select(todo_states.c.todo_key).where(todo_states.c.assignee_member_id == member_id)
            .order_by(todo_states.c.todo_key)
        ))

    def delete_keys(self, keys: Iterable[str]) -> int:
        wanted = list(keys)
        if not wanted:
            return 0
        result = self._session.execute(
            delete(todo_states).where(todo_states.c.todo_key.in_(wanted))
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
