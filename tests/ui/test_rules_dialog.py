"""Settings → Rules and sources: every rule is listed with its source; saving stores the
household's choice for disputed rules."""

from __future__ import annotations

from familycare.domain.rules import GraceCounting
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
