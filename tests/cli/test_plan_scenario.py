"""``run_plan_scenario``: plan JSON on stdout (exit 0), or one error line naming the field
(exit 2) for bad files of every kind."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from familycare.cli.plan_scenario import MAX_SCENARIO_BYTES, run_plan_scenario
from familycare.domain.rules import RuleSet
from familycare.services.rule_set_loader import load_rule_set

SCENARIO = {
    "member": {
        "birth_date": "1985-02-11",
        "card": {"kind": "standard", "issued_on": "2023-04-01"},
        "pins": {"user_cert_failures": 0},
        "coverage": {"kind": "employee", "since": "2026-11-20"},
        "documents": {"qualification_notice": True},
    },
    "visit": {"date": "2026-11-25", "facility": {"online_check": True, "face_reader": True}},
}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rule_set()


def _run(path: Path, rules: RuleSet) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_plan_scenario(path, out, err, rules)
    return code, out.getvalue(), err.getvalue()


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "scenario.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_good_file_prints_the_plan(tmp_path: Path, rules: RuleSet) -> None:
    code, out, err = _run(_write(tmp_path, json.dumps(SCENARIO)), rules)
    assert (code, err) == (0, "")
    plan = json.loads(out)
    assert plan["route"] == "mynacard" and plan["auth"] == "face"
    assert plan["card_expires_on"] == "2033-02-11"
    assert "coverage_switch_lag" in plan["warnings"]
    assert "保険が切り替わった直後です" in out  # ensure_ascii=False: readable Japanese
    assert plan["rules_version"] == rules.version
    assert out.startswith("{\n  ")  # indent 2


def test_utf8_bom_is_accepted(tmp_path: Path, rules: RuleSet) -> None:
    path = _write(tmp_path, b"\xef\xbb\xbf" + json.dumps(SCENARIO).encode())
    assert _run(path, rules)[0] == 0


def _assert_one_error_line(result: tuple[int, str, str], field: str, words: str) -> None:
    code, out, err = result
    assert code == 2 and out == ""
    assert err.endswith("\n") and err.count("\n") == 1
    assert err.startswith(f"error: {field}: "), err
    assert words in err, err


@pytest.mark.parametrize(
    ("edit", "field", "words"),
    [
        (lambda s: s["member"].pop("birth_date"), "member.birth_date", "missing"),
        (
            lambda s: s["member"]["card"].update(issued_on="2023-02-30"),
            "member.card.issued_on",
            "not a valid date",
        ),
        (
            lambda s: s["member"]["pins"].update(user_cert_failures=-2),
            "member.pins.user_cert_failures",
            "negative",
        ),
        (
            lambda s: s["member"]["pins"].update(user_cert_failures=False),
            "member.pins.user_cert_failures",
            "wrong type",
        ),
        (
            lambda s: s["visit"]["facility"].update(online="yes"),
            "visit.facility.online",
            "unknown field",
        ),
        (
            lambda s: s["member"]["card"].update(issued_on="1980-01-01"),
            "member.card.issued_on",
            "birth date",
        ),
        (
            lambda s: s["member"]["card"].update(applied_on="2023-05-01"),
            "member.card.applied_on",
            "issue date",
        ),
        (lambda s: s["member"]["card"].update(kind="gold"), "member.card.kind", "standard"),
    ],
)
def test_bad_scenario_names_the_field(tmp_path, rules, edit, field: str, words: str) -> None:
    data = json.loads(json.dumps(SCENARIO))
    edit(data)
    _assert_one_error_line(_run(_write(tmp_path, json.dumps(data)), rules), field, words)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"member": ', "not valid JSON (line 1"),
        ("", "not valid JSON"),
        ('{"visit": {}, "visit": {}}', "appears twice"),
        (b"\xff\xfe{}", "not UTF-8"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_unreadable_file_gives_one_line(tmp_path, rules, content, words: str) -> None:
    path = _write(tmp_path, content)
    _assert_one_error_line(_run(path, rules), str(path), words)


def test_file_over_one_mib_is_refused(tmp_path: Path, rules: RuleSet) -> None:
    path = _write(tmp_path, " " * (MAX_SCENARIO_BYTES + 1))
    _assert_one_error_line(_run(path, rules), str(path), "larger than 1 MiB")


def test_missing_file_and_directory(tmp_path: Path, rules: RuleSet) -> None:
    missing = tmp_path / "nope.json"
    _assert_one_error_line(_run(missing, rules), str(missing), "cannot read")
    _assert_one_error_line(_run(tmp_path, rules), str(tmp_path), "cannot read")


def test_wrapped_example_file_is_refused_with_a_hint(tmp_path: Path, rules: RuleSet) -> None:
    wrapped = {**SCENARIO, "scenario": SCENARIO}
    _assert_one_error_line(
        _run(_write(tmp_path, json.dumps(wrapped)), rules), "scenario", "bare scenario"
    )
