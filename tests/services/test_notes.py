"""NoteService with a test-double store: validation, write order, device ownership."""

from __future__ import annotations

from pathlib import Path

import pytest

from familycare.domain.note import MAX_BODY_LENGTH
from familycare.domain.validation import ValidationFailed
from familycare.secrets.store import SecretsReason, SecretsUnavailable
from familycare.services.notes import NoteService, NoteUnreadable
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.note_repository import NoteRepository
from tests.fixtures_keyring import MemorySecretStore
from tests.services.notes_helpers import add_member, open_with_store


@pytest.fixture
def store() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def home(tmp_path: Path, store: MemorySecretStore):
    household = open_with_store(tmp_path / "h", store)
    yield household
    household.close()


def codes(failed: ValidationFailed) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in failed.issues}


def test_body_lives_only_in_the_store_and_the_row_only_refers_to_it(home, store) -> None:
    member = add_member(home)
    note = home.notes.set_note(member.id, "  保険証の  置き場所 ", "玄関の引き出し")
    assert note.title == "保険証の 置き場所"
    assert note.on_this_device
    assert home.notes.read_body(note.id) == "玄関の引き出し"
    with home.db.unit_of_work() as session:
        ref = NoteRepository(session).get(note.id)
    assert store.entries == {ref.keyring_id: "玄関の引き出し"}
    assert ref.device_id == home.notes.device_id


def test_set_note_with_the_same_title_replaces_the_body_and_drops_the_old_entry(
    home, store
) -> None:
    member = add_member(home)
    first = home.notes.set_note(member.id, "PIN", "hint one")
    second = home.notes.set_note(member.id, "PIN", "hint two")
    assert second.id == first.id
    assert home.notes.read_body(first.id) == "hint two"
    assert list(store.entries.values()) == ["hint two"]
    assert [n.title for n in home.notes.list_notes(member.id)] == ["PIN"]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("", "x", {("title", "title_empty")}),
        ("t" * 201, "x", {("title", "too_long")}),
        ("ok", "", {("body", "body_empty")}),
        ("ok", "あ" * (MAX_BODY_LENGTH + 1), {("body", "body_too_long")}),
        ("番号 1234 5678 9018", "x", {("title", "looks_like_my_number")}),
    ],
)
def test_invalid_notes_are_refused_before_anything_is_written(
    home, store, title, body, expected
) -> None:
    member = add_member(home)
    with pytest.raises(ValidationFailed) as caught:
        home.notes.set_note(member.id, title, body)
    assert codes(caught.value) == expected
    assert store.entries == {}
    assert home.notes.list_notes() == []


def test_a_title_of_exactly_200_and_a_body_of_exactly_1000_are_accepted(home) -> None:
    member = add_member(home)
    note = home.notes.set_note(member.id, "t" * 200, "あ" * MAX_BODY_LENGTH)
    assert len(home.notes.read_body(note.id)) == MAX_BODY_LENGTH


def test_renaming_onto_another_title_of_the_member_is_refused(home) -> None:
    member = add_member(home)
    home.notes.set_note(member.id, "A", "a")
    b = home.notes.set_note(member.id, "B", "b")
    with pytest.raises(ValidationFailed) as caught:
        home.notes.edit_note(b.id, b.version, "A", "b2")
    assert codes(caught.value) == {("title", "title_taken")}
    assert home.notes.read_body(b.id) == "b"


def test_unknown_member_is_not_found_and_nothing_is_written(home, store) -> None:
    with pytest.raises(NotFound):
        home.notes.set_note(999, "t", "secret")
    assert store.entries == {}


def test_locked_store_keeps_notes_locked_and_writes_nothing_anywhere(tmp_path) -> None:
    store = MemorySecretStore()
    household = open_with_store(tmp_path / "h", store)
    try:
        member = add_member(household)
        note = household.notes.set_note(member.id, "t", "kept")
        store.unavailable = SecretsReason.LOCKED
        with pytest.raises(SecretsUnavailable) as caught:
            household.notes.set_note(member.id, "new", "never stored")
        assert caught.value.reason_code is SecretsReason.LOCKED
        with pytest.raises(SecretsUnavailable):
            household.notes.read_body(note.id)
        assert [n.title for n in household.notes.list_notes()] == ["t"]  # listing still works
        # The rest of the household works without the keyring.
        assert [m.display_name for m in household.members.list_members()] == ["山田 花子"]
    finally:
        household.close()


class FailingAuditStore(MemorySecretStore):
    """Records the keys it saw set, to prove a failed save takes its entry back."""

    def __init__(self) -> None:
        super().__init__()
        self.ever_set: list[str] = []

    def set(self, key: str, value: str) -> None:
        super().set(key, value)
        self.ever_set.append(key)


