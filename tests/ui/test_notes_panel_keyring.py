# ruff: noqa: F811 - pytest fixtures imported by name and used as arguments
"""The whole main window over the REAL Secret Service (tests/env/session.sh): while a note
is hidden, no widget on any tab shows or exposes its body; with keyring's fail backend the
notes are locked, nothing is written and the rest of the window works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from familycare.secrets import KeyringSecretStore
from familycare.services.recent_households import RecentHouseholds
from familycare.ui.main_window import MainWindow
from tests.fixtures_keyring import (  # noqa: F401
    isolated_keyring_ready,
    keyring_store,
    keyring_store_factory,
)
from tests.services.notes_helpers import add_member, open_with_store
from tests.ui.notes_widget_text import all_texts
from tests.ui.test_notes_panel import settle

CANARY = "CANARY-win-4f1c-仏壇の引き出し"


def make_window(qtbot, household, tmp_path: Path) -> MainWindow:
    window = MainWindow(household, RecentHouseholds(tmp_path / "recent"),
                        lambda _folder: household)
    qtbot.addWidget(window)
    window.members_page.reload()
    window.show()
    return window


def window_leaks(window: MainWindow) -> list[str]:
    texts = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        texts += all_texts(window)
    window.tabs.setCurrentWidget(window.members_page)
    return [t for t in texts if "CANARY" in t]


def test_no_widget_shows_the_body_while_hidden(qtbot, tmp_path, keyring_store) -> None:
    household = open_with_store(tmp_path / "h", keyring_store)
    try:
        member = add_member(household)
        household.notes.set_note(member.id, "保管場所", CANARY)
        window = make_window(qtbot, household, tmp_path)
        window.tabs.setCurrentWidget(window.members_page)
        panel = window.members_page.notes_panel
        assert panel is not None and panel.model.rowCount() == 1
        assert window_leaks(window) == []
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        settle(panel)
        assert panel.body_view.toPlainText() == CANARY  # the real keyring answered
        # The sweep does see a shown body (so its silence below means something).
        assert CANARY in all_texts(window)
        # Switching tabs hides the page, and with it the body.
        family_tab = window.tabs.indexOf(window.members_page)
        window.tabs.setCurrentIndex((family_tab + 1) % window.tabs.count())
        assert not panel.body_visible
        window.tabs.setCurrentIndex(family_tab)
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        settle(panel)
        panel.hide_timer.timeout.emit()
        assert window_leaks(window) == []
        window.close()
    finally:
        household.close()


def test_fail_backend_locks_notes_and_the_window_still_works(qtbot, tmp_path,
                                                             isolated_keyring_ready) -> None:
    from keyring.backends import fail

    store = KeyringSecretStore("familycare-test-fail", fail.Keyring())
    household = open_with_store(tmp_path / "h", store)
    try:
        add_member(household)
        window = make_window(qtbot, household, tmp_path)
        panel = window.members_page.notes_panel
        assert panel is not None
        panel._ask_note = lambda *_: ("t", CANARY)
        qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        settle(panel)
        assert panel.locked
        assert "No keyring found on this computer" in panel.lock_label.text()
        assert household.notes.list_notes() == []
        assert window_leaks(window) == []
        # The roster still works.
        window.members_page.start_new()
        window.members_page.form.name.setText("山田 蓮")
        qtbot.keyClicks(window.members_page.form.birth.edit, "2018-05-05")
        window.members_page.form.relationship.setCurrentIndex(
            window.members_page.form.relationship.findData("child"))
        assert window.members_page.save() is not None
        window.close()
    finally:
        household.close()
