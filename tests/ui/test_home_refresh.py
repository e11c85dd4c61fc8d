"""The main window derives the family's to-do once per refresh: only the Home or To-do page
on screen is filled, the other when its tab is chosen, and both always show fresh news."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event

from familycare.domain.member import Relationship
from tests.ui.todo_ui_helpers import add_with_card

TODAY = date(2026, 11, 25)


@contextmanager
def overviews_derived(household) -> Iterator[list[str]]:
    """One read of the done / snoozed states per to-do overview."""
    reads: list[str] = []

    def count(conn, cursor, statement, *args):  # noqa: ANN001 - SQLAlchemy hook signature
        if statement.lstrip().upper().startswith("SELECT") and "FROM todo_states" in statement:
            reads.append(statement)

    event.listen(household.db.engine, "before_cursor_execute", count)
    try:
        yield reads
    finally:
        event.remove(household.db.engine, "before_cursor_execute", count)


def _window(qtbot, household, tmp_path):
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    window = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                        lambda _folder: household)
    qtbot.addWidget(window)
    return window


def test_a_change_on_the_family_tab_derives_the_to_do_once(qtbot, household, tmp_path):
    window = _window(qtbot, household, tmp_path)
    assert window.tabs.currentWidget() is window.home_page
    add_with_card(household, "山田 太郎", date(1946, 7, 1), TODAY + timedelta(days=40),
                  Relationship.PARENT)
    with overviews_derived(household) as reads:
        window.members_page.members_changed.emit()
    assert len(reads) == 1
    assert window.home_page.model.rowCount() == 1


def test_the_page_not_on_screen_is_fresh_when_its_tab_is_chosen(qtbot, household, tmp_path):
    window = _window(qtbot, household, tmp_path)
    window.tabs.setCurrentWidget(window.todo_page)
    assert window.todo_page.entries == []
    add_with_card(household, "山田 太郎", date(1946, 7, 1), TODAY + timedelta(days=40),
                  Relationship.PARENT)
    add_with_card(household, "山田 健", date(1976, 10, 5), TODAY + timedelta(days=1500),
                  Relationship.SELF)  # nothing due for him
    with overviews_derived(household) as reads:
        window.members_page.members_changed.emit()
    assert len(reads) == 1  # the To-do page on screen; Home waits
    assert [e.member_name for e in window.todo_page.entries] == ["山田 太郎"]

    # Done on the To-do tab: Home shows it when chosen (no derivation while it is hidden).
    window.todo_page.tree.setCurrentItem(window.todo_page.tree.topLevelItem(0).child(0))
    window.todo_page.done_button.click()
    with overviews_derived(household) as reads:
        window.tabs.setCurrentWidget(window.home_page)
    assert len(reads) == 1
    assert window.home_page.model.rowCount() == 2
    assert all(not o.entries for o in window.home_page.overview.members)
