"""A shared household lists every note, but a note's text stays in the keyring of the
computer that wrote it: this PC names that computer and does not even ask its own keyring.
Two real households on one database: SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import Household, open_household
from familycare.secrets.store import SecretsReason
from familycare.ui.notes_panel import NotesPanel
from tests.fixtures_keyring import MemorySecretStore
from tests.pg_household import app_paths, db_engine, pg_databases  # noqa: F401 - fixtures

BODY = "CANARY-other-device-暗証番号のヒント"


def open_pc(app_paths, clock, folder: Path, store: MemorySecretStore, name: str  # noqa: F811
            ) -> Household:
    paths = type(app_paths)(app_paths.data_dir, app_paths.db_url, folder)
    household = open_household(paths, clock, store)
    household.notes.device_name = name  # as if it ran on a computer of that name
    return household


def test_a_note_written_on_another_pc_names_that_pc_and_stays_closed_here(
    qtbot, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    living_room_store = MemorySecretStore()
    living_room = open_pc(app_paths, clock, tmp_path / "pc1", living_room_store, "居間のPC")
    # This PC's keyring is locked: had the panel asked it, it would show "locked".
    laptop = open_pc(app_paths, clock, tmp_path / "pc2",
                     MemorySecretStore(unavailable=SecretsReason.LOCKED), "ノートPC")
    try:
        mother = living_room.members.add_member(
            MemberDraft("山田 花子", date(1948, 3, 14), Relationship.PARENT))
        living_room.notes.set_note(mother.id, "暗証番号のヒント", BODY)

        panel = NotesPanel(laptop.notes)
        qtbot.addWidget(panel)
        panel.show()
        panel.set_member(mother.id)
        assert panel.model.item(0).text() == "暗証番号のヒント (text kept on 居間のPC)"
        assert not panel.where_hint.isHidden()
        assert "only knows that the note exists" in panel.where_hint.text()

        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
        assert not panel.body_visible and not panel.locked
        assert panel.status.text() == ('The text of this note is kept only on the computer '
                                       '"居間のPC" and cannot be opened here. Open it on that '
                                       'computer.')
        # The database holds where the text is, never the text.
        assert BODY not in str(laptop.settings.all())
        assert list(living_room_store.entries.values()) == [BODY]

        # On the computer that wrote it, the note is its own and the hint is not needed.
        own = NotesPanel(living_room.notes)
        qtbot.addWidget(own)
        own.set_member(mother.id)
        assert own.model.item(0).text() == "暗証番号のヒント"
        assert own.where_hint.isHidden()
    finally:
        laptop.close()
        living_room.close()
