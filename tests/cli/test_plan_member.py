from __future__ import annotations

import json
from datetime import date, timedelta

import pytest


@pytest.fixture
def family(run_cli):
    """One member (75+, no card recorded) and one pharmacy, typed in through the CLI."""
    for args in (
        ("member", "add", "--name", "山田 太郎", "--birth", "S21.5.9", "--relation", "parent"),
        ("facility", "add", "--name", "さくら薬局", "--kind", "pharmacy",
         "--online-check", "yes", "--face-reader", "no", "--smartphone-reader", "no"),
    ):
        result = run_cli(*args)
        assert result.returncode == 0, result.stderr
    return run_cli


def test_json_plan_for_a_stored_member(family):
    result = family("plan", "--member", "山田 太郎", "--date", "R8.11.27",
                    "--facility", "さくら薬局", "--json")
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    assert plan["route"] == "self_declaration"
    assert "no_valid_document" in plan["warnings"] and "turns_75" in plan["warnings"]
    assert "facility_unknown" not in plan["warnings"]


def test_without_facility_the_worse_case_is_planned(family):
    result = family("plan", "--member", "山田 太郎", "--date", "2026-11-27", "--json")
    assert "facility_unknown" in json.loads(result.stdout)["warnings"]


def test_readable_plan_in_japanese_with_both_calendars(family):
    result = family("--language", "ja", "plan", "--member", "山田 太郎", "--date", "2026-11-27",
                    "--facility", "さくら薬局")
    assert result.returncode == 0, result.stderr
    assert "2026年11月27日(令和8年)" in result.stdout
    assert "「別の方法で資格確認できますか?」" in result.stdout
    assert "さくら薬局" in result.stdout


def test_readable_plan_in_english(family):
    result = family("--language", "en", "plan", "--member", "山田 太郎", "--date", "2026-11-27")
    assert "2026-11-27 (R8.11.27)" in result.stdout
    assert "There is no valid proof of insurance for this visit." in result.stdout
    assert "→ Fill in the self-declaration" in result.stdout


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (("--member", "誰か", "--date", "2026-11-27"), "--member"),
        (("--member", "山田 太郎", "--date", "2026-11-27", "--facility", "ない薬局"), "--facility"),
        (("--member", "山田 太郎", "--date", "2026-02-30"), "--date"),
        (("--member", "山田 太郎",), "--date"),
    ],
)
def test_user_errors_are_one_line_and_exit_2(family, args, mentions):
    result = family("plan", *args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and mentions in result.stderr


def test_demo_family_plan_says_do_not_try_the_pin(run_cli):
    # The demo is built relative to the real today (T); DEMO_FAMILY.md: 太郎 at the pharmacy
    # at T+2 with one PIN attempt left.
    visit = (date.today() + timedelta(days=2)).isoformat()
    result = run_cli("--demo", "plan", "--member", "山田 太郎", "--date", visit,
                     "--facility", "さくら薬局", "--json")
    assert result.returncode == 0, result.stderr
    assert "pin_last_attempt" in json.loads(result.stdout)["warnings"]
