"""`familycare backup | restore | import | export --format json` end to end, against the
test session's real keyring; a restore goes into a fresh data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.fixtures_keyring import isolated_keyring_ready  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("isolated_keyring_ready")


@pytest.fixture
def family(run_cli, tmp_path: Path):
    assert run_cli("member", "add", "--name", "Hanako", "--birth", "1948-03-14",
                   "--relation", "parent").returncode == 0
    assert run_cli("note", "set", "--member", "Hanako", "--title", "pin",
                   stdin="CANARY-backup-body").returncode == 0
    phrase = tmp_path / "phrase"
    phrase.write_text("a long enough passphrase\n")
    return run_cli, phrase


def test_backup_then_restore_into_a_fresh_folder(family, tmp_path) -> None:
    run, phrase = family
    out = tmp_path / "family.fcbackup"
    made = run("backup", "--out", str(out), "--passphrase-file", str(phrase))
    assert made.returncode == 0, made.stderr
    assert b"CANARY" not in out.read_bytes()
    fresh = {"FAMILYCARE_DATA_DIR": str(tmp_path / "fresh")}
    restored = run("restore", "--from", str(out), "--passphrase-file", str(phrase), env=fresh)
    assert restored.returncode == 0, restored.stderr
    got = run("note", "get", "--member", "Hanako", "--title", "pin", env=fresh)
    assert got.stdout == "CANARY-backup-body\n"
    # Tidy the test keyring: the restored copy's entry goes with its note.
    assert run("note", "delete", "--member", "Hanako", "--title", "pin", env=fresh).returncode == 0


def test_wrong_passphrase_and_truncated_file_write_nothing(family, tmp_path) -> None:
    run, phrase = family
    out = tmp_path / "b"
    assert run("backup", "--out", str(out), "--passphrase-file", str(phrase)).returncode == 0
    wrong = tmp_path / "wrong"
    wrong.write_text("not the passphrase\n")
    fresh_dir = tmp_path / "fresh"
    fresh = {"FAMILYCARE_DATA_DIR": str(fresh_dir)}
    result = run("restore", "--from", str(out), "--passphrase-file", str(wrong),
                 "--language", "en", env=fresh)
    assert result.returncode == 1
    assert "Wrong passphrase" in result.stderr and len(result.stderr.splitlines()) == 1
    assert not fresh_dir.exists()
    out.write_bytes(out.read_bytes()[:-40])
    result = run("restore", "--from", str(out), "--passphrase-file", str(phrase),
                 "--language", "en", env=fresh)
    assert result.returncode == 1 and "damaged" in result.stderr
    assert not fresh_dir.exists()


def test_restore_refuses_a_non_empty_folder(family, tmp_path) -> None:
    run, phrase = family
    out = tmp_path / "b"
    assert run("backup", "--out", str(out), "--passphrase-file", str(phrase)).returncode == 0
    result = run("restore", "--from", str(out), "--passphrase-file", str(phrase),
                 "--language", "en")
    assert result.returncode == 1 and "not empty" in result.stderr


def test_json_export_then_import(family, tmp_path) -> None:
    run, _ = family
    out = tmp_path / "family.json"
    made = run("export", "--format", "json", "--out", str(out))
    assert made.returncode == 0, made.stderr
    text = out.read_text(encoding="utf-8")
    assert "CANARY" not in text
    assert json.loads(text)["note_titles"][0]["title"] == "pin"
    fresh = {"FAMILYCARE_DATA_DIR": str(tmp_path / "fresh")}
    imported = run("import", "--from", str(out), env=fresh)
    assert imported.returncode == 0, imported.stderr
    assert "1 note title" in imported.stdout
    assert run("member", "list", env=fresh).stdout.startswith("Hanako")
    again = run("import", "--from", str(out), "--language", "en", env=fresh)
    assert again.returncode == 1 and "not empty" in again.stderr
    assert run("note", "delete", "--member", "Hanako", "--title", "pin").returncode == 0
