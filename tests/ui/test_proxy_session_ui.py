"""The guarded session on screen: the banner in the person's colour on the main window, the
start dialog's refusals (another session open, locked PIN), the PIN buttons reaching the
card's counters, and the after-checklist shown on restart after the app was killed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from familycare.domain.member_facts import PinKind
from familycare.domain.proxy_session import BEFORE_STEPS, SessionState
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.services.recent_households import RecentHouseholds
from familycare.ui.main_window import MainWindow
from familycare.ui.proxy_session_end import ProxyEndDialog
from familycare.ui.proxy_session_start import ProxyStartDialog
from tests.services.proxy_helpers import active_session, member_with_card

SCREENSHOTS = Path(__file__).resolve().parents[2] / "resources" / "screenshots"


def make_window(qtbot, household, tmp_path):
    window = MainWindow(household, RecentHouseholds(tmp_path / "config"), lambda _f: household)
    qtbot.addWidget(window)
    # Risky actions ask once: the tests answer yes.
    window.proxy_ui.controller.confirm = lambda *_args: True
    return window


@pytest.fixture
def family(household):
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1))
    ken = member_with_card(household, "山田 健")
    return household, taro, ken


def tick_all(dialog: ProxyStartDialog) -> None:
    for box in dialog.checks.values():
        box.setChecked(True)


def test_start_dialog_then_banner_in_the_persons_colour(qtbot, family, tmp_path) -> None:
    household, taro, _ = family
    window = make_window(qtbot, household, tmp_path)
    banner = window.proxy_ui.banner
    assert banner.isHidden()
    dialog = ProxyStartDialog(window.proxy_ui.controller, window, taro.id)
    qtbot.addWidget(dialog)
    assert not dialog.start_button.isEnabled()
    tick_all(dialog)
    assert dialog.start_button.isEnabled()
    dialog.start()
    assert household.proxy_sessions.pending().state is SessionState.ACTIVE
    assert not banner.isHidden()
    assert "山田 太郎" in banner.headline.text()
    assert taro.colour in banner.styleSheet()
    # Dialogs of any feature can show the same banner.
    other = window.proxy_ui.controller.make_banner(window)
    assert "山田 太郎" in other.headline.text()


def test_starting_b_while_a_is_active_is_refused_naming_a(qtbot, family, tmp_path) -> None:
    household, taro, ken = family
    window = make_window(qtbot, household, tmp_path)
    active_session(household, taro.id)
    dialog = ProxyStartDialog(window.proxy_ui.controller, window, ken.id)
    qtbot.addWidget(dialog)
    assert "山田 太郎" in dialog.refusal.text() and not dialog.refusal.isHidden()
    assert not any(b.isEnabled() for b in dialog.checks.values())
    assert not dialog.start_button.isEnabled()
    assert household.proxy_sessions.pending().member_id == taro.id


def test_a_locked_pin_blocks_the_start(qtbot, family, tmp_path) -> None:
    household, taro, _ = family
    for _ in range(3):
        household.cards.record_pin_failure(taro.id, PinKind.USER_CERT)
    window = make_window(qtbot, household, tmp_path)
    dialog = ProxyStartDialog(window.proxy_ui.controller, window, taro.id)
    qtbot.addWidget(dialog)
    assert "locked" in dialog.refusal.text()
    tick_all(dialog)
    assert not dialog.start_button.isEnabled()
    assert household.proxy_sessions.pending() is None


def test_one_attempt_left_needs_the_acknowledgement(qtbot, family, tmp_path) -> None:
    household, taro, _ = family
    for _ in range(2):
        household.cards.record_pin_failure(taro.id, PinKind.USER_CERT)
    window = make_window(qtbot, household, tmp_path)
    dialog = ProxyStartDialog(window.proxy_ui.controller, window, taro.id)
    qtbot.addWidget(dialog)
    assert "ONE attempt" in dialog.warning.text()
    tick_all(dialog)
    assert not dialog.start_button.isEnabled()
    dialog.acknowledge.setChecked(True)
    assert dialog.start_button.isEnabled()


def test_pin_buttons_reach_the_dashboard_counters(qtbot, family, tmp_path) -> None:
    household, taro, _ = family
    window = make_window(qtbot, household, tmp_path)
    active_session(household, taro.id)
    banner = window.proxy_ui.banner
    banner.pin_failed_button.click()
    banner.pin_failed_button.click()
    state = household.cards.pin_states(taro.id)[0].state
    assert state.kind is PinKind.USER_CERT and state.failures == 2
    assert "one attempt left" in banner.status.text().lower()
    banner.pin_accepted_button.click()
    assert household.cards.pin_states(taro.id)[0].state.failures == 0


def test_after_checklist_ends_the_session(qtbot, family, tmp_path) -> None:
    household, taro, _ = family
    window = make_window(qtbot, household, tmp_path)
    active_session(household, taro.id)
    dialog = ProxyEndDialog(window.proxy_ui.controller, window)
    qtbot.addWidget(dialog)
    assert not dialog.finish_button.isEnabled()
    for box in dialog.checks.values():
        box.setChecked(True)
    dialog.finish_button.click()
    assert household.proxy_sessions.pending() is None
    assert window.proxy_ui.banner.isHidden()


def test_killed_mid_session_shows_the_pending_checklist_on_restart(qtbot, tmp_path, clock) -> None:
    from tests.services.proxy_crash import kill_mid_session

    data_dir = tmp_path / "household"
    data_dir.mkdir()
    kill_mid_session(data_dir)
    household = open_household(resolve_paths(data_dir=data_dir, environ={}), clock)
    try:
        assert household.proxy_sessions.pending() is not None
        window = make_window(qtbot, household, tmp_path)
        assert window.proxy_ui.show_pending_if_any()
        dialog = window.proxy_ui.pending_dialog
        assert dialog.isVisible()
        assert "山田 太郎's last session was not confirmed as logged out" in dialog.headline.text()
        assert len(dialog.checks) == 4
        for box in dialog.checks.values():
            box.setChecked(True)
        dialog.finish_button.click()
        assert household.proxy_sessions.pending() is None
    finally:
        household.close()


def test_no_pending_session_shows_nothing(qtbot, family, tmp_path) -> None:
    household, _, _ = family
    window = make_window(qtbot, household, tmp_path)
    assert not window.proxy_ui.show_pending_if_any()


def test_steps_listed_in_the_start_dialog_name_the_person(qtbot, family, tmp_path) -> None:
    household, taro, _ = family
    window = make_window(qtbot, household, tmp_path)
    dialog = ProxyStartDialog(window.proxy_ui.controller, window, taro.id)
    qtbot.addWidget(dialog)
    assert len(dialog.checks) == len(BEFORE_STEPS)
    assert "山田 太郎's own" in dialog.checks[BEFORE_STEPS[0]].text()
