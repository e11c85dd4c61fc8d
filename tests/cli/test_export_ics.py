"""`familycare export --format ics --out FILE`: a calendar file whose events keep their UIDs
from one export to the next."""

from __future__ import annotations

from icalendar import Calendar

from tests.cli.todo_cli_helpers import build_family


def uids(path) -> set[str]:
    cal = Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    assert all(e.walk("VALARM") for e in events)
    return {str(e["uid"]) for e in events}


def test_export_ics_twice_keeps_uids(run_cli, tmp_path) -> None:
    build_family(tmp_path)
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    r1 = run_cli("export", "--format", "ics", "--out", str(first))
    assert r1.returncode == 0, r1.stderr
    r2 = run_cli("export", "--format", "ics", "--out", str(second))
    assert r2.returncode == 0, r2.stderr
    assert uids(first) == uids(second)
    assert len(uids(first)) >= 3  # PIN reset day, certificate expiry, grace ends ×2


def test_export_refuses_unknown_format_and_missing_folder(run_cli, tmp_path) -> None:
    bad_format = run_cli("export", "--format", "pdf", "--out", str(tmp_path / "x"))
    assert bad_format.returncode == 2
    missing = run_cli("export", "--format", "ics", "--out", str(tmp_path / "no" / "x.ics"))
    assert missing.returncode == 2
    assert "does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr
