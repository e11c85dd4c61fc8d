# ruff: noqa: F811 - pytest fixtures imported by name and used as arguments
"""Back up and restore through the dialogs over the REAL Secret Service (tests/env/session.sh):
the note text leaves one keyring inside the encrypted file and arrives in another."""

from __future__ import annotations

from familycare.ui.transfer_dialogs import TransferActions
from tests.fixtures_keyring import (  # noqa: F401
    isolated_keyring_ready,
    keyring_store_factory,
)
from tests.services.notes_helpers import add_member, open_with_store
from tests.ui.test_transfer_dialogs import (
    FAST,
    NOTE_BODY,
    PASS,
    FakeWindow,
    Script,
    finish,
    member_names,
    test_paths,
)


def test_back_up_and_restore_between_two_keyrings(qtbot, tmp_path, keyring_store_factory) -> None:
    from PySide6.QtWidgets import QWidget

    old_store, new_store = keyring_store_factory(), keyring_store_factory()
    parent = QWidget()
    qtbot.addWidget(parent)
    source = open_with_store(tmp_path / "old-pc", old_store)
    backup = tmp_path / "move.fcbackup"
    try:
        member = add_member(source)
        source.notes.set_note(member.id, "カードの場所", NOTE_BODY)
        script = Script(files=[backup], passphrases=[PASS])
        actions = TransferActions(FakeWindow(source), parent, script.prompts(), FAST, test_paths)
        actions.back_up()
        finish(qtbot, actions)
        assert backup.is_file() and not script.messages[-1][2]
    finally:
        source.close()
    target = tmp_path / "new-pc"
    elsewhere = open_with_store(tmp_path / "elsewhere", new_store)
    try:
        script = Script(files=[backup], passphrases=[PASS], folders=[target])
        window = FakeWindow(elsewhere)
        actions = TransferActions(window, parent, script.prompts(), FAST, test_paths)
        actions.restore()
        finish(qtbot, actions)
    finally:
        elsewhere.close()
    assert script.messages == [] and window.switched == [target]
    assert member_names(target, new_store) == ["山田 花子"]
    restored = open_with_store(target, new_store)
    try:
        note = restored.notes.list_notes()[0]
        assert restored.notes.read_body(note.id) == NOTE_BODY
    finally:
        restored.close()
