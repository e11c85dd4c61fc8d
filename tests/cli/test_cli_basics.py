"""The command line: global options anywhere, one clear line and exit 2 for user errors."""

from __future__ import annotations

import json

import pytest


def one_line_error(result) -> str:
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_member_add_then_list_json_with_global_option_after_subcommand(run_cli, tmp_path) -> None:
    other = tmp_path / "elsewhere"
    added = run_cli("member", "add", "--name", "山田 花子", "--birth", "S23.3.14",
                    "--relation", "parent", "--data-dir", str(other))
    assert added.returncode == 0, added.stderr
    listed = run_cli("--data-dir", str(other), "member", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["birth_date"], r["relation"]) for r in rows] == [
        ("山田 花子", "1948-03-14", "parent")
    ]
    # the default folder (FAMILYCARE_DATA_DIR) was not used
    assert json.loads(run_cli("member", "list", "--json").stdout) == []


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("member",),
        ("member", "add", "--name", "x"),
        ("member", "add", "--name", "x", "--birth", "1950-13-40", "--relation", "parent"),
        ("member", "add", "--name", "x", "--birth", "1950-01-01", "--relation", "cousin"),
        ("member", "add", "--name", "", "--birth", "1950-01-01", "--relation", "parent"),
        ("member", "add", "--name", "x", "--birth", "2999-01-01", "--relation", "parent"),
        ("--language", "xx", "member", "list"),
        ("plan", "--member", "nobody"),
    ],
)
def test_user_errors_exit_2_with_one_line(run_cli, args) -> None:
    result = run_cli(*args)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert one_line_error(result).startswith("familycare: error:")


def test_duplicate_name_is_a_user_error_in_plain_words(run_cli) -> None:
    base = ("member", "add", "--birth", "1950-01-01", "--relation", "parent", "--language", "en")
    assert run_cli(*base, "--name", "山田 太郎").returncode == 0
    again = run_cli(*base, "--name", "山田 太郎")
    assert again.returncode == 2
    assert "already called 山田 太郎" in one_line_error(again)


def test_newer_database_is_refused_with_a_clear_line_and_untouched(run_cli, tmp_path) -> None:
    import sqlite3

    assert run_cli("member", "list").returncode == 0
    db = tmp_path / "cli-household" / "familycare.sqlite3"
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = db.read_bytes()
    result = run_cli("member", "list", "--language", "en")
    assert result.returncode == 1
    assert "newer version" in one_line_error(result)
    assert db.read_bytes() == before


def test_demo_never_touches_the_real_data_folder(run_cli, tmp_path) -> None:
    result = run_cli("--demo", "member", "list", "--json")
    assert result.returncode == 0, result.stderr
    names = [r["name"] for r in json.loads(result.stdout)]
    assert "山田 花子" in names and len(names) >= 6
    assert not (tmp_path / "cli-household").exists()


def test_screenshot_writes_a_png_of_the_demo_family(run_cli, tmp_path) -> None:
    out = tmp_path / "shot.png"
    result = run_cli("--demo", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_exit_when_ready_exits_zero(run_cli) -> None:
    assert run_cli("--demo", "--exit-when-ready").returncode == 0
