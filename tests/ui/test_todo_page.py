"""The To-do tab: items grouped by date with whose and what to do; done, snooze and undo
through the buttons; the Home tab first in the main window and refreshed with the family."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.member_facts import PinKind
from familycare.ui.todo_page import KEY_ROLE, TodoPage
from tests.ui.todo_ui_helpers import add_with_card

TODAY = date(2026, 11, 25)


@pytest.fixture
def page(qtbot, household):
    widget = TodoPage(household.todo)
    qtbot.addWidget(widget)
    return widget


def groups(page: TodoPage) -> list[tuple[str, list[tuple[str, str]]]]:
    found = []
    for top in range(page.tree.topLevelItemCount()):
        group = page.tree.topLevelItem(top)
        rows = [(group.child(i).text(TodoPage.WHO),
                 group.child(i).text(TodoPage.WHAT).split("\n")[0])
                for i in range(group.childCount())]
        found.append((group.text(0), rows))
    return found


def two_members(household) -> tuple[int, int]:
    father = add_with_card(household, "山田 太郎", date(1946, 7, 1), TODAY + timedelta(days=40),
                           Relationship.PARENT)
    wife = add_with_card(household, "山田 美咲", date(1978, 4, 20), TODAY - timedelta(days=30),
                         Relationship.SPOUSE)
    household.cards.record_pin_failure(father, PinKind.USER_CERT)
    household.cards.record_pin_failure(father, PinKind.USER_CERT)
    return father, wife


def test_items_grouped_by_date_with_member_and_what_to_do(page, household) -> None:
    two_members(household)
    page.reload()
    shown = groups(page)
    assert shown[0][0] == "Now"  # "one try left" has no date: first
    assert shown[0][1] == [("山田 太郎", "Certificate PIN (4 digits): only one try left")]
    dated = [title for title, _ in shown[1:]]
    assert dated[0].startswith("2027-01-04 (R9.1.4)")
    assert "40 days left" in dated[0]
    assert shown[2][1][0][0] == "山田 美咲"
    assert "municipal office" in page.tree.topLevelItem(1).child(0).text(TodoPage.TODO)
    # The renewal is done at the office: its next open days, from today (a Wednesday).
    renewal = page.tree.topLevelItem(1).child(0).text(TodoPage.WHAT).split("\n")
    assert renewal[-1].strip() == ("Municipal office open on: Wed 2026-11-25, Thu 2026-11-26, "
                                   "Fri 2026-11-27")


def test_done_snooze_and_undo_with_the_buttons(page, household) -> None:
    two_members(household)
    page.reload()
    first_key = page.tree.topLevelItem(1).child(0).data(TodoPage.WHO, KEY_ROLE)
    assert page.select_key(first_key)
    page.done_button.click()
    assert first_key not in [e.key for e in page.entries]
    assert "Marked done" in page.status.text()
    page.show_hidden.setChecked(True)
    assert page.select_key(first_key)
    assert page.tree.currentItem().text(TodoPage.STATE) == "Done"
    assert page.undo_button.isEnabled() and not page.done_button.isEnabled()
    page.undo_button.click()
    assert household.todo.states() == {}
    page.show_hidden.setChecked(False)
    assert page.select_key(first_key)
    page.snooze_until.setDate(QDate(2026, 12, 10))
    page.snooze_button.click()
    assert first_key not in [e.key for e in page.entries]
    assert household.todo.states()[first_key].snoozed_until == date(2026, 12, 10)


def test_changed_signal_when_an_item_is_done(qtbot, page, household) -> None:
    two_members(household)
    page.reload()
    page.tree.setCurrentItem(page.tree.topLevelItem(0).child(0))
    with qtbot.waitSignal(page.changed):
        page.done_button.click()


def test_main_window_home_first_and_refreshed_when_members_change(qtbot, household,
                                                                  tmp_path) -> None:
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    window = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                        lambda _folder: household)
    qtbot.addWidget(window)
    assert window.tabs.widget(0) is window.home_page
    assert window.tabs.tabText(0) == "Home"
    assert window.tabs.indexOf(window.todo_page) > 0
    assert window.home_page.model.rowCount() == 0
    household.members.add_member(MemberDraft("山田 健", date(1976, 10, 5), Relationship.SELF))
    window.members_page.members_changed.emit()
    assert window.home_page.model.rowCount() == 1
    window.home_page.open_member.emit(window.home_page.model.overview_at(0).member.id)
    assert window.tabs.currentWidget() is window.members_page



def test_what_to_do_is_shown_under_each_item_not_in_a_narrow_column(page, household) -> None:
    two_members(household)
    page.reload()
    assert page.tree.isColumnHidden(TodoPage.TODO)
    group = page.tree.topLevelItem(0)
    lines = group.child(0).text(TodoPage.WHAT).split("\n")
    assert len(lines) == 2 and lines[1].startswith("→ ")
    assert lines[1][2:] == group.child(0).text(TodoPage.TODO)


def test_what_to_do_wraps_within_the_window_instead_of_running_off_the_right(
        qtbot, page, household) -> None:
    # A person reads the whole sentence without scrolling sideways: the text column ends at
    # the view's right edge and long sentences take more lines instead.
    two_members(household)
    page.reload()  # filled before it is shown, as the window does, then made narrower
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.resize(560, 600)
    tree = page.tree
    qtbot.waitUntil(lambda: tree.header().sectionViewportPosition(TodoPage.WHAT)
                    + tree.header().sectionSize(TodoPage.WHAT) <= tree.viewport().width())
    header = tree.header()
    row = tree.topLevelItem(1).child(0)
    index = tree.indexFromItem(row, TodoPage.WHAT)
    right_edge = header.sectionViewportPosition(TodoPage.WHAT) + header.sectionSize(TodoPage.WHAT)
    assert right_edge <= tree.viewport().width()
    assert not tree.horizontalScrollBar().isVisible()
    # The row is as tall as its wrapped text needs: at least one line more than the text
    # has, since its longest line is wider than the column.
    metrics = tree.fontMetrics()
    lines = row.text(TodoPage.WHAT).split("\n")
    assert max(metrics.horizontalAdvance(line) for line in lines) > header.sectionSize(
        TodoPage.WHAT)
    qtbot.waitUntil(
        lambda: tree.visualRect(index).height() >= (len(lines) + 1) * metrics.lineSpacing())
