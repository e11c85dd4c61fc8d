"""The guarded session on a shared device (代理操作モード): a pure state machine.

    preflight ──activate──▶ active ──begin_closing──▶ closing ──finish──▶ done
        └──────────cancel──────────────────────────────────────────────▶ done

Before acting for someone the user confirms, one by one: the card in hand is that person's
own, their user-certificate PIN has attempts left, and the previous person is logged out.
Afterwards: logged out, card removed, browser tab closed, screen cleared. Only one session
that is not done per device (RULES.md section 6: one card at a time).

Every transition returns the new session and the event codes it produced; refusals raise
``SessionRefused`` with a code and parameters (the UI words them).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from familycare.domain.member_facts import CardKind, CardState


class SessionState(StrEnum):
    PREFLIGHT = "preflight"
    ACTIVE = "active"
    CLOSING = "closing"
    DONE = "done"


class Phase(StrEnum):
    BEFORE = "before"
    AFTER = "after"


class StepKey(StrEnum):
    CARD_OWNER_CHECKED = "card_owner_checked"  # the name printed on the card in hand
    PIN_ATTEMPTS_CHECKED = "pin_attempts_checked"  # user-certificate PIN not locked
    PREVIOUS_PERSON_LOGGED_OUT = "previous_person_logged_out"
    LOGGED_OUT = "logged_out"
    CARD_REMOVED = "card_removed"
    BROWSER_TAB_CLOSED = "browser_tab_closed"
    SCREEN_CLEARED = "screen_cleared"


BEFORE_STEPS = (
    StepKey.CARD_OWNER_CHECKED,
    StepKey.PIN_ATTEMPTS_CHECKED,
    StepKey.PREVIOUS_PERSON_LOGGED_OUT,
)
AFTER_STEPS = (
    StepKey.LOGGED_OUT,
    StepKey.CARD_REMOVED,
    StepKey.BROWSER_TAB_CLOSED,
    StepKey.SCREEN_CLEARED,
)


def phase_of(step: StepKey) -> Phase:
    return Phase.BEFORE if step in BEFORE_STEPS else Phase.AFTER


class SessionEvent(StrEnum):
    """Codes written to the audit log."""

    STARTED = "started"
    STEP_DONE = "step_done"
    STEP_UNDONE = "step_undone"
    ACTIVATED = "activated"
    PIN_FAILED = "pin_failed"
    PIN_ACCEPTED = "pin_accepted"
    PIN_NOW_LOCKED = "pin_now_locked"
    PIN_LAST_ATTEMPT = "pin_last_attempt"
    CLOSING = "closing"
    ENDED = "ended"
    CANCELLED = "cancelled"


class Refusal(StrEnum):
    OTHER_SESSION_PENDING = "other_session_pending"
    NO_CARD = "no_card"
    CARD_NOT_IN_HAND = "card_not_in_hand"
    FACE_AUTH_NO_PORTAL = "face_auth_no_portal"
    PIN_LOCKED = "pin_locked"
    PIN_LAST_ATTEMPT_NOT_ACKNOWLEDGED = "pin_last_attempt_not_acknowledged"
    WRONG_STATE = "wrong_state"
    WRONG_PHASE = "wrong_phase"
    STEPS_MISSING = "steps_missing"


class SessionRefused(Exception):
    def __init__(self, code: Refusal, params: Mapping[str, object] | None = None) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = dict(params or {})


@dataclass(frozen=True)
class PinFacts:
    """The user-certificate PIN as the card service reports it."""

    failures: int
    limit: int

    @property
    def remaining(self) -> int:
        return max(self.limit - self.failures, 0)

    @property
    def locked(self) -> bool:
        return self.failures >= self.limit

    @property
    def last_attempt(self) -> bool:
        return self.remaining == 1


@dataclass(frozen=True)
class PreflightFacts:
    """What decides whether a session may start for a member."""

    card_kind: CardKind | None  # None: no issued card
    card_state: CardState | None
    user_pin: PinFacts | None  # None on a face-authentication card (it has no PINs)


class PreflightWarning(StrEnum):
    PIN_LAST_ATTEMPT = "pin_last_attempt"
    PIN_SOME_FAILED = "pin_some_failed"


@dataclass(frozen=True)
class Preflight:
    blockers: tuple[Refusal, ...]
    warnings: tuple[PreflightWarning, ...]
    params: dict[str, object] = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return bool(self.blockers)


def preflight(facts: PreflightFacts) -> Preflight:
    """Whether a session may start: blockers stop it, warnings need the user's attention."""
    blockers: list[Refusal] = []
    warnings: list[PreflightWarning] = []
    params: dict[str, object] = {}
    if facts.card_kind is None:
        blockers.append(Refusal.NO_CARD)
    elif facts.card_kind is CardKind.FACE_AUTH:
        # A face-authentication card cannot log in to マイナポータル at all (RULES.md 1, 6).
        blockers.append(Refusal.FACE_AUTH_NO_PORTAL)
    if facts.card_state is not None and facts.card_state is not CardState.IN_HAND:
        blockers.append(Refusal.CARD_NOT_IN_HAND)
        params["card_state"] = facts.card_state.value
    pin = facts.user_pin
    if pin is not None:
        params.update(failures=pin.failures, limit=pin.limit, remaining=pin.remaining)
        if pin.locked:
            blockers.append(Refusal.PIN_LOCKED)
        elif pin.last_attempt:
            warnings.append(PreflightWarning.PIN_LAST_ATTEMPT)
        elif pin.failures > 0:
            warnings.append(PreflightWarning.PIN_SOME_FAILED)
    return Preflight(tuple(blockers), tuple(warnings), params)


