"""`familycare member roles|set-role|clear-role` and the assignee in `familycare todo --json`:
what a script or a helper at the terminal relies on, and one-line refusals (exit 2)."""

from __future__ import annotations

import json

import pytest

from tests.cli.todo_cli_helpers import build_family


def add(run_cli, name: str, birth: str, relation: str) -> None:
    result = run_cli("member", "add", "--name", name, "--birth", birth, "--relation", relation)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def family(run_cli) -> None:
    add(run_cli, "山田 花子", "1948-03-14", "parent")
    add(run_cli, "山田 健", "1976-10-16", "self")
    add(run_cli, "山田 陽菜", "2012-01-24", "child")


def one_error_line(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1, lines
    return lines[0]


def test_set_list_and_clear_roles(run_cli, family) -> None:
    result = run_cli("member", "set-role", "--member", "山田 花子",
                     "--role", "contact_when_stuck", "--holder", "山田 健")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "山田 花子\tcontact_when_stuck\t山田 健\n"
    assert run_cli("member", "set-role", "--member", "山田 花子", "--role",
                   "accompanies_visits", "--holder", "山田 陽菜").returncode == 0
    listed = json.loads(run_cli("member", "roles", "--json").stdout)
    assert [(r["member"], r["role"], r["holder"]) for r in listed] == [
        ("山田 花子", "accompanies_visits", "山田 陽菜"),
        ("山田 花子", "contact_when_stuck", "山田 健"),
    ]
    text = run_cli("member", "roles", "--member", "山田 健")
    assert text.returncode == 0 and text.stdout == ""  # nobody helps 健
    cleared = run_cli("member", "clear-role", "--member", "山田 花子",
                      "--role", "contact_when_stuck")
    assert cleared.returncode == 0, cleared.stderr
    nobody = run_cli("member", "set-role", "--member", "山田 花子", "--role",
                     "accompanies_visits", "--holder", "nobody")
    assert nobody.stdout == "山田 花子\taccompanies_visits\tnobody\n"
    assert json.loads(run_cli("member", "roles", "--json").stdout) == []


def test_member_list_is_unchanged_by_roles(run_cli, family) -> None:
    run_cli("member", "set-role", "--member", "山田 花子", "--role", "contact_when_stuck",
            "--holder", "山田 健")
    rows = json.loads(run_cli("member", "list", "--json").stdout)
    assert [sorted(r) for r in rows][0] == sorted(
        ["id", "name", "kana", "birth_date", "age", "relation", "colour"])


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--member", "山田 花子", "--role", "contact_when_stuck", "--holder", "山田 花子"),
         "other than 山田 花子"),
        (("--member", "山田 花子", "--role", "registers_proxies", "--holder", "山田 陽菜"),
         "under 18"),
        (("--member", "山田 花子", "--role", "contact_when_stuck", "--holder", "誰か"),
         "--holder: no member named '誰か'"),
        (("--member", "誰か", "--role", "contact_when_stuck", "--holder", "山田 健"),
         "--member: no member named '誰か'"),
        (("--member", "山田 花子", "--role", "driver", "--holder", "山田 健"),
         "invalid choice: 'driver'"),
    ],
)
def test_mistakes_are_one_line_and_change_nothing(run_cli, family, args, words) -> None:
    line = one_error_line(run_cli("member", "set-role", *args, "--language", "en"))
    assert words in line
    assert json.loads(run_cli("member", "roles", "--json").stdout) == []


def test_japanese_refusal(run_cli, family) -> None:
    line = one_error_line(run_cli("member", "set-role", "--member", "山田 花子", "--role",
                                  "registers_proxies", "--holder", "山田 陽菜",
                                  "--language", "ja"))
    assert "18歳未満" in line


def test_todo_json_names_who_takes_an_item_on(run_cli, tmp_path) -> None:
    from familycare.household import open_household
    from familycare.paths import resolve_paths

    build_family(tmp_path)
    household = open_household(resolve_paths(data_dir=tmp_path / "cli-household", environ={}))
    try:
        wife = household.members.find_by_name("山田 美咲")
        key = next(e.key for e in household.todo.items() if e.item.kind.value == "cert_expiry")
        household.todo.assign(key, wife.id)
    finally:
        household.close()
    rows = json.loads(run_cli("todo", "--json").stdout)
    taken = {r["key"]: (r["assignee_id"], r["assignee"]) for r in rows}
    assert taken.pop(key) == (wife.id, "山田 美咲")
    assert set(taken.values()) == {(None, None)}
    text = run_cli("todo", "--language", "en").stdout
    assert "Taken on by 山田 美咲" in text
