"""Working without a mouse: Ctrl+1…6 switch tabs, Ctrl+Shift+N starts a new member, Ctrl+S
saves the member form on the Family tab, and F1's dialog lists every shortcut there is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from familycare.ui.keyboard import KeyboardDialog, shortcut_rows
from tests.ui.a11y_audit import unnamed_controls


@pytest.fixture
def window(qtbot, household, app_paths, clock, tmp_path):
    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.services.settings import LANGUAGE
    from familycare.ui.main_window import MainWindow

    household.settings.set(LANGUAGE, "en")
    main = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                      lambda folder: open_household(app_paths, clock))
    qtbot.addWidget(main)
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)
    return main


def press(qtbot, window, key: Qt.Key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(window, key, modifiers)


def test_ctrl_and_a_number_switch_tabs(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_2)
    assert window.tabs.currentWidget() is window.members_page
    press(qtbot, window, Qt.Key.Key_4)
    assert window.tabs.currentWidget() is window.visit_page
    press(qtbot, window, Qt.Key.Key_5)
    assert window.tabs.currentWidget() is window.proxy_ui.page
    press(qtbot, window, Qt.Key.Key_6)
    assert window.tabs.currentWidget() is window.timeline_tab
    assert window.tabs.indexOf(window.timeline_tab) == 5  # after the other five
    press(qtbot, window, Qt.Key.Key_3)
    assert window.tabs.currentWidget() is window.todo_page
    press(qtbot, window, Qt.Key.Key_1)
    assert window.tabs.currentWidget() is window.home_page


def test_new_member_then_save_from_the_keyboard(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_N,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.tabs.currentWidget() is window.members_page
    window.members_page.form.name.setText("山田 花子")
    window.members_page.form.kana.setText("やまだ はなこ")
    window.members_page.form.birth.edit.setText("1950-03-14")
    press(qtbot, window, Qt.Key.Key_S)
    names = [m.display_name for m in window.household.members.list_members()]
    assert names == ["山田 花子"]


def test_save_does_nothing_off_the_family_tab(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_N,
          Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    window.members_page.form.name.setText("山田 花子")
    window.members_page.form.birth.edit.setText("1950-03-14")
    press(qtbot, window, Qt.Key.Key_4)
    press(qtbot, window, Qt.Key.Key_S)
    assert window.household.members.list_members() == []


def test_the_dialog_lists_every_registered_shortcut(qtbot, window) -> None:
    registered = {a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                  for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    for keys in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+6", "Ctrl+S", "F1",
                 "Ctrl+Shift+N"):
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in registered
    # Keys are unique: no shortcut is taken twice (Qt would then run neither).
    all_keys = [row.keys for row in shortcut_rows(window)]
    assert len(all_keys) == len(set(all_keys))

    dialog = KeyboardDialog(shortcut_rows(window), window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text()
              for r in range(dialog.table.rowCount())}
    assert set(listed) == registered
    assert listed[QKeySequence("Ctrl+2").toString(QKeySequence.SequenceFormat.NativeText)] \
        == "Go to the Family tab"
    assert listed[QKeySequence("Ctrl+6").toString(QKeySequence.SequenceFormat.NativeText)] \
        == "Go to the Timeline tab"
    dialog.show()
    assert unnamed_controls(dialog) == {}


def test_help_menu_opens_the_dialog_with_f1(window) -> None:
    help_actions = [a for m in window.menuBar().actions() if m.menu()
                    for a in m.menu().actions()]
    [action] = [a for a in help_actions if a.text().replace("&", "") == "Keyboard shortcuts…"]
    assert action.shortcut() == QKeySequence("F1")


def test_tab_keys_follow_the_pages_of_another_household(qtbot, window, tmp_path) -> None:
    old_page = window.members_page
    assert window.switch_household(tmp_path / "other")
    try:
        press(qtbot, window, Qt.Key.Key_5)
        press(qtbot, window, Qt.Key.Key_2)
        assert window.members_page is not old_page
        assert window.tabs.currentWidget() is window.members_page
    finally:
        window.household.close()
