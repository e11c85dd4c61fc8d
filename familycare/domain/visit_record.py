"""A saved visit as stored: who, where, when, the plan as saved and the plan as last printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class VisitRecord:
    id: int
    member_id: int
    facility_id: int | None  # None: no facility chosen, or the facility was deleted
    visit_on: date
    plan_json: str
    plan_fingerprint: str  # of the visit card as last planned
    printed_at: datetime | None
    printed_fingerprint: str  # of the visit card as last printed; "" never printed
    memo: str
    version: int

    @property
    def printed(self) -> bool:
        return bool(self.printed_fingerprint)
