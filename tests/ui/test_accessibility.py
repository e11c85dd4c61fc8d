"""Every control a person can reach has a name a screen reader can say: the whole main
window on the demo family (every tab, every member-detail panel) and the dialogs that can be
built without running them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.ui.a11y_audit import unnamed_controls
from tests.ui.demo_window import demo_main_window


@pytest.fixture
def demo_window(qtbot, app_paths, clock, tmp_path):
    with demo_main_window(qtbot, app_paths, clock, tmp_path) as window:
        yield window


def _offenders_on_every_tab(window) -> dict[int, str]:
    from familycare.ui.member_detail import MemberDetail

    found: dict[int, str] = {}

    def collect(root: QWidget) -> None:
        QApplication.processEvents()
        # Hidden ones too: a form that appears later (a lost card's dates) must be named.
        found.update(unnamed_controls(root, only_visible=False))

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        collect(window)
        if window.tabs.currentWidget() is window.members_page:
            page = window.members_page
            page.table.selectRow(0)
            detail = window.findChild(MemberDetail)
            for tab in range(detail.tabs.count()):
                detail.tabs.setCurrentIndex(tab)
                area = detail.tabs.widget(tab)
                if isinstance(area, QScrollArea) and area.widget() is not None:
                    area.widget().show()
                collect(window)
    return found


def test_every_control_in_the_main_window_has_a_name(demo_window) -> None:
    offenders = _offenders_on_every_tab(demo_window)
    assert not offenders, "Controls without an accessible name:\n" + "\n".join(
        sorted(offenders.values()))


def test_dialogs_built_without_running_them_name_every_control(qtbot, household, clock) -> None:
    from familycare.ui.facilities_dialog import FacilitiesDialog
    from familycare.ui.rules_dialog import RulesDialog

    offenders: dict[int, str] = {}
    for dialog in (FacilitiesDialog(household.facilities, confirm=lambda *_: True),
                   RulesDialog(household.rules, clock.today())):
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        offenders.update(unnamed_controls(dialog))
        dialog.close()
    assert not offenders, "Controls without an accessible name:\n" + "\n".join(
        sorted(offenders.values()))


def test_dialogs_opened_from_the_member_panels_and_proxies_name_every_control(
        qtbot, app_paths) -> None:
    from familycare.app import open_with_demo
    from familycare.ui.delegations_page import DelegationsPage
    from familycare.ui.member_detail import MemberDetail
    from familycare.ui.proxy_session_controller import ProxySessionController

    household = open_with_demo(app_paths, True)
    opened: list[str] = []
    offenders: dict[int, str] = {}

    def capture(dialog) -> bool:  # instead of exec(): no modal loop in a test
        # Audited at once: the panels delete their dialogs afterwards.
        opened.append(type(dialog).__name__)
        dialog.show()
        offenders.update(unnamed_controls(dialog, only_visible=False))
        dialog.close()
        return False

    try:
        detail = MemberDetail(household, confirm=lambda *_: False, run_dialog=capture)
        qtbot.addWidget(detail)
        for member in household.members.list_members():  # 蓮 has a lost card: Found…
            detail.set_member(member)
            for button in [detail.coverage_panel.add_button, detail.documents_panel.add_button,
                           detail.lost_card_panel.lost_button,
                           detail.lost_card_panel.found_button,
                           *detail.coverage_panel.event_buttons.values()]:
                if button.isEnabled() and not button.isHidden():
                    button.click()
        controller = ProxySessionController(household.proxy_sessions, lambda: household.members,
                                            confirm=lambda *_a: False)
        page = DelegationsPage(household.delegations, household.members, controller,
                               open_dialog=lambda d: capture(d) and 1 or 0)
        qtbot.addWidget(page)
        page.member_list.setCurrentRow(0)
        for button in (page.add_button, page.session_button):
            if button.isEnabled():
                button.click()
        assert {"CoverageDialog", "LifeEventDialog", "DocumentDialog", "LostDialog",
                "FoundDialog", "DelegationDialog", "ProxyStartDialog"} <= set(opened), opened
        assert not offenders, "Controls without an accessible name:\n" + "\n".join(
            sorted(offenders.values()))
    finally:
        household.close()


def test_the_audit_reports_a_nameless_field_and_accepts_a_labelled_one(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit, QTableWidget, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    nameless, labelled, table = QLineEdit(root), QLineEdit(root), QTableWidget(root)
    nameless.setObjectName("nameless")
    QLabel("&Name", root).setBuddy(labelled)
    table.setObjectName("table")
    layout = QVBoxLayout(root)
    for widget in (nameless, labelled, table):
        layout.addWidget(widget)
    found = unnamed_controls(root, only_visible=False)
    assert sorted(text.split(" ")[0] for text in found.values()) == [
        "QLineEdit('nameless')", "QTableWidget('table')"]


def test_other_dialogs_name_every_control(qtbot, household, app_paths) -> None:
    from familycare.storage.errors import DatabaseCorrupt
    from familycare.ui.notes_panel import NoteEditDialog
    from familycare.ui.restore_dialog import RestoreDialog
    from familycare.ui.startup_recovery import StartupRecoveryDialog
    from familycare.ui.transfer_prompts import PassphraseDialog

    offenders: dict[int, str] = {}
    for dialog in (NoteEditDialog(None, "Add note", "", ""), PassphraseDialog(confirm=True),
                   PassphraseDialog(confirm=False),
                   RestoreDialog(household.paths, lambda _info: None),
                   StartupRecoveryDialog(app_paths, DatabaseCorrupt("test"))):
        qtbot.addWidget(dialog)
        dialog.show()
        offenders.update(unnamed_controls(dialog, only_visible=False))
        dialog.close()
    assert not offenders, "Controls without an accessible name:\n" + "\n".join(
        sorted(offenders.values()))


def test_guarded_session_banner_and_end_checklist_name_every_control(demo_window) -> None:
    from familycare.ui.proxy_session_end import ProxyEndDialog
    from tests.services.proxy_helpers import active_session

    household = demo_window.household
    from familycare.services.proxy_sessions import ProxySessionRefused

    for member in household.members.list_members():  # the first one a session may start for
        try:
            active_session(household, member.id)
            break
        except ProxySessionRefused:
            continue
    controller = demo_window.proxy_ui.controller
    controller.refresh()
    QApplication.processEvents()
    assert demo_window.proxy_ui.banner.isVisible()
    offenders = unnamed_controls(demo_window)
    dialog = ProxyEndDialog(controller, demo_window)
    dialog.show()
    offenders.update(unnamed_controls(dialog, only_visible=False))
    dialog.close()
    assert not offenders, "Controls without an accessible name:\n" + "\n".join(
        sorted(offenders.values()))
