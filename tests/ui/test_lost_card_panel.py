"""Lost card tab: "Card lost…" asks when and where, then the checklist with dates and undo,
the interim route in the visit plan underneath, and "Card found"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from familycare.domain.card_record import LostCardStep
from familycare.domain.member_facts import CardState
from familycare.domain.visit_plan import Route
from familycare.i18n import catalog_plan as plan_cat
from familycare.ui.member_detail import MemberDetail
from tests.conftest import TODAY
from tests.ui.member_detail_helpers import Confirmations, DialogRunner, add_card, add_member

INTERIM = (Route.QUALIFICATION_CERTIFICATE, Route.SELF_DECLARATION)


def make_detail(qtbot, household, member):
    runner = DialogRunner()
    detail = MemberDetail(household, Confirmations(True), runner)
    qtbot.addWidget(detail)
    detail.set_member(member)
    return detail, runner


def test_marking_a_card_lost_shows_checklist_and_interim_route(qtbot, household) -> None:
    ren = add_member(household, "山田 蓮", date(2018, 6, 2))
    add_card(household, ren, issued_on=date(2023, 4, 1))
    detail, runner = make_detail(qtbot, household, ren)
    panel = detail.lost_card_panel
    assert detail.last_plan.route not in INTERIM
    assert panel.steps_box.isHidden()

    def fill(dialog) -> None:
        dialog.lost_on.edit.setText("R8.11.20")  # 和暦 accepted
        dialog.outside.setChecked(True)

    runner.fill = fill
    with qtbot.waitSignal(detail.changed):
        qtbot.mouseClick(panel.lost_button, Qt.MouseButton.LeftButton)

    assert household.cards.current_card(ren.id).state is CardState.LOST
    assert not panel.steps_box.isHidden()
    assert "0120-95-0178" == panel.phone.text()
    assert "2026-11-20" in panel.headline.text.text()
    assert not panel.steps[LostCardStep.POLICE_REPORT].check.isHidden()  # lost outside
    # the plan underneath now takes the interim route instead of the card
    assert detail.last_plan.route in INTERIM
    route_words = plan_cat.ROUTES[detail.last_plan.route.value]
    assert route_words in detail.plan.text()

    # tick → done today; the date can be changed; untick → undone
    suspended = panel.steps[LostCardStep.SUSPENDED]
    qtbot.mouseClick(suspended.check, Qt.MouseButton.LeftButton)
    assert household.lost_cards.open_case(ren.id).steps[LostCardStep.SUSPENDED] == TODAY
    suspended = panel.steps[LostCardStep.SUSPENDED]
    suspended.date.edit.setText("2026-11-21")
    qtbot.mouseClick(suspended.save_date, Qt.MouseButton.LeftButton)
    case = household.lost_cards.open_case(ren.id)
    assert case.steps[LostCardStep.SUSPENDED] == date(2026, 11, 21)
    suspended.date.edit.setText("2026-11-19")  # before the loss: refused next to the step
    assert not panel.change_date(LostCardStep.SUSPENDED)
    assert "before the card was lost" in suspended.error.text()
    qtbot.mouseClick(suspended.check, Qt.MouseButton.LeftButton)
    assert household.lost_cards.open_case(ren.id).steps[LostCardStep.SUSPENDED] is None

    # found: the case closes and the card is in hand again
    runner.fill = lambda dialog: None
    assert panel.card_found()
    assert household.lost_cards.open_case(ren.id) is None
    assert household.cards.current_card(ren.id).state is CardState.IN_HAND
    assert panel.steps_box.isHidden()
    assert detail.last_plan.route not in INTERIM


def test_lost_at_home_needs_no_police_report(qtbot, household) -> None:
    ren = add_member(household, "山田 蓮", date(2018, 6, 2))
    add_card(household, ren, issued_on=date(2023, 4, 1))
    detail, runner = make_detail(qtbot, household, ren)
    runner.fill = lambda dialog: dialog.outside.setChecked(False)
    assert detail.lost_card_panel.mark_lost()
    assert detail.lost_card_panel.steps[LostCardStep.POLICE_REPORT].check.isHidden()


def test_lost_date_in_the_future_is_refused_next_to_the_field(qtbot, household) -> None:
    ren = add_member(household, "山田 蓮", date(2018, 6, 2))
    add_card(household, ren, issued_on=date(2023, 4, 1))
    detail, runner = make_detail(qtbot, household, ren)
    runner.fill = lambda dialog: dialog.lost_on.edit.setText("2027-01-01")
    assert not detail.lost_card_panel.mark_lost()
    dialog = runner.dialogs[-1]
    assert not dialog.form.errors["lost_on"].isHidden()
    assert "future" in dialog.form.errors["lost_on"].text()
    assert household.lost_cards.open_case(ren.id) is None