def test_a_failed_database_write_removes_the_new_keyring_entry(home, tmp_path) -> None:
    store = FailingAuditStore()
    member = add_member(home)

    class BrokenAudit:
        actor = ""

        def record(self, *_args: object, **_kwargs: object) -> None:
            raise RuntimeError("disk full")

    service = NoteService(home.db, store, "dev-a", BrokenAudit(), home.notes._guard)  # type: ignore[arg-type]
    with pytest.raises(RuntimeError):
        service.set_note(member.id, "t", "body that must not stay")
    assert store.ever_set and store.entries == {}
    assert service.list_notes() == []


def test_a_failed_edit_keeps_the_old_body(home, store) -> None:
    member = add_member(home)
    note = home.notes.set_note(member.id, "t", "old body")
    with pytest.raises(ConcurrentEdit):
        home.notes.edit_note(note.id, note.version + 5, "t", "new body")  # stale version
    assert home.notes.read_body(note.id) == "old body"
    assert list(store.entries.values()) == ["old body"]


def test_a_note_of_another_device_is_listed_but_not_readable_here(home, store) -> None:
    member = add_member(home)
    note = home.notes.set_note(member.id, "t", "only on device A")
    other = NoteService(home.db, MemorySecretStore(), "device-b", home.audit, home.notes._guard)
    [listed] = other.list_notes(member.id)
    assert listed.title == "t" and not listed.on_this_device
    assert listed.device_id == home.notes.device_id
    with pytest.raises(NoteUnreadable) as caught:
        other.read_body(note.id)
    assert caught.value.code == "other_device"


def test_a_missing_entry_is_reported_as_body_missing_and_as_an_orphan(home, store) -> None:
    member = add_member(home)
    gone = home.notes.set_note(member.id, "gone", "x")
    home.notes.set_note(member.id, "kept", "y")
    with home.db.unit_of_work() as session:
        key = NoteRepository(session).get(gone.id).keyring_id
    del store.entries[key]
    store.entries["not-ours"] = "someone else's entry"
    with pytest.raises(NoteUnreadable) as caught:
        home.notes.read_body(gone.id)
    assert caught.value.code == "body_missing"
    tag_key = next(iter(store.entries.keys() - {"not-ours"})).rsplit("-", 1)[0]
    store.entries[f"{tag_key}-stray"] = "left behind"
    orphans = home.notes.orphans()
    assert [n.title for n in orphans.missing_entries] == ["gone"]
    # Only this household's keys count: another household's entries are not "orphans".
    assert orphans.unreferenced_keys == [f"{tag_key}-stray"]


def test_no_orphans_in_a_clean_household(home) -> None:
    member = add_member(home)
    home.notes.set_note(member.id, "t", "x")
    assert home.notes.orphans().empty


def test_delete_note_removes_entry_then_row(home, store) -> None:
    member = add_member(home)
    note = home.notes.set_note(member.id, "t", "x")
    home.notes.delete_note(note.id)
    assert store.entries == {}
    assert home.notes.list_notes() == []


def test_deleting_a_member_removes_their_entries_and_only_theirs(home, store) -> None:
    mother = add_member(home)
    father = add_member(home, "山田 太郎")
    home.notes.set_note(mother.id, "a", "mother a")
    home.notes.set_note(mother.id, "b", "mother b")
    kept = home.notes.set_note(father.id, "c", "father c")
    home.members.delete_member(mother.id)
    assert sorted(store.entries.values()) == ["father c"]
    assert [n.id for n in home.notes.list_notes()] == [kept.id]


def test_a_locked_keyring_stops_member_deletion_instead_of_leaving_orphans(home, store) -> None:
    member = add_member(home)
    home.notes.set_note(member.id, "t", "x")
    store.unavailable = SecretsReason.LOCKED
    with pytest.raises(SecretsUnavailable):
        home.members.delete_member(member.id)
    store.unavailable = None
    assert [m.id for m in home.members.list_members()] == [member.id]
    assert len(store.entries) == 1


def test_a_member_without_notes_is_deleted_without_any_keyring(home, store) -> None:
    member = add_member(home)
    store.unavailable = SecretsReason.NO_BACKEND
    home.members.delete_member(member.id)
    assert home.members.list_members() == []


def test_audit_summaries_never_hold_the_body(home) -> None:
    from sqlalchemy import select

    from familycare.storage.rows import AuditEventRow

    member = add_member(home)
    note = home.notes.set_note(member.id, "t", "CANARY-BODY")
    home.notes.set_note(member.id, "t", "CANARY-BODY-2")
    home.notes.delete_note(note.id)
    with home.db.unit_of_work() as session:
        summaries = list(session.scalars(select(AuditEventRow.summary)))
    assert not any("CANARY" in s for s in summaries)


def test_demo_household_entries_are_removed_on_close(tmp_path) -> None:
    from familycare.household import open_household
    from familycare.paths import resolve_paths

    store = MemorySecretStore()
    household = open_household(resolve_paths(data_dir=tmp_path / "d", environ={}),
                               secret_store=store, demo=True)
    member = add_member(household)
    household.notes.set_note(member.id, "t", "demo body")
    assert store.entries
    household.close()
    assert store.entries == {}
