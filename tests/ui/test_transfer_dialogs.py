# ruff: noqa: F811 - pytest fixtures imported by name and used as arguments
"""File → Back up / Restore / Export / Import through the dialogs, with the file choosers,
passphrase prompt and questions answered by the test: the restored folder holds the same
family, a wrong passphrase or a non-empty folder writes nothing, an export has no note text."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from familycare.household import Household
from familycare.paths import AppPaths, resolve_paths
from familycare.services.backup import ScryptCost
from familycare.ui.transfer_dialogs import TransferActions
from familycare.ui.transfer_prompts import ExportFormat, PassphraseDialog, TransferPrompts
from tests.fixtures_keyring import MemorySecretStore, memory_secret_store  # noqa: F401
from tests.services.notes_helpers import add_member, files_under, open_with_store

FAST = ScryptCost(log2_n=12)  # the real default is slow on purpose; the format is the same
PASS = "correct horse battery"
NOTE_BODY = "仏壇の引き出し NOTE-BODY-7f3a"


@dataclass
class Script:
    """Answers to every question the flows ask, and what they said back."""

    files: list[Path] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)
    passphrases: list[str | None] = field(default_factory=list)
    answer_yes: bool = True
    export_format: ExportFormat | None = ExportFormat.JSON
    messages: list[tuple[str, str, bool]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)

    def prompts(self) -> TransferPrompts:
        return TransferPrompts(
            save_file=lambda _p, _c, _f, _s: self.files.pop(0) if self.files else None,
            open_file=lambda _p, _c, _f: self.files.pop(0) if self.files else None,
            choose_folder=lambda _p, _c: self.folders.pop(0) if self.folders else None,
            passphrase=lambda _p, _confirm: self.passphrases.pop(0),
            confirm=self._confirm,
            choose_format=lambda _p: self.export_format,
            inform=lambda _p, title, text, is_error: self.messages.append(
                (title, text, is_error)),
        )

    def _confirm(self, _parent: QWidget, _title: str, question: str) -> bool:
        self.questions.append(question)
        return self.answer_yes


class FakeWindow:
    def __init__(self, household: Household) -> None:
        self.household = household
        self.switched: list[Path] = []

    def open_household_folder(self, folder: Path) -> bool:
        self.switched.append(folder)
        return True


def test_paths(folder: Path) -> AppPaths:
    return resolve_paths(data_dir=folder, environ={})


test_paths.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


@pytest.fixture
def source(tmp_path: Path, memory_secret_store: MemorySecretStore):
    household = open_with_store(tmp_path / "source", memory_secret_store)
    mother = add_member(household)
    add_member(household, "山田 太郎")
    household.notes.set_note(mother.id, "カードの場所", NOTE_BODY)
    yield household
    household.close()


def make_actions(qtbot, household: Household, script: Script) -> tuple[TransferActions, FakeWindow]:
    parent = QWidget()
    qtbot.addWidget(parent)
    window = FakeWindow(household)
    actions = TransferActions(window, parent, script.prompts(), FAST, test_paths)
    return actions, window


def finish(qtbot, actions: TransferActions) -> None:
    """Let the worker thread finish and its result reach the UI thread."""
    assert actions.wait()
    qtbot.waitUntil(lambda: not actions.busy and actions.progress is None, timeout=10000)


def member_names(folder: Path, store: object) -> list[str]:
    household = open_with_store(folder, store)
    try:
        return [m.display_name for m in household.members.list_members()]
    finally:
        household.close()


def back_up(qtbot, source: Household, tmp_path: Path) -> Path:
    out = tmp_path / "family.fcbackup"
    script = Script(files=[out], passphrases=[PASS])
    actions, _ = make_actions(qtbot, source, script)
    actions.back_up()
    assert actions.progress is not None and actions.progress.isVisible()  # busy shown
    finish(qtbot, actions)
    assert out.is_file()
    assert script.messages[-1][2] is False and str(out) in script.messages[-1][1]
    return out


def test_back_up_then_restore_gives_the_same_family(qtbot, source, tmp_path) -> None:
    backup = back_up(qtbot, source, tmp_path)
    target = tmp_path / "new-pc"
    target.mkdir()
    new_store = MemorySecretStore()
    # The restore runs on a "new PC": another household, another keyring.
    elsewhere = open_with_store(tmp_path / "elsewhere", new_store)
    try:
        script = Script(files=[backup], passphrases=[PASS], folders=[target])
        actions, window = make_actions(qtbot, elsewhere, script)
        actions.restore()
        finish(qtbot, actions)
    finally:
        elsewhere.close()
    assert [m[2] for m in script.messages] == []  # no error
    assert "Open this household now?" in script.questions[0]
    assert window.switched == [target]
    assert member_names(target, new_store) == ["山田 花子", "山田 太郎"]
    assert NOTE_BODY in new_store.entries.values()


def test_wrong_passphrase_says_so_and_leaves_the_folder_empty(qtbot, source, tmp_path) -> None:
    backup = back_up(qtbot, source, tmp_path)
    target = tmp_path / "new-pc"
    target.mkdir()
    script = Script(files=[backup], passphrases=["not the passphrase"], folders=[target])
    actions, window = make_actions(qtbot, source, script)
    actions.restore()
    finish(qtbot, actions)
    title, text, is_error = script.messages[-1]
    assert is_error and "passphrase" in text.lower()
    assert list(target.iterdir()) == []
    assert window.switched == []


def test_non_empty_target_is_refused_before_anything_runs(qtbot, source, tmp_path) -> None:
    backup = back_up(qtbot, source, tmp_path)
    target = tmp_path / "documents"
    target.mkdir()
    (target / "letter.txt").write_text("hello", encoding="utf-8")
    script = Script(files=[backup], passphrases=[PASS], folders=[target])
    actions, window = make_actions(qtbot, source, script)
    actions.restore()
    assert not actions.busy and actions.progress is None
    title, text, is_error = script.messages[-1]
    assert is_error and "not empty" in text
    assert [p.name for p in files_under(target)] == ["letter.txt"]
    assert window.switched == []


def test_backup_refuses_to_replace_a_file(qtbot, source, tmp_path) -> None:
    out = tmp_path / "old.fcbackup"
    out.write_bytes(b"keep me")
    script = Script(files=[out], passphrases=[PASS])
    actions, _ = make_actions(qtbot, source, script)
    actions.back_up()
    assert not actions.busy
    assert script.messages[-1][2] and "already exists" in script.messages[-1][1]
    assert out.read_bytes() == b"keep me"


def test_locked_keyring_backup_is_explained_and_writes_nothing(qtbot, tmp_path) -> None:
    from familycare.secrets.store import SecretsReason

    store = MemorySecretStore()
    household = open_with_store(tmp_path / "h", store)
    try:
        member = add_member(household)
        household.notes.set_note(member.id, "カードの場所", NOTE_BODY)
        store.unavailable = SecretsReason.LOCKED
        out = tmp_path / "b.fcbackup"
        script = Script(files=[out], passphrases=[PASS])
        actions, _ = make_actions(qtbot, household, script)
        actions.back_up()
        finish(qtbot, actions)
    finally:
        household.close()
    assert script.messages[-1][2] and "keyring" in script.messages[-1][1]
    assert not out.exists()


def test_export_json_has_the_members_and_no_note_bodies(qtbot, source, tmp_path) -> None:
    out = tmp_path / "family.json"
    script = Script(files=[out], export_format=ExportFormat.JSON)
    actions, _ = make_actions(qtbot, source, script)
    actions.export()
    finish(qtbot, actions)
    text = out.read_text(encoding="utf-8")
    document = json.loads(text)
    members = document["tables"]["members"]
    name_at = members["columns"].index("display_name")
    assert sorted(row[name_at] for row in members["rows"]) == ["山田 太郎", "山田 花子"]
    assert "NOTE-BODY" not in text
    title, message, is_error = script.messages[-1]
    assert not is_error and "does not hold the text of any sensitive note" in message


def test_export_calendar_writes_an_ics_file(qtbot, source, tmp_path) -> None:
    out = tmp_path / "family.ics"
    script = Script(files=[out], export_format=ExportFormat.CALENDAR)
    actions, _ = make_actions(qtbot, source, script)
    actions.export()
    finish(qtbot, actions)
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert not script.messages[-1][2]


def test_import_json_into_an_empty_folder_then_open_it(qtbot, source, tmp_path) -> None:
    exported = tmp_path / "family.json"
    script = Script(files=[exported])
    actions, _ = make_actions(qtbot, source, script)
    actions.export()
    finish(qtbot, actions)
    target = tmp_path / "imported"
    target.mkdir()
    store = MemorySecretStore()
    script = Script(files=[exported], folders=[target])
    actions, window = make_actions(qtbot, source, script)
    actions.import_json()
    finish(qtbot, actions)
    assert window.switched == [target]
    assert "1 note(s) were not imported" in script.questions[0]
    assert member_names(target, store) == ["山田 花子", "山田 太郎"]


def test_import_of_a_bad_file_leaves_the_folder_empty(qtbot, source, tmp_path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    target = tmp_path / "imported"
    target.mkdir()
    script = Script(files=[bad], folders=[target])
    actions, window = make_actions(qtbot, source, script)
    actions.import_json()
    finish(qtbot, actions)
    assert script.messages[-1][2] and "not a familycare JSON export" in script.messages[-1][1]
    assert list(target.iterdir()) == []
    assert window.switched == []


def test_passphrase_dialog_needs_two_equal_long_passphrases(qtbot) -> None:
    dialog = PassphraseDialog(confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert dialog.first.echoMode() == dialog.first.EchoMode.Password
    assert dialog.second.echoMode() == dialog.second.EchoMode.Password
    qtbot.keyClicks(dialog.first, "short")
    assert not ok.isEnabled() and "At least" in dialog.problem.text()
    dialog.first.setText(PASS)
    qtbot.keyClicks(dialog.second, "correct horse batterY")
    assert not ok.isEnabled() and "not the same" in dialog.problem.text()
    dialog.second.setText(PASS)
    assert ok.isEnabled() and dialog.problem.text() == ""
    assert dialog.passphrase() == PASS


def test_the_file_menu_offers_the_four_flows(qtbot, source, tmp_path) -> None:
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    window = MainWindow(source, RecentHouseholds(tmp_path / "recent"), lambda _f: source)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    labels = [a.text().replace("&", "") for a in file_menu.actions()]
    for label in ("Restore from backup…", "Back up to a file for a new PC…",
                  "Restore from a backup file…", "Export…", "Import from JSON…"):
        assert label in labels
    out = tmp_path / "menu.fcbackup"
    script = Script(files=[out], passphrases=[PASS])
    actions = window.transfer_actions()
    actions.prompts = script.prompts()
    actions.cost = FAST  # the real default is slow on purpose
    next(a for a in file_menu.actions() if a.text().startswith("Back up")).trigger()
    finish(qtbot, actions)
    assert out.is_file() and not script.messages[-1][2]
