"""`familycare todo`: the family's next steps by date, as text and as JSON."""

from __future__ import annotations

import json
from datetime import date, timedelta

from tests.cli.todo_cli_helpers import build_family


def test_todo_json_lists_items_by_date_with_keys(run_cli, tmp_path) -> None:
    today = build_family(tmp_path)
    result = run_cli("todo", "--json", "--language", "en")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    kinds = {(r["member"], r["kind"]) for r in rows}
    assert kinds == {("山田 太郎", "pin_locked"), ("山田 太郎", "cert_expiry"),
                     ("山田 美咲", "grace_ends")}
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    expiry = next(r for r in rows if r["kind"] == "cert_expiry")
    assert expiry["due"] == (today + timedelta(days=40)).isoformat()
    assert expiry["key"].startswith("cert_expiry:member:")
    assert expiry["title"].startswith("Certificate")
    locked = next(r for r in rows if r["kind"] == "pin_locked")
    assert locked["action"] == "reset_pin_at_office"
    assert len(locked["params"]["office_days"]) == 3
    assert all(date.fromisoformat(d) >= today for d in locked["params"]["office_days"])
    # Renewing the certificate and renewing in the grace period are done at the office too.
    for row in (expiry, next(r for r in rows if r["kind"] == "grace_ends")):
        days = [date.fromisoformat(d) for d in row["params"]["office_days"]]
        assert len(days) == 3 and days == sorted(days)
        assert all(d >= today and d.weekday() < 5 for d in days)


def test_todo_within_days_and_text_output(run_cli, tmp_path) -> None:
    build_family(tmp_path)
    soon = json.loads(run_cli("todo", "--within", "10", "--json").stdout)
    # The grace period ends at least two months after a certificate that expired 30 days ago.
    assert {r["kind"] for r in soon} == {"pin_locked"}
    text = run_cli("todo", "--language", "en")
    assert text.returncode == 0, text.stderr
    assert "山田 太郎" in text.stdout
    assert "40 days left" in text.stdout
    assert "→ Reset it at the municipal office" in text.stdout
    assert "Municipal office open on: " in text.stdout  # under the certificate renewal


def test_todo_refuses_a_bad_window_in_one_line(run_cli, tmp_path) -> None:
    for bad in ("x", "-3"):
        result = run_cli("todo", "--within", bad)
        assert result.returncode == 2
        lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and "--within" in lines[0]


def test_empty_family_has_nothing_to_do(run_cli) -> None:
    result = run_cli("todo", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []
