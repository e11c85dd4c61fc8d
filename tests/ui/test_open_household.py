"""Another household opened in the running window (File → Open, Recent households): a
care worker keeps one household per client, and each opens in its own language and text
size, with the one-window lock of the household on screen; one that cannot be opened
changes nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.client_households import REPO, locks_seen_from_another_process


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _tab_texts(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _checked_size(window) -> list[str]:
    return [a.text() for a in window.text_size_menu.actions() if a.isChecked()]


def test_opening_a_household_shows_it_in_its_own_language_and_text_size(
        client_window, qapp) -> None:
    from familycare.ui.text_size import BASE_POINT_SIZE

    window = client_window
    assert _tab_texts(window)[:2] == ["ホーム", "家族"]
    summary_at_100 = window.home_page.summary.font().pointSizeF()

    assert window.open_household_folder(window.folders["b"])
    assert window.household.paths.data_dir == window.folders["b"]
    assert _tab_texts(window)[:4] == ["Home", "Family", "To-do", "Visits"]
    assert _menu_titles(window)[:3] == ["&File", "&Settings", "&Help"]
    assert window.windowTitle() == "familycare — b"
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE * 1.5
    assert window.home_page.summary.font().pointSizeF() == pytest.approx(1.5 * summary_at_100)
    assert _checked_size(window) == ["&Large (150 %)"]
    assert window.household.audit.actor == "Kato"  # changes are written under B's user

    assert window.open_household_folder(window.folders["a"])
    assert _tab_texts(window)[:2] == ["ホーム", "家族"]
    assert _menu_titles(window)[:2] == ["ファイル(&F)", "設定(&S)"]
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE
    assert window.home_page.summary.font().pointSizeF() == pytest.approx(summary_at_100)
    assert _checked_size(window) == ["標準(100 %)(&N)"]
    assert window.household.audit.actor == "佐藤"
    # Opening neither household changed what either one stores.
    assert window.household.settings.language() == "ja"
    assert window.household.settings.text_scale() == 100


@pytest.mark.parametrize(("system", "tabs"), [("en_GB", ["Home", "Family"]),
                                              ("ja_JP", ["ホーム", "家族"])])
def test_a_household_without_a_stored_language_follows_the_system(
        client_window, qapp, system, tabs) -> None:
    from familycare.ui.text_size import BASE_POINT_SIZE

    window = client_window
    window.system["locale"] = system
    window.open_household_folder(window.folders["b"])  # English first: a change is seen

    assert window.open_household_folder(window.folders["c"])
    assert _tab_texts(window)[:2] == tabs
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE * 2
    assert window.household.settings.language() == ""  # still follows the system


def _answer_the_message(seen: list[tuple[str, str]]) -> None:
    """Read and close the message box switch_household shows (instead of a person)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text()))
            box.done(0)
        else:
            QTimer.singleShot(10, close)

    QTimer.singleShot(0, close)


def _damaged(paths) -> None:
    paths.sqlite_file.write_bytes(b"\x00\xffnot a database\n" * 300)


