"""Guarded sessions through the service: one pending per device with the other person named,
locked PINs block the start, PIN entries reach the card's counters, everything audited."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from familycare.domain.member_facts import PinKind
from familycare.domain.proxy_session import Refusal, SessionState, StepKey
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.services.proxy_sessions import ProxySessionRefused
from familycare.storage.rows import AuditEventRow
from tests.services.proxy_helpers import active_session, close_session, member_with_card


def test_starting_b_while_a_is_active_is_refused_naming_a(household) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    ken = member_with_card(household, "山田 健")
    active_session(household, taro.id)
    with pytest.raises(ProxySessionRefused) as refused:
        household.proxy_sessions.start(ken.id)
    assert refused.value.code is Refusal.OTHER_SESSION_PENDING
    assert refused.value.params["name"] == "山田 太郎"
    assert refused.value.params["new_name"] == "山田 健"


def test_after_a_finished_session_the_next_person_may_start(household) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    ken = member_with_card(household, "山田 健")
    first = active_session(household, taro.id)
    done = close_session(household, first.id)
    assert done.state is SessionState.DONE and household.proxy_sessions.pending() is None
    assert household.proxy_sessions.start(ken.id).member_id == ken.id


def test_a_locked_pin_blocks_the_start(household) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    for _ in range(3):
        household.cards.record_pin_failure(taro.id, PinKind.USER_CERT)
    with pytest.raises(ProxySessionRefused) as refused:
        household.proxy_sessions.start(taro.id)
    assert refused.value.code is Refusal.PIN_LOCKED
    assert household.proxy_sessions.pending() is None


def test_face_auth_card_blocks_the_start(household) -> None:
    hanako = member_with_card(household, "山田 花子", date(1948, 3, 14), face=True)
    with pytest.raises(ProxySessionRefused) as refused:
        household.proxy_sessions.start(hanako.id)
    assert refused.value.code is Refusal.FACE_AUTH_NO_PORTAL


def test_pin_failures_in_a_session_reach_the_dashboard_counters(household) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    session = active_session(household, taro.id)
    outcome = household.proxy_sessions.record_pin_failed(session.id)
    assert outcome.report.state.failures == 1
    household.proxy_sessions.record_pin_failed(session.id)
    states = {r.state.kind: r.state for r in household.cards.pin_states(taro.id)}
    assert states[PinKind.USER_CERT].failures == 2 and states[PinKind.USER_CERT].last_attempt
    accepted = household.proxy_sessions.record_pin_accepted(session.id)
    assert accepted.report.state.failures == 0
    assert household.facts.facts_for(taro.id).pins[PinKind.USER_CERT] == 0


def test_pin_entries_are_refused_outside_an_active_session(household) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    session = household.proxy_sessions.start(taro.id)
    with pytest.raises(ProxySessionRefused) as refused:
        household.proxy_sessions.record_pin_failed(session.id)
    assert refused.value.code is Refusal.WRONG_STATE
    assert household.cards.pin_states(taro.id)[0].state.failures == 0


def test_one_attempt_left_must_be_acknowledged(household) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    household.cards.record_pin_failure(taro.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(taro.id, PinKind.USER_CERT)
    session = household.proxy_sessions.start(taro.id)
    with pytest.raises(ProxySessionRefused) as refused:
        household.proxy_sessions.tick(session.id, StepKey.PIN_ATTEMPTS_CHECKED)
    assert refused.value.code is Refusal.PIN_LAST_ATTEMPT_NOT_ACKNOWLEDGED
    ticked = household.proxy_sessions.tick(session.id, StepKey.PIN_ATTEMPTS_CHECKED,
                                           acknowledge_risk=True)
    assert ticked.done(StepKey.PIN_ATTEMPTS_CHECKED)


def test_every_start_step_pin_event_and_end_is_audited(household) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    session = active_session(household, taro.id)
    household.proxy_sessions.record_pin_failed(session.id)
    close_session(household, session.id)
    with household.db.unit_of_work() as s:
        actions = list(s.scalars(select(AuditEventRow.action).where(
            AuditEventRow.entity == "proxy_session").order_by(AuditEventRow.id)))
    assert actions == (["started"] + ["step_done"] * 3 + ["activated", "pin_failed", "closing"]
                       + ["step_done"] * 4 + ["ended"])


def test_sessions_are_per_device(household, app_paths, clock, tmp_path) -> None:
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    ken = member_with_card(household, "山田 健")
    active_session(household, taro.id)
    # The same household opened from another device (another config folder) is not blocked.
    other_paths = type(app_paths)(app_paths.data_dir, app_paths.db_url, tmp_path / "other")
    other = open_household(other_paths, clock)
    try:
        assert other.proxy_sessions.device_id != household.proxy_sessions.device_id
        assert other.proxy_sessions.pending() is None
        assert other.proxy_sessions.start(ken.id).member_id == ken.id
    finally:
        other.close()


def test_a_session_killed_mid_way_is_pending_at_the_next_open(tmp_path, clock) -> None:
    from tests.services.proxy_crash import kill_mid_session
    from tests.services.proxy_crash_child import CHILD_MEMBER

    data_dir = tmp_path / "household"
    data_dir.mkdir()
    kill_mid_session(data_dir)
    reopened = open_household(resolve_paths(data_dir=data_dir, environ={}), clock)
    try:
        pending = reopened.proxy_sessions.pending()
        assert pending is not None and pending.state is SessionState.ACTIVE
        assert reopened.proxy_sessions.member(pending.member_id).display_name == CHILD_MEMBER
        # Nobody else can start until the after-checklist is done.
        with pytest.raises(ProxySessionRefused) as refused:
            reopened.proxy_sessions.start(pending.member_id)
        assert refused.value.params["name"] == CHILD_MEMBER
        done = close_session(reopened, pending.id)
        assert done.state is SessionState.DONE and reopened.proxy_sessions.pending() is None
    finally:
        reopened.close()