@dataclass(frozen=True)
class ProxySession:
    id: int | None
    member_id: int
    device_id: str
    started_at: datetime
    ended_at: datetime | None
    state: SessionState
    steps: Mapping[StepKey, datetime | None]  # every step of both phases; None = not done
    version: int = 1

    @property
    def pending(self) -> bool:
        return self.state is not SessionState.DONE

    def done(self, step: StepKey) -> bool:
        return self.steps.get(step) is not None

    def missing(self, phase: Phase) -> tuple[StepKey, ...]:
        keys = BEFORE_STEPS if phase is Phase.BEFORE else AFTER_STEPS
        return tuple(k for k in keys if not self.done(k))


@dataclass(frozen=True)
class Transition:
    session: ProxySession
    events: tuple[SessionEvent, ...]


def start(
    member_id: int,
    device_id: str,
    at: datetime,
    pending: ProxySession | None,
    check: Preflight,
) -> Transition:
    """A new session in preflight. Refused while another session on this device is not done
    (``member_id`` of that session in the params), or when something blocks the start."""
    if pending is not None and pending.pending:
        raise SessionRefused(Refusal.OTHER_SESSION_PENDING,
                             {"member_id": pending.member_id, "state": pending.state.value})
    if check.blocked:
        raise SessionRefused(check.blockers[0], check.params)
    steps: dict[StepKey, datetime | None] = {k: None for k in (*BEFORE_STEPS, *AFTER_STEPS)}
    session = ProxySession(None, member_id, device_id, at, None, SessionState.PREFLIGHT, steps)
    return Transition(session, (SessionEvent.STARTED,))


def tick(
    session: ProxySession,
    step: StepKey,
    at: datetime,
    check: Preflight | None = None,
    acknowledge_risk: bool = False,
) -> Transition:
    """Mark a step done. Before-steps only in preflight, after-steps only while closing.
    ``pin_attempts_checked`` is refused while the PIN is locked, and with one attempt left
    only when the user acknowledged the risk."""
    _require_phase(session, step)
    if step is StepKey.PIN_ATTEMPTS_CHECKED and check is not None:
        if check.blocked:
            raise SessionRefused(check.blockers[0], check.params)
        if PreflightWarning.PIN_LAST_ATTEMPT in check.warnings and not acknowledge_risk:
            raise SessionRefused(Refusal.PIN_LAST_ATTEMPT_NOT_ACKNOWLEDGED, check.params)
    if session.done(step):
        return Transition(session, ())
    return Transition(_with_step(session, step, at), (SessionEvent.STEP_DONE,))


