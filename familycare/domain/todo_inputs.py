"""What the to-do derivation reads besides ``MemberFacts``, and how early items show.

``TodoExtras`` carries the facts that live outside ``MemberFacts`` (the lost-card case,
upcoming visits, dependents of the member). ``LeadTimes`` are the app's own choices of how
long before a deadline an item starts showing: not policy, so not in the rules data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import IntEnum
from functools import lru_cache
from typing import NamedTuple


class Severity(IntEnum):
    """How bad the news is; higher is worse (the dashboard sorts worst first)."""

    OK = 0
    INFO = 1
    ATTENTION = 2
    URGENT = 3


@dataclass(frozen=True, slots=True)
class LostCardProgress:
    """The lost-card checklist of the member's current card (RULES.md section 7)."""

    lost_on: date | None
    lost_outside_home: bool = True
    suspended_on: date | None = None
    police_reported_on: date | None = None
    loss_reported_on: date | None = None
    reissue_applied_on: date | None = None
    qualification_certificate_requested_on: date | None = None
    found_on: date | None = None
    closed_on: date | None = None

    @property
    def open(self) -> bool:
        return self.found_on is None and self.closed_on is None


class VisitDigest(NamedTuple):
    """An upcoming visit as the to-do list needs it (a named tuple, like ``TodoItem``: one
    per visit in the next weeks on every refresh)."""

    visit_id: int
    on: date
    facility_name: str = ""
    route: str = ""  # the visit plan's route code, when planned
    needs_reprint: bool = False  # a printed plan no longer matches the facts
    plan_fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class TodoExtras:
    lost_card: LostCardProgress | None = None
    visits: tuple[VisitDigest, ...] = ()
    # Names of members recorded as dependents on this member's insurance and under 75;
    # None when not known (the item then asks the family to check).
    dependents_under_75: tuple[str, ...] | None = None


NO_EXTRAS = TodoExtras()


@dataclass(frozen=True, slots=True)
class LeadTimes:
    """How many days before its date an item starts showing."""

    renewal_opens: int = 30
    qualification_certificate: int = 30
    turns_75: int = 60
    turns_15: int = 90
    turns_18: int = 30
    switch_lag: int = 7
    visit: int = 1
    reprint: int = 7
    # How long after a birthday or an insurer change the related item is still derived.
    after_event: int = 30
    notice_window: int = 60
    # How far ahead birthday items are derived (the calendar export shows them early).
    horizon: int = 365

    def timedeltas(self) -> Mapping[str, timedelta]:
        """Every lead time as a timedelta, by field name (built once per LeadTimes)."""
        return _as_timedeltas(self)


@lru_cache(maxsize=8)
def _as_timedeltas(lead: LeadTimes) -> dict[str, timedelta]:
    # Derivation runs for thousands of members: build the timedeltas once per LeadTimes.
    return {f.name: timedelta(days=getattr(lead, f.name)) for f in fields(lead)}


DEFAULT_LEAD_TIMES = LeadTimes()
