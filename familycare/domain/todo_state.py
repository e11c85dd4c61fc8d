"""The only stored part of a to-do item: whether the family marked it done or snoozed it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class TodoState:
    key: str
    done_at: datetime | None = None
    snoozed_until: date | None = None  # hidden up to and including this day

    def hides_on(self, today: date) -> bool:
        return self.done_at is not None or (
            self.snoozed_until is not None and today <= self.snoozed_until
        )

    @property
    def done(self) -> bool:
        return self.done_at is not None
