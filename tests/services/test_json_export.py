"""JSON export (no secrets, titles only) and import into an empty household."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from familycare.services.json_export import (
    MAX_IMPORT_BYTES,
    JsonImportError,
    export_json,
    import_json,
)
from familycare.storage.dump import DumpError, dump_household
from tests.fixtures_keyring import MemorySecretStore
from tests.services.notes_helpers import add_member, open_with_store


@pytest.fixture
def source(tmp_path: Path):
    household = open_with_store(tmp_path / "source", MemorySecretStore())
    mother = add_member(household)
    household.notes.set_note(mother.id, "暗証番号のヒント", "CANARY-7f3a-本文")
    household.settings.set("user_name", "健")
    yield household
    household.close()


@pytest.fixture
def empty(tmp_path: Path):
    household = open_with_store(tmp_path / "empty", MemorySecretStore())
    yield household
    household.close()


def test_export_has_titles_but_no_bodies_keys_or_devices(source, tmp_path) -> None:
    out = tmp_path / "family.json"
    result = export_json(source, out)
    text = out.read_text(encoding="utf-8")
    assert "CANARY-7f3a" not in text
    assert source.notes.device_id not in text
    for key in source.notes.secret_store.entries:
        assert key not in text
    document = json.loads(text)
    assert [t["title"] for t in document["note_titles"]] == ["暗証番号のヒント"]
    assert result.note_titles == 1 and result.counts["members"] == 1


def test_import_into_an_empty_household_gives_the_same_family(source, empty, tmp_path) -> None:
    out = tmp_path / "family.json"
    export_json(source, out)
    result = import_json(empty, out)
    assert result.note_titles_skipped == 1
    assert [m.display_name for m in empty.members.list_members()] == ["山田 花子"]
    assert empty.settings.get("user_name") == "健"
    assert empty.notes.list_notes() == []
    before = dump_household(source.db.engine)["tables"]["members"]
    assert dump_household(empty.db.engine)["tables"]["members"] == before


def test_import_into_a_household_with_members_is_refused(source, tmp_path) -> None:
    out = tmp_path / "family.json"
    export_json(source, out)
    with pytest.raises(DumpError) as caught:
        import_json(source, out)
    assert caught.value.code == "target_not_empty"


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\xff\xfe not utf-8", "import_not_json"),
        (b"{not json", "import_not_json"),
        (b"[]", "import_not_an_export"),
        (b'{"format": "familycare-dump"}', "import_not_an_export"),
        (b'{"format": "familycare-export", "format_version": 7}', "import_version_unsupported"),
    ],
)
def test_bad_files_give_a_code_and_change_nothing(empty, tmp_path, content, code) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    with pytest.raises(JsonImportError) as caught:
        import_json(empty, bad)
    assert caught.value.code == code
    assert empty.members.list_members() == []


def test_an_oversized_file_is_refused_without_reading_it(empty, tmp_path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(JsonImportError) as caught:
        import_json(empty, big)
    assert caught.value.code == "import_too_large"


def test_a_damaged_table_is_refused_as_a_whole(source, empty, tmp_path) -> None:
    out = tmp_path / "family.json"
    export_json(source, out)
    document = json.loads(out.read_text(encoding="utf-8"))
    document["tables"]["members"]["rows"][0][0] = {"nested": True}
    out.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DumpError):
        import_json(empty, out)
    assert empty.members.list_members() == []
