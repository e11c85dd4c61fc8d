"""Language and text size change while familycare runs (issue #11): the window builds its
pages and menus again, keeps what the person was looking at, and saves the choice for the
household so the next start opens the same way."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from familycare.ui.keyboard import shortcut_rows


@pytest.fixture
def demo_window(qtbot, app_paths, clock, tmp_path, ui_language, app_font):
    from familycare.app import open_with_demo
    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    household = open_with_demo(app_paths, True)
    window = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                        lambda folder: open_household(app_paths, clock),
                        ui_language=ui_language)
    qtbot.addWidget(window)
    window.members_page.reload()
    window.show()
    try:
        yield window
    finally:
        window.household.close()


def _member_id(window, name: str) -> int:
    return next(m.id for m in window.household.members.list_members()
                if m.display_name == name)


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_japanese_translates_every_page_at_once_and_keeps_the_view(
        demo_window) -> None:
    window = demo_window
    taro = _member_id(window, "山田 太郎")
    window.tabs.setCurrentWidget(window.members_page)
    window.members_page.reload(select_id=taro)
    details = window.members_page.details
    details.show_panel(details.pin_panel)
    pins_tab = details.tabs.currentIndex()
    visits = window.visit_page
    visits.member.setCurrentIndex(visits.member.findData(taro))
    visit_day = (window.household.clock.today() + timedelta(days=2)).isoformat()
    visits.date.edit.setText(visit_day)
    visits.show_plan()
    assert _menu_titles(window)[:2] == ["&File", "&Settings"]

    window.set_language("ja")
    QApplication.processEvents()

    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][:5] == [
        "ホーム", "家族", "やること", "受診", "代理人"]
    assert _menu_titles(window)[:2] == ["ファイル(&F)", "設定(&S)"]
    assert window.household.settings.language() == "ja"
    # What the person was looking at is still there, in the new language.
    assert window.tabs.currentWidget() is window.members_page
    assert window.members_page._current.id == taro
    assert window.members_page.details.tabs.currentIndex() == pins_tab
    assert window.members_page.details.tabs.tabText(pins_tab) == "暗証番号"
    assert window.visit_page.member.currentData() == taro
    assert window.visit_page.date.edit.text() == visit_day
    assert window.visit_page.plan_view.toPlainText().strip()
    # Rebuilt menus neither leave their old shortcuts behind nor clash with them.
    keys = Counter(row.keys for row in shortcut_rows(window))
    assert keys and max(keys.values()) == 1, keys


def test_the_language_menu_switches_and_shows_the_choice(qtbot, demo_window) -> None:
    window = demo_window
    settings_menu = window.menuBar().actions()[1].menu()
    language_menu = next(a.menu() for a in settings_menu.actions()
                         if a.menu() is not None and a.text() == "&Language")
    japanese = next(a for a in language_menu.actions() if a.text() == "日本語")
    assert not japanese.isChecked()
    japanese.trigger()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "ホーム")
    settings_menu = window.menuBar().actions()[1].menu()
    language_menu = next(a.menu() for a in settings_menu.actions()
                         if a.menu() is not None and a.text() == "言語(&L)")
    checked = [a.text() for a in language_menu.actions() if a.isChecked()]
    assert checked == ["日本語"]


def test_large_text_applies_at_once_and_is_saved(qtbot, demo_window, qapp) -> None:
    from familycare.ui.text_size import BASE_POINT_SIZE

    window = demo_window
    window.set_text_scale(100)
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE
    row_before = window.home_page.table.verticalHeader().defaultSectionSize()
    summary_before = window.home_page.summary.font().pointSizeF()
    size_menu = window.text_size_menu
    very_large = size_menu.actions()[2]
    very_large.trigger()
    qtbot.waitUntil(lambda: qapp.font().pointSizeF() == BASE_POINT_SIZE * 2)

    assert window.household.settings.text_scale() == 200
    # The pages were built again with the new size: headings and row heights grew with it.
    assert window.home_page.summary.font().pointSizeF() == pytest.approx(2 * summary_before)
    assert window.home_page.table.verticalHeader().defaultSectionSize() > 1.5 * row_before
    checked = [a.text() for a in window.text_size_menu.actions() if a.isChecked()]
    assert checked == ["&Very large (200 %)"]


def test_the_next_start_reads_the_saved_text_size_and_language(demo_window) -> None:
    from familycare.app import read_early_settings

    window = demo_window
    window.set_text_scale(150)
    window.set_language("ja")
    early = read_early_settings(window.household.paths.db_url)
    assert (early.text_scale, early.language) == (150, "ja")


@pytest.fixture
def new_window(qtbot, household, app_paths, clock, tmp_path, ui_language, app_font):
    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    window = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                        lambda folder: open_household(app_paths, clock),
                        ui_language=ui_language)
    qtbot.addWidget(window)
    window.show()
    return window


def test_a_new_household_is_asked_language_and_text_size_once(qtbot, new_window, qapp) -> None:
    from familycare.ui.first_start import offer_first_start
    from familycare.ui.text_size import BASE_POINT_SIZE

    dialog = offer_first_start(new_window)
    assert dialog is not None and dialog.isVisible()
    next(b for b in dialog.languages.buttons() if b.text() == "日本語").setChecked(True)
    next(b for b in dialog.sizes.buttons() if b.property("percent") == 150).setChecked(True)
    dialog.accept()

    assert new_window.household.settings.language() == "ja"
    assert new_window.household.settings.text_scale() == 150
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE * 1.5
    assert new_window.tabs.tabText(0) == "ホーム"
    assert offer_first_start(new_window) is None  # asked once


def test_closing_the_first_start_questions_keeps_the_defaults_and_does_not_ask_again(
        new_window) -> None:
    from familycare.ui.first_start import offer_first_start

    dialog = offer_first_start(new_window)
    assert dialog is not None
    dialog.reject()
    assert new_window.household.settings.text_scale() == 100
    assert new_window.tabs.tabText(0) == "Home"
    assert offer_first_start(new_window) is None


def test_a_household_already_in_use_is_not_asked(demo_window) -> None:
    from familycare.ui.first_start import offer_first_start

    assert offer_first_start(demo_window) is None  # it has members


def test_unsaved_edits_are_not_dropped_without_asking(qtbot, household, app_paths, clock,
                                                      tmp_path, ui_language, app_font) -> None:
    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    asked: list[str] = []
    answer = {"value": False}

    def confirm(_parent, title: str, _question: str) -> bool:
        asked.append(title)
        return answer["value"]

    window = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                        lambda folder: open_household(app_paths, clock),
                        ui_language=ui_language, confirm=confirm)
    qtbot.addWidget(window)
    window.show()
    window.members_page.start_new()
    window.members_page.form.name.setText("山田 花子")  # typed, not saved
    assert window.members_page.has_unsaved_changes()

    window.set_text_scale(200)
    window.set_language("ja")
    assert len(asked) == 2
    assert window.members_page.form.name.text() == "山田 花子"  # kept
    assert window.household.settings.text_scale() == 100
    assert window.tabs.tabText(0) == "Home"
    checked = [a.text() for a in window.text_size_menu.actions() if a.isChecked()]
    assert checked == ["&Normal (100 %)"]

    answer["value"] = True
    window.set_language("ja")
    assert window.tabs.tabText(0) == "ホーム"
