"""The dashboard's verdict on one member: badges (codes with a severity), worst news first.

Badges answer "is this person in trouble?"; the member's visible to-do items answer "what do
I do next?". The UI words each badge code (catalog_todo) and adds an icon: never colour
alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import NamedTuple

from familycare.domain.member_facts import CardFacts, CardState, MemberFacts
from familycare.domain.todo import NO_PARAMS, TodoItem, TodoKind
from familycare.domain.todo_inputs import Severity


class BadgeCode(StrEnum):
    CARD_FINE = "card_fine"
    RENEWAL_OPEN = "renewal_open"
    IN_GRACE = "in_grace"
    EXPIRED = "expired"
    LOST = "lost"
    CARD_AWAY = "card_away"  # suspended, being reissued or returned
    NO_CARD = "no_card"
    NOT_REGISTERED = "not_registered"
    PIN_LOCKED = "pin_locked"
    PIN_LAST_ATTEMPT = "pin_last_attempt"
    INSURER_CHANGED = "insurer_changed"
    TURNS_75_SOON = "turns_75_soon"
    LATE_ELDERLY_UNCONFIRMED = "late_elderly_unconfirmed"


class Badge(NamedTuple):
    code: BadgeCode
    severity: Severity
    params: Mapping[str, object] = NO_PARAMS


class MemberStatus(NamedTuple):
    """Named tuples, not frozen dataclasses, like ``TodoItem``: one per member per refresh."""

    member_id: int
    badges: tuple[Badge, ...]  # worst first
    next_deadline: TodoItem | None  # the earliest dated item showing today
    next_action: TodoItem | None  # the worst item showing today (then the earliest)

    @property
    def severity(self) -> Severity:
        worst = self.badges[0].severity if self.badges else Severity.OK
        if self.next_action is not None and self.next_action.severity > worst:
            return self.next_action.severity
        return worst

    def sort_key(self, name: str) -> tuple[int, date, str]:
        """Worst news first; among equals the most pressing deadline, then by name."""
        due = self.next_action.due if self.next_action is not None else date.max
        return (-self.severity, due, name)


_CARD_ITEMS = frozenset({TodoKind.CARD_EXPIRY, TodoKind.CERT_EXPIRY})


def member_badges(
    facts: MemberFacts,
    items: Sequence[TodoItem],
    today: date,
    lost_case_open: bool = False,
) -> tuple[Badge, ...]:
    """The badges of one member on ``today``, worst first, read from the member's derived
    to-do items (all of them, done or not: marking an item done does not make a card fine).
    An open lost-card case shows as "lost" even after the card was suspended by phone."""
    card = facts.card
    by_kind: dict[TodoKind, list[TodoItem]] = {}
    for item in items:
        if item.lead <= today:
            found = by_kind.get(item.kind)
            if found is None:
                by_kind[item.kind] = [item]
            else:
                found.append(item)
    if not by_kind:
        # The common case for a large family: no item has started showing.
        state = _card_state_badge(card, lost_case_open)
        return _ONLY_FINE if state is None else (state,)
    badges = [_card_state_badge(card, lost_case_open) or _card_badge(by_kind, today)]
    if TodoKind.REGISTRATION_NOT_CONFIRMED in by_kind:
        badges.append(_NOT_REGISTERED)
    if TodoKind.PIN_LOCKED in by_kind:
        pins = tuple(str(i.params["pin"]) for i in by_kind[TodoKind.PIN_LOCKED])
        badges.append(Badge(BadgeCode.PIN_LOCKED, Severity.URGENT, {"pins": pins}))
    elif TodoKind.PIN_LAST_ATTEMPT in by_kind:
        pins = tuple(str(i.params["pin"]) for i in by_kind[TodoKind.PIN_LAST_ATTEMPT])
        badges.append(Badge(BadgeCode.PIN_LAST_ATTEMPT, Severity.ATTENTION, {"pins": pins}))
    started = [i for i in by_kind.get(TodoKind.SWITCH_LAG, ()) if i.params["since"] <= today]  # type: ignore[operator]
    if started:
        latest = max(started, key=lambda i: i.params["since"])  # type: ignore[arg-type, return-value]
        badges.append(Badge(BadgeCode.INSURER_CHANGED, Severity.ATTENTION,
                            {"since": latest.params["since"], "until": latest.due}))
    for item in by_kind.get(TodoKind.TURNS_75, ()):
        if item.due <= today:
            badges.append(Badge(BadgeCode.LATE_ELDERLY_UNCONFIRMED, Severity.ATTENTION,
                                {"birthday": item.due}))
        else:
            badges.append(Badge(BadgeCode.TURNS_75_SOON, Severity.INFO, {"birthday": item.due}))
    if len(badges) > 1:
        badges.sort(key=_worst_first)  # stable: card state first among equals
    return tuple(badges)


def _worst_first(badge: Badge) -> int:
    return -badge.severity


# Badges without parameters, built once (immutable): most members get one of them.
_FINE = Badge(BadgeCode.CARD_FINE, Severity.OK)
_ONLY_FINE = (_FINE,)
_NO_CARD = Badge(BadgeCode.NO_CARD, Severity.ATTENTION)
_LOST = Badge(BadgeCode.LOST, Severity.URGENT)
_NOT_REGISTERED = Badge(BadgeCode.NOT_REGISTERED, Severity.ATTENTION)


def _card_state_badge(card: CardFacts | None, lost_case_open: bool) -> Badge | None:
    """The badge of a card that is not in hand (none, lost, away); None when in hand."""
    if card is None:
        return _NO_CARD
    if card.state is CardState.LOST or lost_case_open:
        return _LOST
    if card.state is not CardState.IN_HAND:
        return Badge(BadgeCode.CARD_AWAY, Severity.ATTENTION, {"state": card.state.value})
    return None


def _card_badge(by_kind: dict[TodoKind, list[TodoItem]], today: date) -> Badge:
    grace = by_kind.get(TodoKind.GRACE_ENDS)
    if grace:
        item = grace[0]
        dates = {"part": item.params["part"], "expires_on": item.params["expires_on"],
                 "grace_until": item.due}
        if today > item.due:
            return Badge(BadgeCode.EXPIRED, Severity.URGENT, dates)
        return Badge(BadgeCode.IN_GRACE, Severity.URGENT, dates)
    for kind in _CARD_ITEMS:
        for item in by_kind.get(kind, ()):
            if item.visible_on(today):
                return Badge(BadgeCode.RENEWAL_OPEN, Severity.ATTENTION,
                             {"part": item.params["part"], "expires_on": item.due})
    return _FINE


def member_status(
    member_id: int,
    facts: MemberFacts,
    items: Sequence[TodoItem],
    visible_items: Sequence[TodoItem],
    today: date,
    lost_case_open: bool = False,
) -> MemberStatus:
    """Badges (from all derived ``items``) plus the next deadline and next action among the
    ``visible_items`` (already filtered for done and snoozed states by the caller)."""
    if not visible_items:
        next_deadline = next_action = None
    elif len(visible_items) == 1:
        next_action = visible_items[0]
        next_deadline = None if next_action.floating else next_action
    else:
        dated = [i for i in visible_items if not i.floating]
        next_deadline = min(dated, key=_earliest_then_worst) if dated else None
        next_action = min(visible_items, key=_worst_then_earliest)
    return MemberStatus(
        member_id, member_badges(facts, items, today, lost_case_open), next_deadline, next_action
    )


def _earliest_then_worst(item: TodoItem) -> tuple[date, int]:
    return (item.due, -item.severity)


def _worst_then_earliest(item: TodoItem) -> tuple[int, date]:
    return (-item.severity, item.due)
