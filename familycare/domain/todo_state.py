"""The only stored part of a to-do item: whether the family marked it done or snoozed it, and
who in the family takes it on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class TodoState:
    key: str
    done_at: datetime | None = None
    snoozed_until: date | None = None  # hidden up to and including this day
    assignee_id: int | None = None  # the member who takes it on; never hides the item

    def hides_on(self, today: date) -> bool:
        return self.done_at is not None or (
            self.snoozed_until is not None and today <= self.snoozed_until
        )

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def marked(self) -> bool:
        """Done or snoozed (what "undo" takes back); an assignee alone is not a mark."""
        return self.done_at is not None or self.snoozed_until is not None
