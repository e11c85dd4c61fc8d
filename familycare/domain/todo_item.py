"""What a to-do item is: its kind, the action it asks for, and the collector that builds one
member's items (keys, the overdue rule) for the derivation in ``todo``.

A key names the fact behind the item (``renewal_opens:cert:member:12:2027-01-10``), so it
stays the same from one day to the next, and a new fact (a renewed certificate, a second
loss) gives a new key: a "done" mark never hides a problem that came back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import NamedTuple

from familycare.domain.todo_inputs import Severity

# The parameter of an item that sends someone to the municipal office: the first day going
# makes sense. The office days themselves are worked out when the item is shown
# (``todo_office``), so deriving the family's to-do never needs the holiday calendar.
OFFICE_FROM = "office_from"


class TodoKind(StrEnum):
    RENEWAL_OPENS = "renewal_opens"
    CARD_EXPIRY = "card_expiry"
    CERT_EXPIRY = "cert_expiry"
    GRACE_ENDS = "grace_ends"
    PIN_LOCKED = "pin_locked"
    PIN_LAST_ATTEMPT = "pin_last_attempt"
    TURNS_75 = "turns_75"
    SPOUSE_JOINS_NATIONAL = "spouse_joins_national"
    QUALIFICATION_CERTIFICATE_EXPIRY = "qualification_certificate_expiry"
    REGISTRATION_NOT_CONFIRMED = "registration_not_confirmed"
    TURNS_15 = "turns_15"
    TURNS_18 = "turns_18"
    LOST_CARD_STEP = "lost_card_step"
    NOTICE_MISSING = "notice_missing"
    SWITCH_LAG = "switch_lag"
    VISIT_SOON = "visit_soon"
    REPRINT_PLAN = "reprint_plan"
    NO_PROOF_OF_INSURANCE = "no_proof_of_insurance"


class TodoAction(StrEnum):
    """What the family should do; the catalog words each one."""

    PREPARE_CARD_RENEWAL = "prepare_card_renewal"
    PREPARE_CERT_RENEWAL = "prepare_cert_renewal"
    APPLY_FOR_NEW_CARD = "apply_for_new_card"
    RENEW_CERT_AT_OFFICE = "renew_cert_at_office"
    RENEW_BEFORE_GRACE_ENDS = "renew_before_grace_ends"
    RENEW_AND_REGISTER_AGAIN = "renew_and_register_again"
    RESET_PIN_AT_OFFICE = "reset_pin_at_office"
    DO_NOT_TRY_PIN = "do_not_try_pin"
    CONFIRM_LATE_ELDERLY = "confirm_late_elderly"
    SPOUSE_JOIN_NATIONAL = "spouse_join_national"
    CHECK_NEW_QUALIFICATION_CERTIFICATE = "check_new_qualification_certificate"
    REGISTER_AT_CARD_READER = "register_at_card_reader"
    CHECK_REGISTRATION = "check_registration"
    PREPARE_TURNING_15 = "prepare_turning_15"
    NOTE_TEN_YEAR_CARD = "note_ten_year_card"
    SUSPEND_CARD = "suspend_card"
    REPORT_TO_POLICE = "report_to_police"
    REPORT_LOSS_AT_OFFICE = "report_loss_at_office"
    APPLY_FOR_REISSUE = "apply_for_reissue"
    REQUEST_QUALIFICATION_CERTIFICATE = "request_qualification_certificate"
    ASK_FOR_NOTICE = "ask_for_notice"
    SAY_INSURER_CHANGED = "say_insurer_changed"
    CHECK_VISIT_PLAN = "check_visit_plan"
    REPRINT_VISIT_PLAN = "reprint_visit_plan"
    ASK_INSURER_FOR_CERTIFICATE = "ask_insurer_for_certificate"


class LostStep(StrEnum):
    SUSPEND = "suspend"
    POLICE = "police"
    LOSS_REPORT = "loss_report"
    REISSUE = "reissue"
    QUALIFICATION_CERTIFICATE = "qualification_certificate"


_STEP_ORDER = tuple(LostStep)

Params = Mapping[str, object]
NO_PARAMS: Params = MappingProxyType({})


class TodoItem(NamedTuple):
    """One thing to do. A named tuple, not a frozen dataclass: a large family's refresh
    builds thousands, and a frozen dataclass sets each field through ``object.__setattr__``
    (measured 2.5 µs for these eleven fields against 0.7 µs); it is just as immutable."""

    key: str
    member_id: int
    kind: TodoKind
    action: TodoAction
    due: date
    lead: date
    severity: Severity
    params: Params = NO_PARAMS  # dates stay ``date``; the UI formats them
    show_until: date | None = None  # None: until done or until the facts change
    floating: bool = False  # "do it now" with no real deadline: not exported to calendars
    rank: int = 0  # order among items due the same day (the lost-card steps in sequence)

    def visible_on(self, today: date) -> bool:
        return self.lead <= today and (self.show_until is None or today <= self.show_until)

    def overdue_on(self, today: date) -> bool:
        return not self.floating and self.due < today

    def sort_key(self) -> tuple[date, int, int, int, str]:
        return (self.due, -self.severity, self.member_id, self.rank, self.key)


class DerivationDay(NamedTuple):
    """What every member's derivation reads on one day, worked out once for the family."""

    today: date
    now: Mapping[str, object]  # every rule's value in force today
    lead: Mapping[str, timedelta]  # the lead times
    office_days: Callable[[date], tuple[date, ...]]
    lag: timedelta  # a switch lag's length less its first day
    lag_first: date  # insurer changes from here ...
    lag_last: date  # ... to here give a switch-lag item today
    notice_from: date  # changes from here to today may still await their お知らせ
    elderly_age: int  # the late-elderly age in force today
    least_risky_failures: int  # the fewest failures one attempt from any PIN's lock
    four_digit_limit: int  # failures that lock a 4-digit PIN today
    signing_limit: int  # failures that lock the signing password today
    grace_months: int  # the grace period in force today (``grace_until`` on today)
    grace_counting: object  # its counting (a ``GraceCounting`` value)


