from __future__ import annotations

import json


def test_add_then_list_as_json_and_text(run_cli):
    added = run_cli("facility", "add", "--name", "さくら薬局", "--kind", "pharmacy",
                    "--online-check", "yes", "--face-reader", "no")
    assert added.returncode == 0, added.stderr
    assert added.stdout.strip() == "さくら薬局"
    listed = run_cli("facility", "list", "--json")
    assert json.loads(listed.stdout) == [{
        "id": 1, "name": "さくら薬局", "kind": "pharmacy", "online_check": True,
        "face_reader": False, "smartphone_reader": None, "memo": "",
    }]
    text = run_cli("facility", "list")
    assert text.stdout.split("\n")[0].split("\t") == [
        "さくら薬局", "pharmacy", "online_check=yes", "face_reader=no",
        "smartphone_reader=unknown",
    ]


def test_duplicate_name_is_one_line_and_exit_2(run_cli):
    assert run_cli("facility", "add", "--name", "Green").returncode == 0
    again = run_cli("--language", "en", "facility", "add", "--name", "green")
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1
    assert "already saved" in again.stderr


def test_bad_capability_value_is_a_usage_error(run_cli):
    result = run_cli("facility", "add", "--name", "X", "--face-reader", "maybe")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
