"""The Visits tab says which dated rule produced each warning, and when this household's
settings changed a rule that the plan depends on."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from familycare.domain.rules import GraceCounting
from familycare.services.household_rules import RuleOverrides
from familycare.ui.visit_page import VisitPage
from tests.ui.member_detail_helpers import add_card, add_member


@pytest.fixture
def in_grace(household):
    """A member whose notified certificate expired on 2026-10-10: on 2026-11-25 in grace."""
    from familycare.services.settings import LANGUAGE

    household.settings.set(LANGUAGE, "en")
    taro = add_member(household, "山田 太郎", date(1960, 5, 9))
    add_card(household, taro, issued_on=date(2021, 6, 1),
             notified_cert_expires_on=date(2026, 10, 10))
    return taro


def _shown_plan(qtbot, household, member) -> str:
    page = VisitPage(household, confirm=lambda *_: True)
    qtbot.addWidget(page)
    page.member.setCurrentIndex(page.member.findData(member.id))
    page.date.edit.setText("2026-11-25")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    return page.plan_view.toPlainText()


def test_grace_warning_names_its_rules_with_value_date_and_source(qtbot, household, in_grace):
    from familycare.domain.rules import GRACE_MONTHS

    plan = household.visits.preview(in_grace.id, date(2026, 11, 25), None).plan
    assert "cert_grace" in plan.to_json()["warnings"]
    entry = plan.rules.rule(GRACE_MONTHS, date(2026, 11, 25))
    text = _shown_plan(qtbot, household, in_grace)
    from familycare.i18n.catalog_plan import rule_name

    line = next(x for x in text.splitlines() if x.startswith(f"Basis: {rule_name(GRACE_MONTHS)} ("))
    assert f"({plan.rules.value(GRACE_MONTHS, date(2026, 11, 25))}, from " in line
    assert "from 2024-12-02 (R6.12.2)" in line
    assert entry.source in line
    assert "How the grace period is counted" in text
    assert "Changed by this household's settings" not in text


def test_household_override_is_said_next_to_the_warning(qtbot, household, in_grace):
    household.rules.set_overrides(RuleOverrides(grace_counting=GraceCounting.EXACT_DATE))
    text = _shown_plan(qtbot, household, in_grace)
    assert ("Changed by this household's settings: How the grace period is counted "
            "(to the end of the month → to the same date)") in text


def test_the_japanese_ui_quotes_the_japanese_source(qtbot, qapp, household, in_grace):
    """The 根拠 line of a Japanese screen names its source in Japanese (厚生労働省 …), not
    the English sentence of the rules data."""
    from familycare.domain.rules import GRACE_COUNTING, GRACE_MONTHS
    from familycare.i18n.translator import UiLanguage
    from familycare.services.settings import LANGUAGE

    household.settings.set(LANGUAGE, "ja")
    installed = UiLanguage(qapp, "en")
    installed.switch("ja")
    try:
        text = _shown_plan(qtbot, household, in_grace)
    finally:
        installed.switch("en")  # never leave the Japanese translators to the next test
    rules = household.rules.rule_set()
    basis = [x for x in text.splitlines() if x.startswith("根拠: ")]
    for rule_id in (GRACE_MONTHS, GRACE_COUNTING):
        entry = rules.rule(rule_id, date(2026, 11, 25))
        assert any(entry.source_ja in line for line in basis), (entry.source_ja, basis)
        assert entry.source not in text
    assert any(line.startswith("根拠: ") and "厚生労働省: " in line for line in basis)
