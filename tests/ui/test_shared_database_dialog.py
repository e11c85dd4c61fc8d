"""Settings → Shared database…: each connection problem in the person's words, tested off
the UI thread against the session's real PostgreSQL server; "Use this database" keeps the
password only in the keyring (the test's own service on the session's real keyring) and
the address without it, and "Go back" returns this PC to its household file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from familycare.database_choice import CHOICE_FILE
from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.services.db_password import DatabasePasswords, without_password
from familycare.services.recent_households import RecentHouseholds
from familycare.ui.main_window import MainWindow
from familycare.ui.shared_database_dialog import SharedDatabaseDialog
from tests.fixtures_keyring import (  # noqa: F401 - fixtures
    isolated_keyring_ready,
    keyring_store,
    keyring_store_factory,
)
from tests.pg_household import pg_databases  # noqa: F401 - fixture


@pytest.fixture
def local_paths(tmp_path: Path):
    return resolve_paths(data_dir=tmp_path / "pc", environ={})


def make_dialog(qtbot, paths, store) -> SharedDatabaseDialog:  # noqa: ANN001
    dialog = SharedDatabaseDialog(paths, passwords=DatabasePasswords(store))
    qtbot.addWidget(dialog)
    return dialog


def fill(dialog: SharedDatabaseDialog, url: str, password: str, tls: str) -> None:
    parsed = make_url(url)
    dialog.host.setText(parsed.host)
    dialog.port.setValue(parsed.port)
    dialog.database.setText(parsed.database)
    dialog.user.setText(parsed.username)
    dialog.password.setText(password)
    dialog.tls.setCurrentIndex(dialog.tls.findData(tls))


def click_and_wait(qtbot, dialog: SharedDatabaseDialog, button) -> str:  # noqa: ANN001
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.worker.busy and not dialog.test_button.isEnabled()  # off the UI thread
    qtbot.waitUntil(lambda: not dialog.worker.busy, timeout=30_000)
    return dialog.result.text()


def test_each_problem_is_said_in_plain_words(
    qtbot, local_paths, pg_databases, keyring_store  # noqa: F811
) -> None:
    url = pg_databases.create()
    password = str(make_url(url).password)
    dialog = make_dialog(qtbot, local_paths, keyring_store)
    assert "the household file on this PC" in dialog.current.text()
    assert "only knows that a note exists" in dialog.notes_hint.text()

    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "Please enter the server's name" in dialog.result.text()

    fill(dialog, url, password, "require")  # the default; the test server has no TLS
    assert "the server does not offer one" in click_and_wait(qtbot, dialog, dialog.test_button)

    fill(dialog, url, "wrong-password", "disable")
    text = click_and_wait(qtbot, dialog, dialog.test_button)
    assert "The server refused the user name or password" in text

    fill(dialog, url, "", "disable")  # nothing in the keyring yet
    text = click_and_wait(qtbot, dialog, dialog.test_button)
    assert "No password for this database is saved on this computer" in text

    fill(dialog, make_url(url).set(database="familycare_t_nowhere").render_as_string(
        hide_password=False), password, "disable")
    assert "no database with this name" in click_and_wait(qtbot, dialog, dialog.test_button)

    fill(dialog, url, password, "disable")
    text = click_and_wait(qtbot, dialog, dialog.test_button)
    assert text.startswith("✔ Connected. The database is empty")
    assert "NOT encrypted" in text
    assert keyring_store.list_keys() == []  # a test saves nothing


def test_use_the_shared_database_then_go_back_to_the_file(
    qtbot, local_paths, pg_databases, keyring_store, tmp_path  # noqa: F811
) -> None:
    url = pg_databases.create()
    password = str(make_url(url).password)
    local = open_household(local_paths)
    window = MainWindow(local, RecentHouseholds(tmp_path / "recent"), open_household)
    qtbot.addWidget(window)
    labels = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "Shared &database…" in labels

    dialog = make_dialog(qtbot, local_paths, keyring_store)
    fill(dialog, url, password, "disable")
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.opened is not None, timeout=30_000)
    shared = dialog.opened
    window.use_household(shared)
    try:
        chosen = json.loads((local_paths.config_dir / CHOICE_FILE).read_text())["url"]
        assert password not in chosen and make_url(chosen).password is None
        assert make_url(chosen).query["sslmode"] == "disable"
        assert shared.paths.db_url == chosen
        assert DatabasePasswords(keyring_store).get(chosen) == password  # keyring only
        assert "familycare_t_" in window.windowTitle() and "@ 127.0.0.1" in window.windowTitle()
        shared.members.add_member(MemberDraft("山田 花子", date(1948, 3, 14),
                                              Relationship.PARENT))
        # The next start of this PC opens the shared household by itself.
        assert resolve_paths(local_paths.data_dir, environ={}).db_url == chosen

        back = make_dialog(qtbot, window.household.paths, keyring_store)
        assert "familycare_t_" in back.current.text()
        assert not back.local_button.isHidden()
        assert back.password.text() == "" and back.host.text() == "127.0.0.1"
        qtbot.mouseClick(back.local_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: back.opened is not None, timeout=30_000)
        window.use_household(back.opened)
        assert window.household.paths.sqlite_file is not None
        assert not (local_paths.config_dir / CHOICE_FILE).exists()
        assert window.members_page.model.rowCount() == 0  # this PC's own file
        assert without_password(url) != window.household.paths.db_url
    finally:
        window.household.close()