def _newer_schema(paths) -> None:
    import sqlite3

    with sqlite3.connect(paths.sqlite_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:  # a free port on this machine, closed again: refused
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("fault", ["damaged", "newer schema", "server unreachable"])
def test_a_household_that_cannot_be_opened_changes_nothing(client_window, qapp, fault) -> None:
    import dataclasses

    from familycare.ui.error_text import storage_error_text
    from familycare.ui.text_size import BASE_POINT_SIZE

    window = client_window
    folder_b = window.folders["b"]
    b = window.paths_of[folder_b]
    if fault == "damaged":
        _damaged(b)
    elif fault == "newer schema":
        _newer_schema(b)
    else:
        url = f"postgresql+psycopg://familycare:pw@127.0.0.1:{_closed_port()}/familycare"
        window.paths_of[folder_b] = dataclasses.replace(b, db_url=url)
    a = window.household
    try:
        window._open_household(folder_b)
    except Exception as exc:  # noqa: BLE001 - the message the person must see
        expected = storage_error_text(exc)
    else:
        raise AssertionError(f"{fault}: household B opened")

    seen: list[tuple[str, str]] = []
    _answer_the_message(seen)
    assert not window.open_household_folder(folder_b)

    assert seen == [("世帯を開けませんでした", expected)]  # in A's language, as before
    assert window.household is a and window.household.settings.language() == "ja"
    assert _tab_texts(window)[:2] == ["ホーム", "家族"]
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE
    assert window.windowTitle() == "familycare — a"


def test_opening_another_household_asks_before_dropping_unsaved_typing(
        client_window, qapp) -> None:
    from familycare.ui.text_size import BASE_POINT_SIZE

    window = client_window
    asked: list[str] = []
    answer = {"value": False}

    def confirm(_parent, _title: str, question: str) -> bool:
        asked.append(question)
        return answer["value"]

    window._confirm = confirm
    window.tabs.setCurrentWidget(window.members_page)
    window.members_page.start_new()
    window.members_page.form.name.setText("山田 花子")  # typed, not saved

    assert not window.open_household_folder(window.folders["b"])
    assert len(asked) == 1 and "別の世帯" in asked[0], asked
    assert window.household.paths.data_dir == window.folders["a"]
    assert window.members_page.form.name.text() == "山田 花子"  # kept
    assert _tab_texts(window)[:2] == ["ホーム", "家族"]
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE

    answer["value"] = True
    assert window.open_household_folder(window.folders["b"])
    assert _tab_texts(window)[0] == "Home" and len(asked) == 2


# -- the one-window lock goes with the household on screen ---------------------------------

# Another familycare window on a household: it holds the lock and answers "come forward".
OTHER_WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QTimer
    from familycare.services.instance_lock import ActivationServer, InstanceLock
    app = QCoreApplication([])
    lock = InstanceLock(Path(sys.argv[1]) / "familycare.sqlite3.lock")
    server = ActivationServer(Path(sys.argv[1]))
    ok = lock.acquire() and server.listen()
    server.activation_requested.connect(lambda: (print("came forward", flush=True), app.quit()))
    print("held" if ok else "refused", flush=True)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    """
)




def test_the_window_holds_the_lock_of_the_household_it_shows(client_window) -> None:
    window = client_window
    a, b = window.folders["a"], window.folders["b"]
    assert locks_seen_from_another_process(a, b) == ["held", "free"]

    assert window.open_household_folder(b)
    assert locks_seen_from_another_process(a, b) == ["free", "held"]  # A can open elsewhere

    assert window.open_household_folder(a)
    assert window.switch_household(a)  # the same household again (a restore does this)
    assert locks_seen_from_another_process(a, b) == ["held", "free"]


def test_a_household_failing_to_open_keeps_the_lock_of_the_one_shown(client_window) -> None:
    window = client_window
    b = window.folders["b"]
    _damaged(window.paths_of[b])
    seen: list[tuple[str, str]] = []
    _answer_the_message(seen)
    assert not window.open_household_folder(b)
    assert len(seen) == 1
    assert locks_seen_from_another_process(window.folders["a"], b) == ["held", "free"]


def test_a_household_open_in_another_window_is_not_opened_here(client_window, qapp) -> None:
    from familycare.ui.startup_recovery import already_open_text
    from familycare.ui.text_size import BASE_POINT_SIZE

    window = client_window
    b = window.folders["b"]
    other = subprocess.Popen([sys.executable, "-c", OTHER_WINDOW, str(b)],
                             stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert other.stdout.readline().strip() == "held"
        seen: list[tuple[str, str]] = []
        _answer_the_message(seen)
        assert not window.open_household_folder(b)
        assert other.stdout.readline().strip() == "came forward"  # the person is sent there
    finally:
        if other.poll() is None:
            other.kill()
        other.wait(timeout=10)
    assert seen == [("すでに開いています", already_open_text())]
    assert "別のウィンドウ" in seen[0][1]
    assert window.household.paths.data_dir == window.folders["a"]
    assert _tab_texts(window)[:2] == ["ホーム", "家族"]
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE
    # That window has closed (even killed): the household opens here now.
    assert window.open_household_folder(b)
    assert _tab_texts(window)[0] == "Home"


ACTIVATOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from familycare.services.instance_lock import ask_running_window_to_activate
    app = QCoreApplication([])
    print("heard" if ask_running_window_to_activate(Path(sys.argv[1]), 2000) else "nobody")
    """
)


def _second_start_asks(folder) -> str:
    result = subprocess.run([sys.executable, "-c", ACTIVATOR, str(folder)],
                            capture_output=True, text=True, cwd=REPO, timeout=60, check=True)
    return result.stdout.strip()


def test_a_second_start_brings_forward_the_window_showing_that_household(
        qtbot, client_window) -> None:
    from familycare.ui.startup_recovery import WindowActivation

    window = client_window
    a, b = window.folders["a"], window.folders["b"]
    activation = WindowActivation(window)
    try:
        assert _second_start_asks(a) == "heard"
        window.open_household_folder(b)
        assert (_second_start_asks(a), _second_start_asks(b)) == ("nobody", "heard")
        window.set_text_scale(200)  # a rebuild of the same household keeps answering
        assert _second_start_asks(b) == "heard"
    finally:
        if activation.server is not None:
            activation.server.close()
