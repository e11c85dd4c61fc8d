"""Caregiver roles as a family uses them: choose who helps on the member's Family roles tab
(keyboard and accessible names), see it on Home and on the printed visit card, and give a
to-do item to a role holder on the To-do tab."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.member_facts import PinKind
from familycare.domain.role import RoleKind
from familycare.ui.dashboard_model import DashboardTableModel
from familycare.ui.visit_page import VisitPage
from tests.printing.conftest import pdf_text, squeeze
from tests.services.visits_helpers import small_family

CONTACT = RoleKind.CONTACT_WHEN_STUCK


@pytest.fixture
def family(household):
    found = small_family(household)  # 山田 太郎 (80), 山田 花子 (78), a pharmacy, a clinic
    son = household.members.add_member(
        MemberDraft("山田 健", date(1976, 10, 16), Relationship.SELF))
    child = household.members.add_member(
        MemberDraft("山田 陽菜", date(2012, 1, 24), Relationship.CHILD))
    return found, son, child


@pytest.fixture
def window(qtbot, household, tmp_path):
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    main = MainWindow(household, RecentHouseholds(tmp_path / "config"), lambda _f: household)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)
    return main


def open_roles_of(window, member_id: int):
    window.tabs.setCurrentWidget(window.members_page)
    page = window.members_page
    page.reload(select_id=member_id)
    detail = page.details
    detail.show_panel(detail.roles_panel)
    return detail.roles_panel


def home_roles_text(window, member_id: int, role=Qt.ItemDataRole.DisplayRole) -> str:
    """Who helps, as Home shows it under the member's name (the name's line dropped)."""
    window.tabs.setCurrentWidget(window.home_page)
    model = window.home_page.model
    text = str(model.data(model.index(model.row_of(member_id), DashboardTableModel.MEMBER),
                          role) or "")
    return text.split("\n", 1)[1] if "\n" in text else ""


def test_a_role_chosen_by_keyboard_shows_on_home_and_on_the_visit_card(
        qtbot, household, family, window, tmp_path: Path) -> None:
    found, son, _child = family
    mother = found.mother
    panel = open_roles_of(window, mother.id)
    chooser = panel.choosers[CONTACT]
    assert chooser.accessibleName() == "Contact when stuck"
    assert chooser.findText(mother.display_name) < 0  # nobody helps themselves
    assert chooser.currentText() == "Nobody"

    chooser.setFocus()
    # Down from "Nobody" through the family, as someone at the keyboard would.
    while chooser.currentText() != son.display_name:
        before = chooser.currentIndex()
        qtbot.keyClick(chooser, Qt.Key.Key_Down)
        assert chooser.currentIndex() != before
    qtbot.keyClick(chooser, Qt.Key.Key_Tab)  # the next stop is the save button
    assert QApplication.focusWidget() is panel.save_button
    qtbot.keyClick(panel.save_button, Qt.Key.Key_Space)
    assert panel.status.text() == "✔ The roles were saved."
    assert household.roles.roles_of(mother.id).holder(CONTACT).holder_id == son.id

    assert home_roles_text(window, mother.id) == "Contact: 健"
    model = window.home_page.model
    name_cell = model.index(model.row_of(mother.id), DashboardTableModel.MEMBER)
    assert model.data(name_cell, Qt.ItemDataRole.ToolTipRole) == "Contact when stuck: 山田 健"
    assert model.data(name_cell, Qt.ItemDataRole.AccessibleTextRole) == "山田 花子\nContact: 健"
    assert home_roles_text(window, found.father.id) == ""

    chosen = {"path": tmp_path / "card.pdf"}
    visits = VisitPage(household, choose_pdf=lambda _parent: chosen["path"],
                       print_dialog=lambda _parent, _printer: False,
                       confirm=lambda *_args: True)
    qtbot.addWidget(visits)
    visits.member.setCurrentIndex(visits.member.findData(mother.id))
    visits.date.edit.setText("2026-11-28")
    visits.facility.setCurrentIndex(visits.facility.findData(found.clinic.id))
    visits.show_plan()
    assert "If you are stuck, call: 山田 健" in visits.plan_view.toPlainText()
    qtbot.mouseClick(visits.pdf_button, Qt.MouseButton.LeftButton)
    assert squeeze("If you are stuck, call: 山田 健") in squeeze(pdf_text(chosen["path"]))


def test_a_refused_choice_is_explained_under_its_chooser(qtbot, household, family,
                                                         window) -> None:
    found, son, child = family
    panel = open_roles_of(window, found.father.id)
    panel.choose(RoleKind.REGISTERS_PROXIES, child.id)  # 14: cannot register proxies
    panel.choose(RoleKind.ACCOMPANIES_VISITS, child.id)  # ... but may go along
    assert not panel.save()
    error = panel.form.errors[RoleKind.REGISTERS_PROXIES.value]
    assert error.isVisibleTo(panel) and "under 18" in error.text()
    assert panel.chosen(RoleKind.REGISTERS_PROXIES) == child.id  # left to correct
    assert {r.kind for r in household.roles.roles_of(found.father.id).roles} == {
        RoleKind.ACCOMPANIES_VISITS}
    panel.choose(RoleKind.REGISTERS_PROXIES, son.id)
    assert panel.save()
    assert "Proxies: 健" in home_roles_text(window, found.father.id)
    assert "Goes along: 陽菜" in home_roles_text(window, found.father.id)


def test_deleting_a_holder_says_which_roles_empty_and_home_follows(qtbot, household,
                                                                   family) -> None:
    from familycare.ui.dashboard_page import DashboardPage
    from familycare.ui.member_detail import MemberDetail
    from familycare.ui.members_page import MembersPage

    found, son, _child = family
    household.roles.set_role(found.mother.id, CONTACT, son.id)
    for _ in range(2):  # one PIN attempt left: an item he takes on
        household.cards.record_pin_failure(found.father.id, PinKind.USER_CERT)
    (item,) = [e for e in household.todo.items() if e.item.member_id == found.father.id]
    household.todo.assign(item.key, son.id)
    asked: list[str] = []
    members = MembersPage(household.members, confirm=lambda _p, _t, question: (
        asked.append(question) or True), details=MemberDetail(household))
    home = DashboardPage(household.todo, roles=household.roles.all_roles)
    for widget in (members, home):
        qtbot.addWidget(widget)
    members.members_changed.connect(home.reload)
    home.reload()
    model = home.model
    cell = model.index(model.row_of(found.mother.id), DashboardTableModel.MEMBER)
    assert model.data(cell) == "山田 花子\nContact: 健"
    members.show()
    members.reload(select_id=son.id)
    members.details.show_panel(members.details.roles_panel)
    helps = members.details.roles_panel.helps.text()
    assert "山田 健 helps others:" in helps and "Contact when stuck: 山田 花子" in helps

    assert members.delete_current()
    assert "山田 花子 will then have nobody as: Contact when stuck." in asked[0]
    assert "To-do items they took on: 1" in asked[0]
    cell = model.index(model.row_of(found.mother.id), DashboardTableModel.MEMBER)
    assert model.data(cell) == "山田 花子"


def test_two_members_sharing_a_given_name_are_shown_in_full(qtbot, household, family,
                                                            window) -> None:
    found, son, _child = family
    other = household.members.add_member(
        MemberDraft("佐藤 健", date(1970, 5, 5), Relationship.OTHER))
    household.roles.set_role(found.mother.id, CONTACT, son.id)
    household.roles.set_role(found.father.id, CONTACT, other.id)
    window.refresh_todo_pages()
    assert home_roles_text(window, found.mother.id) == "Contact: 山田 健"
    assert home_roles_text(window, found.father.id) == "Contact: 佐藤 健"


def test_a_to_do_item_goes_to_a_role_holder(qtbot, household, family, window) -> None:
    found, son, _child = family
    father = found.father
    for _ in range(2):  # one PIN attempt left: an item on the list
        household.cards.record_pin_failure(father.id, PinKind.USER_CERT)
    household.roles.set_role(father.id, RoleKind.REGISTERS_PROXIES, son.id)
    household.roles.set_role(father.id, CONTACT, son.id)
    window.tabs.setCurrentWidget(window.todo_page)
    page = window.todo_page
    page.reload()
    rows = [page.tree.topLevelItem(g).child(c) for g in range(page.tree.topLevelItemCount())
            for c in range(page.tree.topLevelItem(g).childCount())]
    mine = next(r for r in rows if r.text(page.WHO) == father.display_name)
    page.tree.setCurrentItem(mine)
    chooser = page.assign_to
    assert chooser.accessibleName() == "Who takes it on"
    # The role holders come first, with their roles; then everyone.
    assert chooser.itemText(0) == "Nobody"
    assert chooser.itemText(1) == (
        "山田 健 (Registers proxies in Mynaportal, Contact when stuck)")
    assert chooser.findData(found.mother.id) > 1
    chooser.setCurrentIndex(1)
    qtbot.mouseClick(page.assign_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("山田 健 takes on: ")
    key = page.current_key()
    assert key is not None and household.todo.states()[key].assignee_id == son.id
    shown = page.tree.currentItem()
    assert shown.text(page.WHO) == "山田 太郎\nTaken on by 山田 健"
    assert "Taken on by 山田 健" in shown.text(page.STATE)
    assert page.done_button.isEnabled()  # an assignee is not "done" or "snoozed"
    assert not page.undo_button.isEnabled()


def test_the_japanese_card_says_whom_to_call_when_stuck(qapp, household, family) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from familycare.i18n.translator import compiled_translation
    from familycare.printing.visit_card_words import card_words

    found, son, _child = family
    household.roles.set_role(found.father.id, CONTACT, son.id)
    card = household.visits.preview(found.father.id, date(2026, 11, 28), found.pharmacy.id).card
    translator = QTranslator()
    assert translator.load(str(compiled_translation("ja")))
    QCoreApplication.installTranslator(translator)
    try:
        assert card_words(card, "ja", date(2026, 11, 25)).contact == "困った時の連絡先:山田 健"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_roles_tab_fills_its_choosers_only_when_shown(qtbot, household, family) -> None:
    """Clicking through a care office's 2,000 members must not fill three long lists each
    time: the Family roles tab fills them when it is shown."""
    from familycare.ui.member_detail import MemberDetail

    found, son, child = family
    detail = MemberDetail(household)
    qtbot.addWidget(detail)
    detail.show()
    detail.set_member(found.mother)
    chooser = detail.roles_panel.choosers[CONTACT]
    assert chooser.count() == 0
    detail.show_panel(detail.roles_panel)
    assert [chooser.itemText(i) for i in range(chooser.count())] == [
        "Nobody", "山田 太郎", "山田 健", "山田 陽菜"]
    detail.set_member(found.father)  # shown: filled at once, without the member himself
    assert chooser.findText("山田 太郎") < 0 and chooser.findText("山田 花子") > 0
