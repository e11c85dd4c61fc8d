"""The notes panel with a test-double keyring: Show reveals, 30 s / focus loss / member
change hides, a locked keyring shows what to do, the body never leaks into other text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from familycare.secrets.store import SecretsReason
from familycare.ui.notes_panel import REVEAL_MS, NotesPanel
from tests.fixtures_keyring import MemorySecretStore
from tests.services.notes_helpers import add_member, open_with_store
from tests.ui.notes_widget_text import all_texts

BODY = "CANARY-ui-暗証番号は父の誕生日ではない"


@pytest.fixture
def store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def home(tmp_path: Path, store: MemorySecretStore):
    household = open_with_store(tmp_path / "h", store)
    yield household
    household.close()


def make_panel(qtbot, home, answers=None, confirms=None):
    asked: list[tuple[str, str, str]] = []

    def ask(_parent, heading, title, body):
        asked.append((heading, title, body))
        return answers.pop(0) if answers else None

    panel = NotesPanel(home.notes, ask_note=ask,
                       confirm=lambda *_: confirms.pop(0) if confirms else False)
    qtbot.addWidget(panel)
    panel.show()
    return panel, asked


def settle(panel: NotesPanel) -> None:
    """Until every keyring call (and any call its result started) has come back."""
    from PySide6.QtWidgets import QApplication

    for _ in range(200):
        panel.worker.wait()
        QApplication.processEvents()
        if not panel.worker.busy:
            return
    raise AssertionError("keyring calls did not finish")


def leaks(panel: NotesPanel) -> list[str]:
    return [t for t in all_texts(panel) if "CANARY" in t]


def test_add_then_show_then_auto_hide(qtbot, home) -> None:
    member = add_member(home)
    panel, _ = make_panel(qtbot, home, answers=[("暗証番号のヒント", BODY)])
    panel.set_member(member.id)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert panel.model.rowCount() == 1
    assert panel.model.item(0).text() == "暗証番号のヒント"
    assert not panel.body_visible and leaks(panel) == []

    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert panel.body_visible and panel.body_view.toPlainText() == BODY
    assert panel.hide_timer.isActive() and panel.hide_timer.interval() == REVEAL_MS == 30_000
    # Only the body view holds it: not the status line, not a tooltip.
    assert [w for w in leaks(panel) if w != BODY] == []
    assert BODY not in panel.status.text() and BODY not in panel.model.item(0).toolTip()

    panel.hide_timer.timeout.emit()  # as if 30 seconds passed
    assert not panel.body_visible and leaks(panel) == []


def test_focus_loss_and_member_change_hide_the_body(qtbot, home) -> None:
    member = add_member(home)
    home.notes.set_note(member.id, "t", BODY)
    panel, _ = make_panel(qtbot, home)
    panel.set_member(member.id)
    for hide in (lambda: panel._on_app_state(Qt.ApplicationState.ApplicationInactive),
                 lambda: panel._on_focus_window_changed(None),
                 lambda: panel.set_member(member.id),
                 panel.hide):
        panel.show()
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        settle(panel)
        assert panel.body_visible
        hide()
        assert not panel.body_visible and leaks(panel) == []


def test_locked_keyring_shows_locked_notes_and_what_to_do(qtbot, home, store) -> None:
    member = add_member(home)
    home.notes.set_note(member.id, "t", BODY)
    store.unavailable = SecretsReason.LOCKED
    panel, _ = make_panel(qtbot, home)
    panel.set_member(member.id)
    assert panel.model.rowCount() == 1  # titles stay listed
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert panel.locked and not panel.body_visible
    assert "Unlock your keyring (パスワードとキー) and try again" in panel.lock_label.text()
    store.unavailable = None
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert not panel.locked and panel.body_visible


def test_no_keyring_refuses_to_save_and_says_nothing_is_written_elsewhere(
    qtbot, home, store
) -> None:
    member = add_member(home)
    store.unavailable = SecretsReason.NO_BACKEND
    panel, _ = make_panel(qtbot, home, answers=[("t", BODY)])
    panel.set_member(member.id)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert panel.locked and "nothing is written elsewhere" in panel.lock_label.text()
    assert home.notes.list_notes() == [] and store.entries == {}
    assert leaks(panel) == []


def test_edit_prefills_the_body_in_the_dialog_only_and_saves(qtbot, home, store) -> None:
    member = add_member(home)
    home.notes.set_note(member.id, "t", BODY)
    panel, asked = make_panel(qtbot, home, answers=[("t2", "new text")])
    panel.set_member(member.id)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert asked == [("Edit note", "t", BODY)]
    assert panel.model.item(0).text() == "t2"
    assert list(store.entries.values()) == ["new text"]


def test_validation_problems_are_shown_without_the_body(qtbot, home) -> None:
    member = add_member(home)
    panel, _ = make_panel(qtbot, home, answers=[("", "CANARY" + "x" * 1000)])
    panel.set_member(member.id)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert "title" in panel.status.text().lower() and "1000" in panel.status.text()
    assert leaks(panel) == []


def test_delete_asks_and_removes_the_entry(qtbot, home, store) -> None:
    member = add_member(home)
    home.notes.set_note(member.id, "t", BODY)
    panel, _ = make_panel(qtbot, home, confirms=[True])
    panel.set_member(member.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert panel.model.rowCount() == 0 and store.entries == {}


def test_a_note_of_another_device_says_where_it_is(qtbot, home) -> None:
    from familycare.services.notes import NoteService

    member = add_member(home)
    home.notes.set_note(member.id, "t", BODY)
    elsewhere = NoteService(home.db, MemorySecretStore(), "other-device", home.audit,
                            home.notes._guard)
    panel = NotesPanel(elsewhere)
    qtbot.addWidget(panel)
    panel.set_member(member.id)
    # The computer that wrote it is named (its host name, recorded with its notes).
    where = home.notes.device_name
    assert where and f"(text kept on {where})" in panel.model.item(0).text()
    qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    settle(panel)
    assert not panel.body_visible and f'computer "{where}"' in panel.status.text()
