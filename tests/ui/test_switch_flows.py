# ruff: noqa: F811 - pytest fixtures imported by name and used as arguments
"""The other ways a household comes on screen behave as File → Open does: "Open this
household now?" after an import, a restore from an automatic backup, and File → New ask
before dropping typing not saved on the Family tab ("no" keeps the household and the typing),
and the household then shown holds its one-window lock and shows its own language and text
size. A household started with File → New is asked the first-start questions, once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from familycare.services.settings import LANGUAGE, TEXT_SCALE, WELCOMED
from familycare.ui.text_size import BASE_POINT_SIZE
from familycare.ui.transfer_prompts import TransferPrompts
from tests.ui.client_households import locks_seen_from_another_process
from tests.ui.test_transfer_dialogs import FAST, finish, test_paths

TYPED = "山田 花子"
NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _tab_texts(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def _type_without_saving(window) -> list[str]:
    """A new member's name typed on the Family tab, not saved; the window's "discard?"
    questions are answered by ``window.answer`` and recorded in the list returned."""
    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, question: str) -> bool:
        asked.append(question)
        return window.answer

    window.answer = False
    window._confirm = confirm
    window.tabs.setCurrentWidget(window.members_page)
    window.members_page.start_new()
    window.members_page.form.name.setText(TYPED)
    return asked


def _shows_a_unchanged(window, qapp) -> None:
    assert window.household.paths.data_dir == window.folders["a"]
    assert window.members_page.form.name.text() == TYPED  # the typing is still there
    assert _tab_texts(window)[:2] == ["ホーム", "家族"]
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE


def _shows_english_at_150(window, qapp) -> None:
    assert _tab_texts(window)[:4] == ["Home", "Family", "To-do", "Visits"]
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE * 1.5
    assert window.windowTitle() == f"familycare — {window.household.paths.data_dir.name}"


# -- "Open this household now?" after an import ---------------------------------------------

def _export_of_b(window, tmp_path: Path, clock) -> Path:
    """Household B (English, 150 %) exported to JSON: an import carries its settings."""
    from familycare.household import open_household
    from familycare.ui import transfer_jobs as jobs

    b = open_household(window.paths_of[window.folders["b"]], clock)
    try:
        return jobs.export_household_json(b, tmp_path / "b.json").path
    finally:
        b.close()


@pytest.mark.parametrize("discard", [False, True])
def test_opening_an_imported_household_asks_before_dropping_typing(
        qtbot, qapp, client_window, tmp_path, clock, discard) -> None:
    from familycare.ui.transfer_dialogs import TransferActions

    window = client_window
    exported = _export_of_b(window, tmp_path, clock)
    target = tmp_path / "imported"
    target.mkdir()
    offered: list[str] = []
    prompts = TransferPrompts(
        open_file=lambda _p, _c, _f: exported,
        choose_folder=lambda _p, _c: target,
        confirm=lambda _p, _t, question: offered.append(question) or True,
        inform=lambda _p, title, text, _e: pytest.fail(f"{title}: {text}"),
    )
    actions = TransferActions(window, window, prompts, FAST, test_paths)
    asked = _type_without_saving(window)
    window.answer = discard

    actions.import_json()
    finish(qtbot, actions)

    assert len(offered) == 1 and "この世帯をいま開きますか" in offered[0]  # asked first
    assert len(asked) == 1 and "別の世帯" in asked[0], asked
    if not discard:
        _shows_a_unchanged(window, qapp)
        assert locks_seen_from_another_process(window.folders["a"], target) == ["held", "free"]
        return
    assert window.household.paths.data_dir == target
    _shows_english_at_150(window, qapp)
    assert locks_seen_from_another_process(window.folders["a"], target) == ["free", "held"]


def test_opening_an_imported_household_without_typing_asks_nothing_more(
        qtbot, qapp, client_window, tmp_path, clock) -> None:
    from familycare.ui.transfer_dialogs import TransferActions

    window = client_window
    exported = _export_of_b(window, tmp_path, clock)
    target = tmp_path / "imported"
    prompts = TransferPrompts(open_file=lambda _p, _c, _f: exported,
                              choose_folder=lambda _p, _c: target,
                              confirm=lambda _p, _t, _q: True)
    window._confirm = lambda _p, _t, question: pytest.fail(question)
    actions = TransferActions(window, window, prompts, FAST, test_paths)
    actions.import_json()
    finish(qtbot, actions)
    assert window.household.paths.data_dir == target
    _shows_english_at_150(window, qapp)


# -- File → Restore from backup… ---------------------------------------------------------

def _backup_of_a_in_english_at_150(window) -> None:
    """A copy of household A taken while it was kept in English at 150 %, and one member
    ("Ren") added since, so the restored copy is told apart from the live file."""
    from datetime import date

    from familycare.domain.member import MemberDraft, Relationship
    from familycare.services.auto_backup import take_backup

    settings = window.household.settings
    settings.set(LANGUAGE, "en")
    settings.set(TEXT_SCALE, "150")
    take_backup(window.household.paths, NOW)
    settings.set(LANGUAGE, "ja")
    settings.set(TEXT_SCALE, "100")
    window.household.members.add_member(MemberDraft("Ren", date(1990, 1, 1),
                                                    Relationship.CHILD))


@pytest.mark.parametrize("discard", [False, True])
def test_restoring_a_backup_asks_before_dropping_typing(
        qtbot, qapp, client_window, discard) -> None:
    from familycare.ui.restore_dialog import RestoreDialog, restore_into_window

    window = client_window
    _backup_of_a_in_english_at_150(window)
    before = window.household
    dialog = RestoreDialog(before.paths, lambda info: restore_into_window(window, info),
                           window, confirm=lambda _parent, _info: True)
    qtbot.addWidget(dialog)
    asked = _type_without_saving(window)
    window.answer = discard

    dialog.restore_chosen()

    assert len(asked) == 1 and "復元" in asked[0], asked
    a = window.folders["a"]
    if not discard:
        assert dialog.result() != dialog.DialogCode.Accepted and dialog.result_of_restore is None
        assert window.household is before
        assert [m.display_name for m in window.household.members.list_members()] == ["Ren"]
        _shows_a_unchanged(window, qapp)
        assert locks_seen_from_another_process(a) == ["held"]
        return
    assert dialog.result() == dialog.DialogCode.Accepted
    assert window.household is not before
    assert window.household.members.list_members() == []  # the copy, from before Ren
    assert window.household.paths.data_dir == a
    _shows_english_at_150(window, qapp)
    assert locks_seen_from_another_process(a) == ["held"]  # still this window's


# -- File → New household ----------------------------------------------------------------

def _first_start_dialogs(window) -> list[QWidget]:
    from familycare.ui.first_start import FirstStartDialog

    return window.findChildren(FirstStartDialog)


def test_a_new_household_asks_before_dropping_typing(qapp, client_window, tmp_path) -> None:
    window = client_window
    new = tmp_path / "new"
    new.mkdir()
    asked = _type_without_saving(window)

    assert not window.open_chosen_folder(new, new=True)
    assert len(asked) == 1 and "別の世帯" in asked[0], asked
    _shows_a_unchanged(window, qapp)
    assert list(new.iterdir()) == []  # no household was started
    assert not _first_start_dialogs(window)

    window.answer = True
    assert window.open_chosen_folder(new, new=True)
    assert window.household.paths.data_dir == new
    assert locks_seen_from_another_process(window.folders["a"], new) == ["free", "held"]
    [dialog] = _first_start_dialogs(window)
    assert dialog.isVisible()
    dialog.reject()


def test_a_new_household_is_asked_the_first_start_questions_once(
        qtbot, qapp, client_window, tmp_path) -> None:
    from familycare.ui.first_start import needs_welcome

    window = client_window
    new = tmp_path / "new"
    new.mkdir()

    assert window.open_chosen_folder(new, new=True)
    [dialog] = _first_start_dialogs(window)  # one dialog, not two
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.language() == "ja"  # the window's language (the system's) to start from
    next(b for b in dialog.languages.buttons() if b.text() == "English").setChecked(True)
    next(b for b in dialog.sizes.buttons() if b.property("percent") == 200).setChecked(True)
    dialog.accept()

    settings = window.household.settings
    assert (settings.language(), settings.text_scale()) == ("en", 200)
    assert settings.get(WELCOMED) == "1" and not needs_welcome(window.household)
    assert _tab_texts(window)[0] == "Home"
    assert qapp.font().pointSizeF() == BASE_POINT_SIZE * 2
    qtbot.waitUntil(lambda: not _first_start_dialogs(window))

    # Back to A and to the new household again: A kept its own, and nothing is asked twice.
    assert window.open_household_folder(window.folders["a"])
    assert (window.household.settings.language(),
            window.household.settings.text_scale()) == ("ja", 100)
    assert window.open_chosen_folder(new, new=False)
    assert not _first_start_dialogs(window)
    assert _tab_texts(window)[0] == "Home" and qapp.font().pointSizeF() == BASE_POINT_SIZE * 2


def test_an_existing_household_opened_with_file_open_is_not_asked(client_window) -> None:
    window = client_window
    # C has no member and was never asked (an empty household made elsewhere): File → Open
    # opens it as it is; start-up is where an existing household is asked.
    assert window.open_chosen_folder(window.folders["c"], new=False)
    assert window.household.paths.data_dir == window.folders["c"]
    assert not _first_start_dialogs(window)
