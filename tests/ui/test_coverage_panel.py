"""Insurance tab: the history table, a job change through the life-event dialog (new period,
switch lag in the visit plan), validation next to the fields, and the 75th-birthday proposal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from familycare.domain.card_record import CoverageDraft
from familycare.domain.member import Relationship
from familycare.domain.member_facts import CoverageKind
from familycare.domain.visit_plan import PlanWarning
from familycare.ui.coverage_panel import CoveragePanel
from familycare.ui.life_event_dialogs import JOB_CHANGE, MOVE, LifeEventDialog
from tests.conftest import TODAY
from tests.ui.member_detail_helpers import (
    Confirmations,
    DialogRunner,
    add_card,
    add_employee_coverage,
    add_member,
)


def make_panel(qtbot, household, member, confirm=None):
    runner = DialogRunner()
    panel = CoveragePanel(household, confirm or Confirmations(True), runner)
    qtbot.addWidget(panel)
    panel.set_member(member)
    return panel, runner


def test_job_change_through_the_dialog_adds_period_and_switch_lag(qtbot, household) -> None:
    ken = add_member(household, "山田 健", date(1976, 4, 1), Relationship.SELF)
    add_card(household, ken, issued_on=date(2024, 6, 1))
    add_employee_coverage(household, ken, date(2010, 4, 1))
    panel, runner = make_panel(qtbot, household, ken)
    assert panel.table.rowCount() == 1

    def fill(dialog: LifeEventDialog) -> None:
        dialog.on.edit.setText("R8.11.20")
        dialog.insurer_name.setText("みらい健康保険組合")

    runner.fill = fill
    qtbot.mouseClick(panel.event_buttons[JOB_CHANGE], Qt.MouseButton.LeftButton)

    periods = household.coverage.list_periods(ken.id)
    assert [(p.since, p.until, p.insurer_name) for p in periods] == [
        (date(2010, 4, 1), date(2026, 11, 19), "旧健康保険組合"),
        (date(2026, 11, 20), None, "みらい健康保険組合"),
    ]
    assert panel.table.rowCount() == 2
    assert panel.table.item(0, 1).text() == "みらい健康保険組合"  # newest first
    assert "2026-11-20" in panel.table.item(0, 2).text()
    plan = household.facts.plan_for(ken.id, TODAY, None)
    assert PlanWarning.COVERAGE_SWITCH_LAG in plan.warnings


def test_invalid_period_shows_messages_next_to_the_fields(qtbot, household) -> None:
    ken = add_member(household, "山田 健", date(1976, 4, 1), Relationship.SELF)
    panel, runner = make_panel(qtbot, household, ken)

    def fill(dialog) -> None:
        dialog.since.edit.setText("2026-04-01")
        dialog.until.edit.setText("2026-03-01")

    runner.fill = fill
    assert not panel.add_period()
    dialog = runner.dialogs[-1]
    assert not dialog.form.errors["until"].isHidden()
    assert "before the start date" in dialog.form.errors["until"].text()
    assert household.coverage.list_periods(ken.id) == []

    runner.fill = lambda d: d.since.edit.setText("S99.1.1")  # 昭和 ended in year 64
    assert not panel.add_period()
    assert not runner.dialogs[-1].form.errors["since"].isHidden()


def test_delete_asks_once_and_removes_the_period(qtbot, household) -> None:
    ken = add_member(household, "山田 健", date(1976, 4, 1), Relationship.SELF)
    add_employee_coverage(household, ken, date(2010, 4, 1))
    confirm = Confirmations(True)
    panel, _ = make_panel(qtbot, household, ken, confirm)
    panel.table.selectRow(0)
    assert panel.delete_selected()
    assert len(confirm.asked) == 1 and "山田 健" in confirm.asked[0]
    assert household.coverage.list_periods(ken.id) == []


def test_moving_warns_about_the_signing_certificate(qtbot, household) -> None:
    ken = add_member(household, "山田 健", date(1976, 4, 1), Relationship.SELF)
    add_card(household, ken, issued_on=date(2024, 6, 1))
    panel, runner = make_panel(qtbot, household, ken)
    runner.fill = lambda d: d.on.edit.setText("2026-11-10")
    assert panel.open_life_event(MOVE)
    dialog = runner.dialogs[-1]
    assert "signing certificate" in dialog.note.text.text()
    assert "signing certificate" in panel.status.text()
    assert household.cards.signing_cert_revoked_on(ken.id) == date(2026, 11, 10)


def test_75th_birthday_proposal_is_confirmed_with_the_insurer(qtbot, household) -> None:
    ichiro = add_member(household, "佐藤 一郎", date(1951, 12, 15))
    household.coverage.add_period(ichiro.id, CoverageDraft(
        CoverageKind.NATIONAL, date(2016, 4, 1), None, "○○市国民健康保険"))
    panel, runner = make_panel(qtbot, household, ichiro)
    assert not panel.proposal_box.isHidden()
    assert "2026-12-15" in panel.proposal.text.text()
    runner.fill = lambda d: d.insurer_name.setText("東京都後期高齢者医療広域連合")
    qtbot.mouseClick(panel.confirm_late_button, Qt.MouseButton.LeftButton)
    periods = household.coverage.list_periods(ichiro.id)
    assert periods[-1].kind is CoverageKind.LATE_ELDERLY
    assert periods[-1].since == date(2026, 12, 15)
    assert periods[0].until == date(2026, 12, 14)
    assert panel.proposal_box.isHidden()