class ItemCollector:
    """One member's items being gathered, with what every step reads (``DerivationDay``)."""

    __slots__ = ("member_id", "today", "items", "now", "lead", "office_days", "day", "_key_middle")

    def __init__(self, member_id: int, day: DerivationDay) -> None:
        self.member_id = member_id
        self.day = day
        self.today = day.today
        self.items: list[TodoItem] = []
        self.now = day.now
        self.lead = day.lead
        self.office_days = day.office_days
        self._key_middle = f":member:{member_id}:"

    def start(self, member_id: int) -> list[TodoItem]:
        """Gather the next member's items on the same day (one collector serves a whole
        family); returns the member's new item list."""
        self.member_id = member_id
        self._key_middle = f":member:{member_id}:"
        self.items = items = []
        return items

    def add(
        self,
        kind: TodoKind,
        key_tail: str,
        action: TodoAction,
        due: date,
        lead: date,
        severity: Severity,
        params: Params | None = None,
        show_until: date | None = None,
        floating: bool = False,
        key_head: str | None = None,
        rank: int = 0,
    ) -> None:
        today = self.today
        if show_until is not None and show_until < today:
            return  # a later item took over; nothing to show or export
        if not floating and due < today and severity < _URGENT:
            severity = _URGENT  # a missed deadline is never just "for information"
        # tuple.__new__ is TodoItem(...) without the named tuple's Python-level __new__ (a
        # fifth of an item's cost; thousands of items per refresh). Field order as declared.
        self.items.append(_new_tuple(TodoItem, (
            (key_head or kind) + self._key_middle + key_tail, self.member_id, kind, action,
            due, lead, severity, NO_PARAMS if params is None else params, show_until,
            floating, rank,
        )))


_URGENT = Severity.URGENT
_new_tuple = tuple.__new__
