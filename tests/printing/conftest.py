"""Fixtures for printing tests: real visit cards from the planner, and PDF inspection tools."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from familycare.domain.member_facts import CoverageKind, CoveragePeriod
from familycare.domain.visit_card import Contact, VisitCard, build_visit_card
from familycare.domain.visit_plan import plan_visit
from familycare.services.rule_set_loader import load_rule_set
from tests.domain.plan_builders import FULL_CLINIC, PIN_ONLY_CLINIC, card, member

FATHER_BIRTH = date(1946, 5, 15)


def _need(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed")
    return found


def pdf_text(path: Path) -> str:
    """The PDF's text, NFKC-normalised (CJK fonts may map glyphs to Kangxi radicals)."""
    out = subprocess.run(
        [_need("pdftotext"), "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", out)


def pdf_page_texts(path: Path) -> list[str]:
    return [page for page in pdf_text(path).split("\f") if page.strip()]


def pdf_pages(path: Path) -> int:
    info = subprocess.run(
        [_need("pdfinfo"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def pdf_fonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb column) for each font in the PDF."""
    out = subprocess.run(
        [_need("pdffonts"), str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = []
    for line in out:
        parts = line.split()
        # columns from the right: object ID (2 parts), uni, sub, emb
        rows.append((parts[0], parts[-5]))
    return rows


def squeeze(text: str) -> str:
    """Text without whitespace, so wrapped lines still match."""
    return "".join(text.split())


@pytest.fixture(scope="session")
def rules():
    return load_rule_set()


@pytest.fixture
def father_card(rules) -> VisitCard:
    """太郎 at a pharmacy without face reader, one PIN attempt left (DEMO_FAMILY.md)."""
    plan = plan_visit(
        member(birth=FATHER_BIRTH, failures=2), date(2026, 11, 27), PIN_ONLY_CLINIC, rules
    )
    return build_visit_card(
        plan,
        member_name="山田 太郎",
        member_colour="#56B4E9",
        member_birth=FATHER_BIRTH,
        facility_name="さくら薬局",
        facility_kind="pharmacy",
        rules=rules,
        contact=Contact("山田 健"),
    )


@pytest.fixture
def son_card(rules) -> VisitCard:
    """健 just after a job change: the insurer phrase, four fallbacks, a grace warning."""
    birth = date(1976, 1, 5)
    facts = member(
        birth=birth,
        card_facts=card(cert_expires_on=date(2026, 10, 20)),
        smartphone=True,
        qc_until=date(2027, 7, 31),
        coverage=(CoveragePeriod(CoverageKind.EMPLOYEE, date(2026, 11, 20)),),
    )
    plan = plan_visit(facts, date(2026, 11, 28), FULL_CLINIC, rules)
    return build_visit_card(
        plan,
        member_name="山田 健",
        member_colour="#0072B2",
        member_birth=birth,
        facility_name="山田内科クリニック",
        facility_kind="hospital",
        rules=rules,
    )
