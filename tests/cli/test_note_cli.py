"""`familycare note ...` as a person runs it, against the test session's real keyring."""

from __future__ import annotations

import pytest

from tests.fixtures_keyring import isolated_keyring_ready  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("isolated_keyring_ready")


@pytest.fixture
def family(run_cli):
    result = run_cli("member", "add", "--name", "Hanako", "--birth", "1948-03-14",
                     "--relation", "parent")
    assert result.returncode == 0, result.stderr
    return run_cli


def test_set_get_list_delete(family) -> None:
    run = family
    body = "Card in the hall drawer\nPIN hint: not the birthday"
    result = run("note", "set", "--member", "Hanako", "--title", "card", stdin=body + "\n")
    assert result.returncode == 0, result.stderr
    assert body not in result.stdout + result.stderr
    got = run("note", "get", "--member", "Hanako", "--title", "card")
    assert got.returncode == 0 and got.stdout == body + "\n"
    listed = run("note", "list")
    assert listed.stdout.split("\t")[:2] == ["Hanako", "card"]
    assert "this device" in listed.stdout and body not in listed.stdout
    assert run("note", "delete", "--member", "Hanako", "--title", "card").returncode == 0
    gone = run("note", "get", "--member", "Hanako", "--title", "card")
    assert gone.returncode == 2 and "no note titled" in gone.stderr


def test_unknown_member_or_title_exits_2_with_one_line(family) -> None:
    run = family
    for args in (("--member", "Nobody", "--title", "x"), ("--member", "Hanako", "--title", "x")):
        result = run("note", "get", *args, "--language", "en")
        assert result.returncode == 2
        assert len(result.stderr.strip().splitlines()) == 1


def test_too_long_body_is_refused_with_exit_2(family) -> None:
    result = family("note", "set", "--member", "Hanako", "--title", "t", "--language", "en",
                    stdin="x" * 1001)
    assert result.returncode == 2 and "1000" in result.stderr
    assert family("note", "list").stdout == ""


def test_no_keyring_exits_1_with_one_clear_line(family) -> None:
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = family("note", "set", "--member", "Hanako", "--title", "t", "--language", "en",
                    stdin="secret text", env=env)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "familycare: No keyring found on this computer: notes stay locked; nothing is written "
        "elsewhere."
    ]
    assert family("note", "list").stdout == ""


def test_self_test_reports_notes_without_failing(family) -> None:
    run = family
    assert run("note", "set", "--member", "Hanako", "--title", "t", stdin="x").returncode == 0
    result = run("self-test")
    [line] = [ln for ln in result.stdout.splitlines() if " notes:" in ln]
    assert line.startswith("ok   notes: 0 note(s)") and line.endswith("entries: 0")
    assert run("note", "delete", "--member", "Hanako", "--title", "t").returncode == 0
