# ruff: noqa: F811 - pytest fixtures imported by name and used as arguments
"""Notes against the REAL Secret Service of tests/env/session.sh: a canary body is nowhere
but the keyring; keyring's fail backend keeps notes locked with nothing written elsewhere;
backup → restore onto a fresh folder AND a fresh keyring collection (another service)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest

from familycare.logging_setup import setup_logging
from familycare.secrets import KeyringSecretStore, SecretsReason, SecretsUnavailable
from familycare.services.backup import ScryptCost, create_backup, read_backup, restore_backup
from familycare.services.json_export import export_json
from tests.fixtures_keyring import (  # noqa: F401 - fixtures
    isolated_keyring_ready,
    keyring_store,
    keyring_store_factory,
)
from tests.services.notes_helpers import add_member, bytes_contain, files_under, open_with_store

CANARY = "CANARY-9d2e-保険証の暗証番号ヒント"


@pytest.fixture
def home(tmp_path: Path, keyring_store: KeyringSecretStore):
    household = open_with_store(tmp_path / "home", keyring_store)
    yield household
    household.close()


def test_canary_body_is_only_in_the_keyring(home, keyring_store, tmp_path) -> None:
    setup_logging(home.paths.log_dir, logging.DEBUG)
    try:
        member = add_member(home)
        note = home.notes.set_note(member.id, "暗証番号", CANARY)
        home.notes.set_note(member.id, "暗証番号", CANARY + " v2")  # an edit, too
        assert home.notes.read_body(note.id) == CANARY + " v2"
        # The body really is in the Secret Service, under the note's key.
        [key] = keyring_store.list_keys() or []
        assert KeyringSecretStore(keyring_store.service).get(key) == CANARY + " v2"
        export = tmp_path / "export.json"
        export_json(home, export)
        ics = tmp_path / "family.ics"
        todo = getattr(home, "todo", None)
        if todo is not None:
            from familycare.services.calendar_export import CalendarExport

            ics.write_bytes(CalendarExport(todo, home.settings, home.clock).ics_bytes())
        searched = files_under(home.paths.data_dir) + [export] + ([ics] if ics.exists() else [])
        names = {p.name for p in searched}
        assert "familycare.sqlite3" in names and "familycare.sqlite3-wal" in names
        assert "familycare.log" in names
        hits = [p for p in searched if bytes_contain(p, "CANARY-9d2e")]
        assert hits == []
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "_familycare", False):
                logging.getLogger().removeHandler(handler)
                handler.close()


def test_deleting_a_member_removes_their_keyring_entries(home, keyring_store) -> None:
    mother = add_member(home)
    father = add_member(home, "山田 太郎")
    home.notes.set_note(mother.id, "a", "mother a")
    home.notes.set_note(mother.id, "b", "mother b")
    kept = home.notes.set_note(father.id, "c", "father c")
    assert len(keyring_store.list_keys() or []) == 3
    home.members.delete_member(mother.id)
    keys = keyring_store.list_keys() or []
    assert len(keys) == 1
    assert home.notes.read_body(kept.id) == "father c"
    assert home.notes.orphans().empty


def test_orphans_on_the_real_keyring(home, keyring_store) -> None:
    member = add_member(home)
    gone = home.notes.set_note(member.id, "gone", "x")
    home.notes.set_note(member.id, "kept", "y")
    keys = keyring_store.list_keys() or []
    tag = keys[0].rsplit("-", 1)[0]
    with home.db.unit_of_work() as session:
        from familycare.storage.note_repository import NoteRepository

        gone_key = NoteRepository(session).get(gone.id).keyring_id
    keyring_store.delete(gone_key)
    keyring_store.set(f"{tag}-stray", "left behind")
    orphans = home.notes.orphans()
    assert [n.title for n in orphans.missing_entries] == ["gone"]
    assert orphans.unreferenced_keys == [f"{tag}-stray"]


def test_fail_backend_keeps_notes_locked_and_writes_nothing(tmp_path, isolated_keyring_ready):
    from keyring.backends import fail

    store = KeyringSecretStore("familycare-test-fail", fail.Keyring())
    household = open_with_store(tmp_path / "nokeyring", store)
    try:
        member = add_member(household)
        with pytest.raises(SecretsUnavailable) as caught:
            household.notes.set_note(member.id, "t", CANARY)
        assert caught.value.reason_code is SecretsReason.NO_BACKEND
        assert household.notes.list_notes() == []
        # The rest works: members can be added, edited, deleted; exports run.
        other = add_member(household, "山田 太郎")
        household.members.delete_member(other.id)
        export_json(household, tmp_path / "e.json")
        assert [m.display_name for m in household.members.list_members()] == ["山田 花子"]
    finally:
        household.close()
    hits = [p for p in files_under(tmp_path) if bytes_contain(p, "CANARY-9d2e")]
    assert hits == []


def test_backup_restore_onto_a_fresh_folder_and_a_fresh_keyring_collection(
    tmp_path, keyring_store_factory: Callable[[], KeyringSecretStore]
) -> None:
    original_store = keyring_store_factory()
    source = open_with_store(tmp_path / "source", original_store)
    try:
        mother = add_member(source)
        father = add_member(source, "山田 太郎")
        source.notes.set_note(mother.id, "暗証番号", "ヒント: 父の誕生日ではない")
        source.notes.set_note(father.id, "保管場所", "仏壇の引き出し")
        backup = tmp_path / "family.fcbackup"
        create_backup(source, backup, "correct horse battery", ScryptCost(log2_n=12))
        expected = {(n.member_id, n.title): source.notes.read_body(n.id)
                    for n in source.notes.list_notes()}
    finally:
        source.close()

    fresh_store = keyring_store_factory()  # another service: nothing of the original there
    assert fresh_store.list_keys() == []
    from familycare.paths import resolve_paths

    paths = resolve_paths(data_dir=tmp_path / "fresh", environ={})
    contents = read_backup(backup, "correct horse battery")
    result = restore_backup(contents, paths, secret_store=fresh_store)
    assert result.notes_restored == 2
    restored = open_with_store(tmp_path / "fresh", fresh_store)
    try:
        got = {(n.member_id, n.title): restored.notes.read_body(n.id)
               for n in restored.notes.list_notes()}
        assert got == expected
        assert [m.display_name for m in restored.members.list_members()] == [
            "山田 花子", "山田 太郎"]
        assert len(fresh_store.list_keys() or []) == 2
        assert restored.notes.orphans().empty
    finally:
        restored.close()


def test_wrong_passphrase_touches_neither_folder_nor_keyring(
    tmp_path, keyring_store_factory: Callable[[], KeyringSecretStore]
) -> None:
    from familycare.services.backup import BackupError

    store = keyring_store_factory()
    source = open_with_store(tmp_path / "source", store)
    try:
        source.notes.set_note(add_member(source).id, "t", "body")
        backup = tmp_path / "b"
        create_backup(source, backup, "correct horse battery", ScryptCost(log2_n=12))
    finally:
        source.close()
    fresh = keyring_store_factory()
    with pytest.raises(BackupError):
        read_backup(backup, "battery horse correct")
    backup.write_bytes(backup.read_bytes()[:-1])
    with pytest.raises(BackupError):
        read_backup(backup, "correct horse battery")
    assert fresh.list_keys() == []


def test_demo_service_entries_are_removed_on_close_and_real_ones_untouched(
    tmp_path, isolated_keyring_ready
) -> None:
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.secrets import DEMO_SERVICE, NOTES_SERVICE

    real = KeyringSecretStore(NOTES_SERVICE)
    real.set("someone-real-note", "a person's real note")
    try:
        demo = open_household(resolve_paths(data_dir=tmp_path / "demo", environ={}), demo=True)
        assert demo.notes.secret_store.service == DEMO_SERVICE  # type: ignore[attr-defined]
        demo.notes.set_note(add_member(demo).id, "t", "demo body")
        assert KeyringSecretStore(DEMO_SERVICE).list_keys()
        demo.close()
        assert KeyringSecretStore(DEMO_SERVICE).list_keys() == []
        assert real.get("someone-real-note") == "a person's real note"
    finally:
        real.delete("someone-real-note")
