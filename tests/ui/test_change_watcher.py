"""A change saved on another PC appears on this PC's screen without a restart, but never
under the person's unsaved typing; this window's own saves do not make it reload itself.
Two real households on one database: SQLite (two engines on one file) and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import Household, open_household
from familycare.services.recent_households import RecentHouseholds
from familycare.ui.change_watcher import ChangeWatcher
from familycare.ui.main_window import MainWindow
from tests.fixtures_keyring import MemorySecretStore
from tests.pg_household import app_paths, db_engine, pg_databases  # noqa: F401 - fixtures

POLL_MS = 50


def other_pc(app_paths, clock, tmp_path: Path) -> Household:  # noqa: F811
    paths = type(app_paths)(app_paths.data_dir, app_paths.db_url, tmp_path / "pc2")
    return open_household(paths, clock, MemorySecretStore())


def window_with_watcher(qtbot, household, tmp_path) -> tuple[MainWindow, ChangeWatcher]:
    window = MainWindow(household, RecentHouseholds(tmp_path / "recent"), open_household)
    qtbot.addWidget(window)
    window.members_page.reload()
    window.show()
    watcher = ChangeWatcher(window, POLL_MS)
    watcher.start()
    qtbot.waitUntil(lambda: watcher._seen is not None, timeout=10_000)
    return window, watcher


def polled_twice(qtbot, watcher: ChangeWatcher) -> None:
    """Let the timer ask the database at least twice more."""
    calls = []
    watcher.timer.timeout.connect(lambda: calls.append(1))
    qtbot.waitUntil(lambda: len(calls) >= 2 and not watcher._worker.busy, timeout=10_000)


def test_a_member_added_elsewhere_appears_on_the_home_page(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    household.members.add_member(MemberDraft("山田 花子", date(1948, 3, 14),
                                             Relationship.PARENT))
    other = other_pc(app_paths, clock, tmp_path)
    window, watcher = window_with_watcher(qtbot, household, tmp_path)
    try:
        home = window.home_page
        window.tabs.setCurrentWidget(home)
        home.reload()
        assert home.model.rowCount() == 1
        other.members.add_member(MemberDraft("山田 一郎", date(1975, 6, 1),
                                             Relationship.SELF))
        qtbot.waitUntil(lambda: home.model.rowCount() == 2, timeout=10_000)
        assert watcher.generation == 1
        # The Family tab was not on screen: it is reloaded when it is shown.
        window.tabs.setCurrentWidget(window.members_page)
        assert window.members_page.model.rowCount() == 2

        # This window's own save is already on screen: no reload because of it.
        window.members_page.start_new()
        window.members_page.form.name.setText("山田 美咲")
        window.members_page.form.birth.edit.setText("2010-04-02")
        assert window.members_page.save() is not None
        polled_twice(qtbot, watcher)
        assert watcher.generation == 1
    finally:
        watcher.stop()
        other.close()


def test_a_change_elsewhere_waits_while_the_form_has_unsaved_edits(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    hanako = household.members.add_member(MemberDraft("山田 花子", date(1948, 3, 14),
                                                      Relationship.PARENT))
    other = other_pc(app_paths, clock, tmp_path)
    window, watcher = window_with_watcher(qtbot, household, tmp_path)
    try:
        page = window.members_page
        window.tabs.setCurrentWidget(page)
        page.reload(select_id=hanako.id)
        page.form.memo.setPlainText("眼科は火曜")  # typing, not saved
        theirs = other.members.get(hanako.id)
        other.members.update_member(hanako.id, theirs.version, replace(
            MemberDraft(theirs.display_name, theirs.birth_date, theirs.relationship),
            kana="ヤマダ ハナコ"))

        polled_twice(qtbot, watcher)
        assert page.form.memo.toPlainText() == "眼科は火曜"  # never under the typing
        assert page.form.kana.text() == ""
        assert watcher.generation == 0

        page.form.memo.setPlainText("")  # the person gives up the edit
        qtbot.waitUntil(lambda: page.form.kana.text() == "ヤマダ ハナコ", timeout=10_000)
        assert watcher.generation == 1
    finally:
        watcher.stop()
        other.close()


def test_an_unreachable_database_is_said_in_the_status_bar(qtbot, household, tmp_path) -> None:
    window, watcher = window_with_watcher(qtbot, household, tmp_path)
    try:
        # A fake fault: a server that goes away mid-session cannot be stopped here without
        # disturbing the other tests sharing the session's cluster.
        def broken() -> int:
            raise OSError("server went away")

        household.history.change_count = broken  # this household instance only
        qtbot.waitUntil(lambda: "cannot be reached" in window.statusBar().currentMessage(),
                        timeout=10_000)
        del household.history.change_count
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=10_000)
    finally:
        watcher.stop()


def test_a_closed_window_stops_asking_the_database(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    other = other_pc(app_paths, clock, tmp_path)
    window, watcher = window_with_watcher(qtbot, household, tmp_path)
    try:
        window.close()
        asked = []
        watcher._worker.run = lambda *args: asked.append(args)  # this instance only
        other.members.add_member(MemberDraft("山田 一郎", date(1975, 6, 1), Relationship.SELF))
        watcher.poll()
        assert asked == [] and watcher.generation == 0
    finally:
        watcher.stop()
        other.close()
