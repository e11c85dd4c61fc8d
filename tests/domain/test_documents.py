"""Qualification certificate validity, paper-card end and the 75+ certificate policy."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.documents import (
    PaperCardStatus,
    late_elderly_certificate_unasked,
    paper_card_status,
    qualification_certificate_valid,
)
from familycare.domain.rules import RuleSet


@pytest.mark.parametrize(
    ("until", "day", "valid"),
    [
        (date(2027, 7, 31), date(2027, 7, 31), True),
        (date(2027, 7, 31), date(2027, 8, 1), False),
        (None, date(2027, 1, 1), False),
    ],
)
def test_qualification_certificate_valid_through_its_date(
    until: date | None, day: date, valid: bool
) -> None:
    assert qualification_certificate_valid(until, day) is valid


@pytest.mark.parametrize(
    ("printed", "day", "status"),
    [
        (None, date(2025, 12, 1), PaperCardStatus.VALID),
        (None, date(2025, 12, 2), PaperCardStatus.TRANSITIONAL),
        (date(2025, 7, 31), date(2025, 8, 1), PaperCardStatus.TRANSITIONAL),
        (None, date(2026, 3, 31), PaperCardStatus.TRANSITIONAL),
        (None, date(2026, 4, 1), PaperCardStatus.ENDED),
    ],
)
def test_paper_card_status(printed, day: date, status: PaperCardStatus, rules: RuleSet) -> None:
    assert paper_card_status(printed, day, rules) is status


@pytest.mark.parametrize(
    ("birth", "day", "expected"),
    [
        (date(1930, 1, 1), date(2024, 12, 1), False),  # before certificates existed
        (date(1948, 1, 1), date(2026, 7, 31), True),  # everyone until 2026-07-31
        (date(1948, 1, 1), date(2026, 8, 1), None),  # 78: depends on card use and region
        (date(1941, 8, 1), date(2026, 8, 1), True),  # 85 on 1 August
        (date(1941, 8, 2), date(2026, 8, 1), None),  # 84 on 1 August
    ],
)
def test_late_elderly_certificate_unasked(birth, day, expected, rules: RuleSet) -> None:
    assert late_elderly_certificate_unasked(birth, day, rules) is expected
