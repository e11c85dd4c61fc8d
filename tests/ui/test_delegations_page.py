"""The Proxies tab: who acts for whom per member, add with refusals next to the fields,
end, review after a lost card, delete after asking once."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.delegation import DelegationDraft, DelegationKind, Scope
from familycare.domain.member import Relationship
from familycare.ui.delegations_dialog import DelegationDialog
from familycare.ui.delegations_page import DelegationsPage
from familycare.ui.proxy_session_controller import ProxySessionController
from tests.services.proxy_helpers import member_with_card


@pytest.fixture
def family(household):
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1), relation=Relationship.PARENT)
    ken = member_with_card(household, "山田 健")
    hina = member_with_card(household, "山田 陽菜", date(2012, 1, 24), relation=Relationship.CHILD)
    return household, taro, ken, hina


def make_page(qtbot, household, opened: list | None = None):
    controller = ProxySessionController(household.proxy_sessions, lambda: household.members,
                                        confirm=lambda *_a: True)
    runner = (lambda d: opened.append(d) or 0) if opened is not None else None
    page = DelegationsPage(household.delegations, household.members, controller,
                           open_dialog=runner)
    qtbot.addWidget(page)
    return page


def select_member(page: DelegationsPage, name: str) -> None:
    for row in range(page.member_list.count()):
        if page.member_list.item(row).text() == name:
            page.member_list.setCurrentRow(row)
            return
    raise AssertionError(name)


def test_both_directions_with_scopes_and_dates(qtbot, family) -> None:
    household, taro, ken, _ = family
    household.delegations.add(DelegationDraft(
        taro.id, ken.id, DelegationKind.PORTAL_VOLUNTARY,
        (Scope.MEDICAL_INFO, Scope.INSURANCE_DETAILS), since=date(2026, 5, 1)))
    page = make_page(qtbot, household)
    select_member(page, "山田 太郎")
    assert page.for_table.rowCount() == 1 and page.by_table.rowCount() == 0
    row = [page.for_table.item(0, c).text() for c in range(5)]
    assert row[0] == "山田 健" and "Portal proxy" in row[1]
    assert "Medical information" in row[2] and "Insurance details" in row[2]
    assert "2026-05-01" in row[3] and "Active" in row[4]
    select_member(page, "山田 健")
    assert page.by_table.rowCount() == 1 and page.by_table.item(0, 0).text() == "山田 太郎"


def test_refusals_appear_next_to_their_fields(qtbot, family) -> None:
    household, taro, _, hina = family
    members = household.members.list_members()
    dialog = DelegationDialog(household.delegations, members, principal_id=taro.id,
                              today=date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.agent.setCurrentIndex(dialog.agent.findData(hina.id))
    dialog.save()
    assert dialog.saved is None
    error = dialog.errors["agent_member_id"]
    assert not error.isHidden() and "18 or over" in error.text()
    dialog.agent.setCurrentIndex(dialog.agent.findData(taro.id))
    dialog.since.edit.setText("not a date")
    dialog.save()
    assert not dialog.errors["since"].isHidden()
    assert household.delegations.list_all() == []


def test_purpose_suggests_the_narrowest_scopes_and_saves(qtbot, family) -> None:
    household, taro, ken, _ = family
    dialog = DelegationDialog(household.delegations, household.members.list_members(),
                              principal_id=taro.id, today=date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.agent.setCurrentIndex(dialog.agent.findData(ken.id))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData("check_insurance"))
    assert [s for s, b in dialog.scope_boxes.items() if b.isChecked()] == [
        Scope.INSURANCE_DETAILS]
    dialog.save()
    assert dialog.saved is not None and dialog.saved.scopes == (Scope.INSURANCE_DETAILS,)


def test_lost_card_asks_for_review_then_mark_reviewed(qtbot, family) -> None:
    household, taro, ken, _ = family
    household.delegations.add(DelegationDraft(taro.id, ken.id, DelegationKind.PORTAL_VOLUNTARY,
                                              since=date(2026, 5, 1)))
    household.lost_cards.mark_card_lost(taro.id, date(2026, 11, 20))
    page = make_page(qtbot, household)
    select_member(page, "山田 太郎")
    assert "Review needed" in page.for_table.item(0, 4).text()
    assert "card was lost" in page.notes.text()
    page.for_table.selectRow(0)
    assert page.reviewed_button.isEnabled()
    page.reviewed_button.click()
    assert "Review needed" not in page.for_table.item(0, 4).text()


def test_end_and_delete(qtbot, family) -> None:
    household, taro, ken, _ = family
    household.delegations.add(DelegationDraft(taro.id, ken.id, DelegationKind.PORTAL_VOLUNTARY,
                                              since=date(2026, 5, 1)))
    page = make_page(qtbot, household)
    select_member(page, "山田 太郎")
    page.for_table.selectRow(0)
    page.end_button.click()
    # Today is its last day.
    assert household.delegations.list_all()[0].until == date(2026, 11, 25)
    assert "Ends on 2026-11-25" in page.for_table.item(0, 4).text()
    page.for_table.selectRow(0)
    page.delete_button.click()
    assert page.for_table.rowCount() == 0 and household.delegations.list_all() == []


def test_session_button_opens_the_start_dialog_for_the_member(qtbot, family) -> None:
    household, taro, _, _ = family
    opened: list = []
    page = make_page(qtbot, household, opened)
    select_member(page, "山田 太郎")
    assert "山田 太郎" in page.session_button.text()
    page.session_button.click()
    assert opened and opened[0].member_id() == taro.id


def test_main_window_has_the_proxies_tab(qtbot, household, tmp_path) -> None:
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    window = MainWindow(household, RecentHouseholds(tmp_path / "c"), lambda _f: household)
    qtbot.addWidget(window)
    labels = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Proxies" in labels
    window.tabs.setCurrentIndex(labels.index("Proxies"))
    assert window.tabs.currentWidget() is window.proxy_ui.page
