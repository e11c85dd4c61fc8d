"""Settings → Rules and sources: every rule is listed with its source; saving stores the
household's choice for disputed rules."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from familycare.domain.rules import (
    GRACE_COUNTING,
    LATE_ELDERLY_CERT_FOR_ALL,
    SWITCH_LAG_DAYS,
    GraceCounting,
)
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
    one; the note under the source (in the cell and its tooltip) follows too."""
    dialog = RulesDialog(household.rules, clock.today())
    qtbot.addWidget(dialog)
    model = dialog.table.model()
    rules = household.rules.rule_set()
    row = rule_row(rules, GRACE_COUNTING)
    entry = rules.rule(GRACE_COUNTING, clock.today())
    source = model.index(row, model.SOURCE)
    tooltip = source.data(Qt.ItemDataRole.ToolTipRole)
    if language == "ja":
        assert source.data() == tooltip == f"{entry.source_ja}\n{entry.note_ja}"
        assert "厚生労働省" in source.data()
    else:
        assert source.data() == tooltip == f"{entry.source}\n{entry.note}"
    shown = {model.index(r, model.SOURCE).data().split("\n")[0]
             for r in range(model.rowCount())}
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


@pytest.fixture(params=[100, 200], ids=lambda p: f"{p}%")
def text_scale(request, qapp):
    from familycare.ui.text_size import apply_font, scale_icons

    saved = qapp.font()
    apply_font(qapp, request.param)
    yield request.param
    qapp.setFont(saved)
    scale_icons(qapp, 1.0)


@pytest.mark.parametrize("width", ["default", "narrowest"])
def test_every_cell_is_whole_and_wrapped_inside_the_window(
        qtbot, household, clock, language, text_scale, width) -> None:
    """A tired reader checking why the app said something reads each source and value whole,
    on as many lines as it needs, without scrolling sideways: at the dialog's own size and
    at the narrowest the window goes, at normal and double text, in both languages, with
    the household's own choice for the disputed rules in the table."""
    from familycare.services.household_rules import RuleOverrides
    from tests.ui.large_text_audit import cut_cells

    household.rules.set_overrides(RuleOverrides(GraceCounting.EXACT_DATE, 21))
    dialog = RulesDialog(household.rules, clock.today())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if width == "narrowest":
        dialog.resize(dialog.minimumSizeHint().width(), dialog.height())
    table = dialog.table
    header = table.horizontalHeader()
    model = table.model()
    last = model.SOURCE

    def settled() -> bool:
        return (header.sectionViewportPosition(last) + header.sectionSize(last)
                <= table.viewport().width() and not cut_cells(table))

    qtbot.waitUntil(settled)
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    assert header.sectionSize(last) >= metrics.horizontalAdvance("M") * 12  # readable
    # The longest source does need several lines here: rows really grew to hold it.
    sources = [model.index(row, last) for row in range(model.rowCount())]
    longest = max(sources, key=lambda i: metrics.horizontalAdvance(i.data()))
    assert metrics.horizontalAdvance(longest.data()) > header.sectionSize(last)
    assert table.visualRect(longest).height() >= 2 * metrics.lineSpacing()
    # The household's choice is what the table shows for the disputed rules, and it says so
    # (the source next to it gives the shipped reading).
    rules = household.rules.rule_set()
    grace = model.index(rule_row(rules, GRACE_COUNTING), model.VALUE)
    lag = model.index(rule_row(rules, SWITCH_LAG_DAYS), model.VALUE)
    if language == "ja":
        assert (grace.data(), lag.data()) == ("同じ日付まで(この世帯の選択)", "21(この世帯の選択)")
    else:
        assert (grace.data(), lag.data()) == ("to the same date (your household's choice)",
                                              "21 (your household's choice)")
    shipped = model.index(rule_row(rules, LATE_ELDERLY_CERT_FOR_ALL), model.VALUE)
    assert shipped.data() == ("いいえ" if language == "ja" else "no")
