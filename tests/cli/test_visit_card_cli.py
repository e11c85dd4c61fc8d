"""`familycare visit-card`: a PDF for a stored member, and one clear line for every mistake."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from pathlib import Path

import pytest

from familycare.domain.card_record import FacilityDraft, FacilityKind
from familycare.paths import resolve_paths

VISIT = (date.today() + timedelta(days=3)).isoformat()  # the command uses the real clock


@pytest.fixture
def stored_family(run_cli, tmp_path: Path) -> Path:
    """花子 and a pharmacy, stored the way a user would (CLI, then the facility service)."""
    from familycare.household import open_household

    added = run_cli(
        "member", "add", "--name", "山田 花子", "--birth", "S23.8.17", "--relation", "parent"
    )
    assert added.returncode == 0, added.stderr
    household = open_household(resolve_paths(data_dir=tmp_path / "cli-household", environ={}))
    try:
        household.facilities.add_facility(
            FacilityDraft("さくら薬局", FacilityKind.PHARMACY, True, False, False)
        )
    finally:
        household.close()
    return tmp_path


def _pdf_text(path: Path) -> str:
    from tests.printing.conftest import pdf_text

    return "".join(pdf_text(path).split())


def test_writes_a_one_page_card_and_marks_the_visit_printed(run_cli, stored_family: Path):
    from familycare.household import open_household
    from tests.printing.conftest import pdf_pages

    out = stored_family / "card.pdf"
    result = run_cli(
        "--language",
        "en",
        "visit-card",
        "--member",
        "山田 花子",
        "--date",
        VISIT,
        "--facility",
        "さくら薬局",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert "card.pdf" in result.stdout
    assert pdf_pages(out) == 1
    text = _pdf_text(out)
    assert "山田花子" in text and "さくら薬局" in text
    assert unicodedata.normalize("NFKC", "別の方法で資格確認できますか?") in text
    assert not list(stored_family.glob(".visit-card-*")), "temporary file left behind"
    household = open_household(resolve_paths(data_dir=stored_family / "cli-household", environ={}))
    try:
        (visit,) = household.visits.visits_on(date.fromisoformat(VISIT))
        assert visit.printed and not visit.needs_reprint
    finally:
        household.close()


def test_accepts_wareki_dates(run_cli, stored_family: Path):
    from familycare.domain.wareki import format_wareki_short

    out = stored_family / "w.pdf"
    result = run_cli(
        "visit-card",
        "--member",
        "山田 花子",
        "--date",
        format_wareki_short(date.fromisoformat(VISIT)),
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    assert out.exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("--member", "誰か", "--date", VISIT), "誰か"),
        (("--member", "山田 花子", "--date", VISIT, "--facility", "どこか"), "どこか"),
        (("--member", "山田 花子", "--date", "2026-13-01"), "--date"),
        (("--member", "山田 花子", "--date", "tomorrow"), "--date"),
        (("--member", "山田 花子", "--date", "2020-01-06"), "2020-01-06"),
    ],
)
def test_mistakes_exit_2_with_one_clear_line(run_cli, stored_family: Path, args, needle):
    out = stored_family / "bad.pdf"
    result = run_cli("--language", "en", "visit-card", *args, "--out", str(out))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0]
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_missing_output_folder_is_one_clear_line(run_cli, stored_family: Path):
    result = run_cli(
        "--language",
        "en",
        "visit-card",
        "--member",
        "山田 花子",
        "--date",
        VISIT,
        "--out",
        str(stored_family / "nowhere" / "card.pdf"),
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "nowhere" in result.stderr
