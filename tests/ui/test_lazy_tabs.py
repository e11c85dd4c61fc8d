"""Only the Home tab is built at start-up; each other tab is built, with its household's data,
when the person first chooses it (ui/lazy_tabs.py), also after opening another household."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from familycare.domain.member import MemberDraft, Relationship
from familycare.ui.main_window import FAMILY_TAB, TODO_TAB, VISITS_TAB
from familycare.ui.proxy_session_ui import PROXIES_TAB

LAZY = (FAMILY_TAB, TODO_TAB, VISITS_TAB, PROXIES_TAB)


def draft(name: str) -> MemberDraft:
    return MemberDraft(name, date(1950, 4, 1), Relationship.PARENT, "", "#E69F00", "")


@pytest.fixture
def window(qtbot, household, tmp_path):
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.recent_households import RecentHouseholds
    from familycare.services.settings import LANGUAGE
    from familycare.ui.main_window import MainWindow

    household.settings.set(LANGUAGE, "en")
    household.members.add_member(draft("山田 花子"))
    main = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                      lambda folder: open_household(resolve_paths(data_dir=folder, environ={})))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def click_tab(qtbot, window, label: str) -> None:
    bar = window.tabs.tabBar()
    [index] = [i for i in range(bar.count()) if bar.tabText(i) == label]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())


TABS = ["Home", "Family", "To-do", "Visits", "Proxies", "Timeline"]


def labels(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def family_names(page) -> list[str]:
    return [page.model.member_at(r).display_name for r in range(page.model.rowCount())]


def test_start_builds_home_only_and_a_tab_is_built_when_chosen(qtbot, window) -> None:
    assert labels(window) == TABS
    assert window.tabs.currentWidget() is window.home_page
    assert window.home_page.model.rowCount() == 1  # the first screen is filled
    assert [key for key in LAZY if window.pages.built(key) is not None] == []

    click_tab(qtbot, window, "Family")
    page = window.tabs.currentWidget()
    assert page is window.pages.built(FAMILY_TAB) is window.members_page
    assert family_names(page) == ["山田 花子"]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Family"
    assert [key for key in LAZY if window.pages.built(key) is not None] == [FAMILY_TAB]

    click_tab(qtbot, window, "Proxies")
    assert window.tabs.currentWidget() is window.proxy_ui.page
    assert window.proxy_ui.page.member_list.count() == 1
    click_tab(qtbot, window, "Family")
    assert window.tabs.currentWidget() is page  # built once, kept


def test_a_member_added_on_the_family_tab_reaches_home_and_proxies(qtbot, window) -> None:
    click_tab(qtbot, window, "Proxies")
    click_tab(qtbot, window, "Family")
    page = window.members_page
    page.start_new()
    page.form.name.setText("山田 太郎")  # QTest cannot type non-ASCII keys
    qtbot.keyClicks(page.form.birth.edit, "S21.6.1")
    page.form.relationship.setCurrentIndex(page.form.relationship.findData("parent"))
    assert page.save() is not None
    assert window.proxy_ui.page.member_list.count() == 2
    click_tab(qtbot, window, "Home")
    assert window.home_page.model.rowCount() == 2


def test_another_household_gets_fresh_tabs(qtbot, window, tmp_path) -> None:
    click_tab(qtbot, window, "Family")
    old_page = window.members_page
    other = tmp_path / "other"
    assert window.switch_household(other)
    try:
        assert labels(window) == TABS  # each tab in its place
        assert window.tabs.currentWidget() is window.home_page
        assert window.home_page.model.rowCount() == 0
        assert [key for key in LAZY if window.pages.built(key) is not None] == []
        window.household.members.add_member(draft("佐藤 一郎"))
        click_tab(qtbot, window, "Family")
        assert window.members_page is not old_page
        assert family_names(window.members_page) == ["佐藤 一郎"]
    finally:
        window.household.close()
