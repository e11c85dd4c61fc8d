"""The guarded-session state machine: checklists in order, one pending session per device,
locked PINs and face-authentication cards block the start."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from familycare.domain import proxy_session as ps
from familycare.domain.member_facts import CardKind, CardState
from familycare.domain.proxy_session import (
    AFTER_STEPS,
    BEFORE_STEPS,
    PinFacts,
    PreflightFacts,
    Refusal,
    SessionEvent,
    SessionRefused,
    SessionState,
    StepKey,
)

AT = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
OK = ps.preflight(PreflightFacts(CardKind.STANDARD, CardState.IN_HAND, PinFacts(0, 3)))
ONE_LEFT = ps.preflight(PreflightFacts(CardKind.STANDARD, CardState.IN_HAND, PinFacts(2, 3)))
LOCKED = ps.preflight(PreflightFacts(CardKind.STANDARD, CardState.IN_HAND, PinFacts(3, 3)))


def started(member_id: int = 1) -> ps.ProxySession:
    return ps.start(member_id, "dev", AT, None, OK).session


def active() -> ps.ProxySession:
    s = started()
    for step in BEFORE_STEPS:
        s = ps.tick(s, step, AT, OK).session
    return ps.activate(s, OK).session


def test_full_walk_through_the_states() -> None:
    s = active()
    assert s.state is SessionState.ACTIVE
    s = ps.begin_closing(s).session
    for step in AFTER_STEPS:
        s = ps.tick(s, step, AT).session
    moved = ps.finish(s, AT)
    assert moved.session.state is SessionState.DONE and moved.session.ended_at == AT
    assert moved.events == (SessionEvent.ENDED,)
    assert not moved.session.pending


def test_another_pending_session_refuses_the_start_and_names_its_member() -> None:
    with pytest.raises(SessionRefused) as refused:
        ps.start(2, "dev", AT, started(member_id=1), OK)
    assert refused.value.code is Refusal.OTHER_SESSION_PENDING
    assert refused.value.params["member_id"] == 1


def test_locked_pin_face_auth_card_and_lost_card_block_the_start() -> None:
    for check, code in (
        (LOCKED, Refusal.PIN_LOCKED),
        (ps.preflight(PreflightFacts(CardKind.FACE_AUTH, CardState.IN_HAND, None)),
         Refusal.FACE_AUTH_NO_PORTAL),
        (ps.preflight(PreflightFacts(CardKind.STANDARD, CardState.LOST, PinFacts(0, 3))),
         Refusal.CARD_NOT_IN_HAND),
        (ps.preflight(PreflightFacts(None, None, None)), Refusal.NO_CARD),
    ):
        with pytest.raises(SessionRefused) as refused:
            ps.start(1, "dev", AT, None, check)
        assert refused.value.code is code


def test_one_attempt_left_needs_an_explicit_acknowledgement() -> None:
    assert ONE_LEFT.warnings == (ps.PreflightWarning.PIN_LAST_ATTEMPT,)
    s = ps.start(1, "dev", AT, None, ONE_LEFT).session
    with pytest.raises(SessionRefused) as refused:
        ps.tick(s, StepKey.PIN_ATTEMPTS_CHECKED, AT, ONE_LEFT)
    assert refused.value.code is Refusal.PIN_LAST_ATTEMPT_NOT_ACKNOWLEDGED
    s = ps.tick(s, StepKey.PIN_ATTEMPTS_CHECKED, AT, ONE_LEFT, acknowledge_risk=True).session
    assert s.done(StepKey.PIN_ATTEMPTS_CHECKED)


def test_activation_needs_every_before_step_and_rechecks_the_pin() -> None:
    s = ps.tick(started(), StepKey.CARD_OWNER_CHECKED, AT).session
    with pytest.raises(SessionRefused) as refused:
        ps.activate(s, OK)
    assert refused.value.params["steps"] == ("pin_attempts_checked", "previous_person_logged_out")
    for step in BEFORE_STEPS:
        s = ps.tick(s, step, AT, OK).session
    with pytest.raises(SessionRefused) as locked:
        ps.activate(s, LOCKED)
    assert locked.value.code is Refusal.PIN_LOCKED


def test_steps_belong_to_their_phase() -> None:
    with pytest.raises(SessionRefused):
        ps.tick(started(), StepKey.LOGGED_OUT, AT)
    with pytest.raises(SessionRefused):
        ps.tick(active(), StepKey.CARD_OWNER_CHECKED, AT)


def test_ending_needs_every_after_step() -> None:
    s = ps.begin_closing(active()).session
    s = ps.tick(s, StepKey.LOGGED_OUT, AT).session
    s = ps.untick(s, StepKey.LOGGED_OUT).session
    with pytest.raises(SessionRefused) as refused:
        ps.finish(s, AT)
    assert refused.value.params["steps"] == tuple(k.value for k in AFTER_STEPS)


def test_pin_events_only_while_active_and_warn_on_the_last_attempt() -> None:
    with pytest.raises(SessionRefused):
        ps.pin_event(started(), accepted=False, after=None)
    assert ps.pin_event(active(), False, PinFacts(2, 3)).events == (
        SessionEvent.PIN_FAILED, SessionEvent.PIN_LAST_ATTEMPT)
    assert ps.pin_event(active(), False, PinFacts(3, 3)).events == (
        SessionEvent.PIN_FAILED, SessionEvent.PIN_NOW_LOCKED)
    assert ps.pin_event(active(), True, PinFacts(0, 3)).events == (SessionEvent.PIN_ACCEPTED,)


def test_cancel_only_before_activation_and_crash_recovery_closes_from_preflight() -> None:
    assert ps.cancel(started(), AT).session.state is SessionState.DONE
    with pytest.raises(SessionRefused):
        ps.cancel(active(), AT)
    assert ps.begin_closing(started()).session.state is SessionState.CLOSING
