"""Encrypted backup and restore: same family and note bodies on a fresh folder and keyring;
wrong passphrases and damaged files write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from familycare.paths import resolve_paths
from familycare.secrets.store import SecretsReason, SecretsUnavailable
from familycare.services.backup import (
    MAGIC,
    BackupError,
    ScryptCost,
    create_backup,
    read_backup,
    restore_backup,
)
from familycare.services.clock import FixedClock
from familycare.storage.dump import dump_household
from tests.fixtures_keyring import MemorySecretStore
from tests.services.notes_helpers import TODAY, add_member, files_under, open_with_store

FAST = ScryptCost(log2_n=12)  # the real default is slow on purpose; the format is the same
PASS = "correct horse battery"


@pytest.fixture
def source(tmp_path: Path):
    household = open_with_store(tmp_path / "source", MemorySecretStore())
    mother = add_member(household)
    father = add_member(household, "山田 太郎")
    household.notes.set_note(mother.id, "暗証番号のヒント", "誕生日ではない 4桁")
    household.notes.set_note(father.id, "カードの場所", "仏壇の引き出し")
    yield household
    household.close()


def restore_to(tmp_path: Path, backup: Path, store: MemorySecretStore, passphrase: str = PASS):
    paths = resolve_paths(data_dir=tmp_path / "restored", environ={})
    return paths, restore_backup(read_backup(backup, passphrase), paths, FixedClock(TODAY), store)


def test_round_trip_gives_the_same_family_and_note_bodies(source, tmp_path) -> None:
    backup = tmp_path / "family.fcbackup"
    result = create_backup(source, backup, PASS, FAST)
    assert result.notes_included == 2 and result.notes_missing == 0
    assert backup.read_bytes().startswith(MAGIC)
    assert backup.stat().st_mode & 0o077 == 0

    new_store = MemorySecretStore()
    _, restored = restore_to(tmp_path, backup, new_store)
    assert restored.notes_restored == 2
    household = open_with_store(tmp_path / "restored", new_store)
    try:
        assert [m.display_name for m in household.members.list_members()] == [
            "山田 花子", "山田 太郎"]
        bodies = {n.title: household.notes.read_body(n.id) for n in household.notes.list_notes()}
        assert bodies == {
            "暗証番号のヒント": "誕生日ではない 4桁", "カードの場所": "仏壇の引き出し"}
        # Re-homed: this device holds them, under keys of its own.
        assert all(n.on_this_device for n in household.notes.list_notes())
        assert household.notes.device_id != source.notes.device_id
        assert not set(new_store.entries) & set(source.notes.secret_store.entries)
        assert household.notes.orphans().empty
        same = dump_household(source.db.engine)["tables"]["members"]
        assert dump_household(household.db.engine)["tables"]["members"] == same
    finally:
        household.close()


def test_the_file_holds_no_plaintext(source, tmp_path) -> None:
    backup = tmp_path / "b"
    create_backup(source, backup, PASS, FAST)
    data = backup.read_bytes()
    for needle in ("山田", "仏壇の引き出し", "members"):
        assert needle.encode() not in data


def test_wrong_passphrase_writes_nothing(source, tmp_path) -> None:
    backup = tmp_path / "b"
    create_backup(source, backup, PASS, FAST)
    store = MemorySecretStore()
    with pytest.raises(BackupError) as caught:
        restore_to(tmp_path, backup, store, "wrong passphrase")
    assert caught.value.code == "wrong_passphrase_or_damaged"
    assert not (tmp_path / "restored").exists() and store.entries == {}


@pytest.mark.parametrize("keep", [5, len(MAGIC) + 10, 200, -1])
def test_a_truncated_file_is_refused_and_writes_nothing(source, tmp_path, keep) -> None:
    backup = tmp_path / "b"
    create_backup(source, backup, PASS, FAST)
    data = backup.read_bytes()
    backup.write_bytes(data[:keep])
    store = MemorySecretStore()
    with pytest.raises(BackupError) as caught:
        restore_to(tmp_path, backup, store)
    assert caught.value.code in {"backup_damaged", "not_a_backup"}
    assert not (tmp_path / "restored").exists() and store.entries == {}


@pytest.mark.parametrize("where", [len(MAGIC) + 1, len(MAGIC) + 20, -5])
def test_a_changed_byte_is_detected(source, tmp_path, where) -> None:
    backup = tmp_path / "b"
    create_backup(source, backup, PASS, FAST)
    data = bytearray(backup.read_bytes())
    data[where] ^= 0x01
    backup.write_bytes(bytes(data))
    with pytest.raises(BackupError):
        read_backup(backup, PASS)


def test_not_a_backup(tmp_path) -> None:
    other = tmp_path / "x.json"
    other.write_text("{}")
    with pytest.raises(BackupError) as caught:
        read_backup(other, PASS)
    assert caught.value.code == "not_a_backup"


def test_a_non_empty_target_is_refused(source, tmp_path) -> None:
    backup = tmp_path / "b"
    create_backup(source, backup, PASS, FAST)
    with pytest.raises(BackupError) as caught:
        restore_backup(read_backup(backup, PASS), source.paths, FixedClock(TODAY),
                       MemorySecretStore())
    assert caught.value.code == "target_not_empty"
    assert len(source.members.list_members()) == 2


def test_a_locked_keyring_during_restore_leaves_no_database(source, tmp_path) -> None:
    backup = tmp_path / "b"
    create_backup(source, backup, PASS, FAST)
    locked = MemorySecretStore(SecretsReason.LOCKED)
    with pytest.raises(SecretsUnavailable):
        restore_to(tmp_path, backup, locked)
    assert not [p for p in files_under(tmp_path / "restored") if "sqlite" in p.name]


def test_a_locked_keyring_refuses_the_backup_rather_than_dropping_bodies(source, tmp_path) -> None:
    source.notes.secret_store.unavailable = SecretsReason.LOCKED
    with pytest.raises(SecretsUnavailable):
        create_backup(source, tmp_path / "b", PASS, FAST)
    assert not (tmp_path / "b").exists()


def test_an_existing_file_is_not_replaced_and_short_passphrases_are_refused(
    source, tmp_path
) -> None:
    existing = tmp_path / "b"
    existing.write_text("keep me")
    with pytest.raises(BackupError) as caught:
        create_backup(source, existing, PASS, FAST)
    assert caught.value.code == "backup_exists" and existing.read_text() == "keep me"
    with pytest.raises(BackupError) as caught:
        create_backup(source, tmp_path / "c", "short", FAST)
    assert caught.value.code == "passphrase_too_short"


def test_a_note_whose_entry_was_gone_comes_back_as_missing(source, tmp_path) -> None:
    store = source.notes.secret_store
    gone_key = sorted(store.entries)[0]
    del store.entries[gone_key]
    backup = tmp_path / "b"
    result = create_backup(source, backup, PASS, FAST)
    assert (result.notes_included, result.notes_missing) == (1, 1)
    _, restored = restore_to(tmp_path, backup, MemorySecretStore())
    assert restored.notes_restored == 1 and len(restored.notes_missing) == 1


def test_default_cost_round_trip(source, tmp_path) -> None:
    backup = tmp_path / "b"
    create_backup(source, backup, PASS)
    assert read_backup(backup, PASS).bodies
