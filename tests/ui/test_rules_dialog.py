"""Settings → Rules and sources: every rule is listed with its source; saving stores the
household's choice for disputed rules."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from familycare.domain.rules import GRACE_COUNTING, LATE_ELDERLY_CERT_FOR_ALL, GraceCounting
from familycare.ui.rules_dialog import RulesDialog


def test_lists_every_rule_with_a_source_and_saves_overrides(qtbot, household, clock) -> None:
    dialog = RulesDialog(household.rules, clock.today())
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    rules = household.rules.rule_set()
    assert model.rowCount() == len(rules.rule_ids())
    for row in range(model.rowCount()):
        assert model.index(row, model.SOURCE).data()
        assert model.index(row, model.VALUE).data() not in (None, "")

    dialog.grace.setCurrentIndex(dialog.grace.findData(GraceCounting.EXACT_DATE.value))
    dialog.lag.setValue(21)
    dialog.accept()
    chosen = household.rules.overrides()
    assert chosen.grace_counting is GraceCounting.EXACT_DATE
    assert chosen.switch_lag_days == 21


def test_cancel_leaves_the_household_choice_alone(qtbot, household, clock) -> None:
    dialog = RulesDialog(household.rules, clock.today())
    qtbot.addWidget(dialog)
    dialog.lag.setValue(30)
    dialog.reject()
    assert household.rules.overrides().switch_lag_days is None


@pytest.fixture(params=["ja", "en"])
def language(request, qapp):
    from familycare.i18n.translator import UiLanguage

    installed = UiLanguage(qapp, "en")
    installed.switch(request.param)
    yield request.param
    installed.switch("en")  # never leave the Japanese translators to the next test


def test_sources_and_notes_are_in_the_ui_language(qtbot, household, clock, language) -> None:
    """A Japanese reader gets the Japanese source (厚生労働省 …), an English reader the English
    one; the note under the source (its tooltip) follows too."""
    dialog = RulesDialog(household.rules, clock.today())
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    rules = household.rules.rule_set()
    row = rule_row(rules, GRACE_COUNTING)
    entry = rules.rule(GRACE_COUNTING, clock.today())
    source = model.index(row, model.SOURCE)
    tooltip = source.data(Qt.ItemDataRole.ToolTipRole)
    if language == "ja":
        assert source.data() == entry.source_ja
        assert tooltip == f"{entry.source_ja}\n{entry.note_ja}"
        assert "厚生労働省" in source.data()
    else:
        assert source.data() == entry.source
        assert tooltip == f"{entry.source}\n{entry.note}"
    shown = {model.index(r, model.SOURCE).data() for r in range(model.rowCount())}
    today = [rules.rule(rule_id, clock.today()) for rule_id in rules.rule_ids()]
    assert shown == {(e.source_ja if language == "ja" else e.source) for e in today}


def test_true_false_and_code_values_are_in_words(qtbot, household, clock, language) -> None:
    dialog = RulesDialog(household.rules, clock.today())
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    rules = household.rules.rule_set()
    values = {rule_id: model.index(rule_row(rules, rule_id), model.VALUE).data()
              for rule_id in (GRACE_COUNTING, LATE_ELDERLY_CERT_FOR_ALL)}
    assert clock.today() >= date(2026, 8, 1)  # the rule is false from then on
    if language == "ja":
        assert values == {GRACE_COUNTING: "月末まで", LATE_ELDERLY_CERT_FOR_ALL: "いいえ"}
    else:
        assert values == {GRACE_COUNTING: "to the end of the month",
                          LATE_ELDERLY_CERT_FOR_ALL: "no"}


def rule_row(rules, rule_id: str) -> int:
    return rules.rule_ids().index(rule_id)