def untick(session: ProxySession, step: StepKey) -> Transition:
    _require_phase(session, step)
    if not session.done(step):
        return Transition(session, ())
    return Transition(_with_step(session, step, None), (SessionEvent.STEP_UNDONE,))


def activate(session: ProxySession, check: Preflight) -> Transition:
    """Preflight → active, once every before-step is done and nothing blocks (the PIN may
    have locked since the step was ticked)."""
    _require_state(session, SessionState.PREFLIGHT)
    missing = session.missing(Phase.BEFORE)
    if missing:
        raise SessionRefused(Refusal.STEPS_MISSING, {"steps": tuple(m.value for m in missing)})
    if check.blocked:
        raise SessionRefused(check.blockers[0], check.params)
    return Transition(replace(session, state=SessionState.ACTIVE), (SessionEvent.ACTIVATED,))


def pin_event(session: ProxySession, accepted: bool, after: PinFacts | None) -> Transition:
    """A PIN entry during the active session (the card service counts it)."""
    _require_state(session, SessionState.ACTIVE)
    events = [SessionEvent.PIN_ACCEPTED if accepted else SessionEvent.PIN_FAILED]
    if not accepted and after is not None:
        if after.locked:
            events.append(SessionEvent.PIN_NOW_LOCKED)
        elif after.last_attempt:
            events.append(SessionEvent.PIN_LAST_ATTEMPT)
    return Transition(session, tuple(events))


def begin_closing(session: ProxySession) -> Transition:
    """Active (or an unfinished preflight found after a crash) → closing: the after-checklist."""
    if session.state is SessionState.CLOSING:
        return Transition(session, ())
    if session.state not in (SessionState.ACTIVE, SessionState.PREFLIGHT):
        raise SessionRefused(Refusal.WRONG_STATE, {"state": session.state.value})
    return Transition(replace(session, state=SessionState.CLOSING), (SessionEvent.CLOSING,))


def finish(session: ProxySession, at: datetime) -> Transition:
    """Closing → done, once every after-step is done."""
    _require_state(session, SessionState.CLOSING)
    missing = session.missing(Phase.AFTER)
    if missing:
        raise SessionRefused(Refusal.STEPS_MISSING, {"steps": tuple(m.value for m in missing)})
    return Transition(replace(session, state=SessionState.DONE, ended_at=at),
                      (SessionEvent.ENDED,))


def cancel(session: ProxySession, at: datetime) -> Transition:
    """Give up in preflight: nothing was done for the person yet."""
    _require_state(session, SessionState.PREFLIGHT)
    return Transition(replace(session, state=SessionState.DONE, ended_at=at),
                      (SessionEvent.CANCELLED,))


def _require_state(session: ProxySession, state: SessionState) -> None:
    if session.state is not state:
        raise SessionRefused(Refusal.WRONG_STATE,
                             {"state": session.state.value, "expected": state.value})


def _require_phase(session: ProxySession, step: StepKey) -> None:
    allowed = {Phase.BEFORE: SessionState.PREFLIGHT, Phase.AFTER: SessionState.CLOSING}
    if session.state is not allowed[phase_of(step)]:
        raise SessionRefused(Refusal.WRONG_PHASE,
                             {"state": session.state.value, "step": step.value})


def _with_step(session: ProxySession, step: StepKey, at: datetime | None) -> ProxySession:
    steps = dict(session.steps)
    steps[step] = at
    return replace(session, steps=steps)
