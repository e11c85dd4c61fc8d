"""Large-text mode (UX.md, issue #11): at 150 % and 200 % every screen shows its texts whole:
no label or button smaller than its text, no elided tab title, no texts over each other.
The main window is measured at its usual size (it may grow to what its layouts need), on the
demo family: every tab, every member's detail tabs, the guarded-session banner; then the
dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from familycare.app import WINDOW_SIZE
from familycare.ui.text_size import scale_icons
from tests.ui.demo_window import demo_main_window, each_screen
from tests.ui.large_text_audit import clipped


@pytest.fixture(params=[(150, "en"), (200, "en"), (200, "ja")], ids=lambda p: f"{p[0]}%-{p[1]}")
def text_scale(request, qapp):
    from familycare.i18n.translator import UiLanguage
    from familycare.ui.text_size import apply_font

    scale, language = request.param
    saved = qapp.font()
    apply_font(qapp, scale)
    installed = UiLanguage(qapp, "en")
    installed.switch(language)
    yield scale
    installed.switch("en")
    qapp.setFont(saved)
    scale_icons(qapp, 1.0)


@pytest.fixture
def large_window(qtbot, app_paths, clock, tmp_path, text_scale):
    with demo_main_window(qtbot, app_paths, clock, tmp_path, size=WINDOW_SIZE) as window:
        yield window


def _report(found: dict[str, str]) -> str:
    return "Texts that do not fit:\n" + "\n".join(f"{k}: {v}" for k, v in sorted(found.items()))


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_every_tab_and_member_panel_shows_its_texts_whole(large_window) -> None:
    """Table and tree cells too (the Family list, every member's tables, Visits, Proxies):
    a member's History cut each change's details to a few letters and "…". Only the Home
    overview elides on purpose (one height for every row; whole in the tooltip and on the
    To-do tab)."""
    window = large_window
    eliding = (window.home_page.table,)
    found: dict[str, str] = {}
    for member in each_screen(window):
        _settle()
        prefix = f"[{member}] " if member else ""
        found.update({f"{prefix}{k}": v
                      for k, v in clipped(window, cells=True, eliding=eliding).items()})
    assert not found, _report(found)


def test_the_guarded_session_banner_shows_its_texts_whole(large_window) -> None:
    window = large_window
    _start_any_session(window.household)
    window.proxy_ui.controller.refresh()
    _settle()
    assert window.proxy_ui.banner.isVisible()
    found = clipped(window)
    assert not found, _report(found)


def _start_any_session(household) -> None:
    """A guarded session for the first member one may be started for (a face-authentication
    card without マイナポータル access is refused)."""
    from familycare.services.proxy_sessions import ProxySessionRefused
    from tests.services.proxy_helpers import active_session

    for member in household.members.list_members():
        try:
            active_session(household, member.id)
            return
        except ProxySessionRefused:
            continue
    raise AssertionError("no member of the demo family may start a guarded session")


def _dialogs(household, clock, app_paths, window) -> list[QWidget]:
    from familycare.storage.errors import DatabaseCorrupt
    from familycare.ui.conflict_dialog import ConflictDialog, ConflictRow
    from familycare.ui.facilities_dialog import FacilitiesDialog
    from familycare.ui.first_start import FirstStartDialog
    from familycare.ui.keyboard import KeyboardDialog, shortcut_rows
    from familycare.ui.notes_panel import NoteEditDialog
    from familycare.ui.restore_dialog import RestoreDialog
    from familycare.ui.rules_dialog import RulesDialog
    from familycare.ui.shared_database_dialog import SharedDatabaseDialog
    from familycare.ui.startup_recovery import StartupRecoveryDialog
    from familycare.ui.transfer_prompts import PassphraseDialog

    return [
        FacilitiesDialog(household.facilities, confirm=lambda *_: True),
        RulesDialog(household.rules, clock.today()),
        NoteEditDialog(None, "Add note", "", ""),
        PassphraseDialog(confirm=True),
        RestoreDialog(household.paths, lambda _info: None),
        StartupRecoveryDialog(app_paths, DatabaseCorrupt("test")),
        KeyboardDialog(shortcut_rows(window)),
        FirstStartDialog("en", 200),
        ConflictDialog(None, "山田 花子", [ConflictRow("Memo", "火曜に病院へ行く予定です",
                                                      "水曜に変更しました")], ["Kana reading"]),
        SharedDatabaseDialog(app_paths),  # nothing asked of the keyring until it is used
    ]


def test_dialogs_show_their_texts_whole(qtbot, large_window, app_paths, clock) -> None:
    """Their table cells too: a rule's source cut to one line ending in "…" was missed while
    only labels, buttons and column titles were measured."""
    window = large_window
    found: dict[str, str] = {}
    for dialog in _dialogs(window.household, clock, app_paths, window):
        qtbot.addWidget(dialog)
        dialog.show()
        _settle()
        found.update(clipped(dialog, cells=True))
        dialog.close()
    assert not found, _report(found)


def test_dialogs_opened_from_the_member_panels_and_proxies_show_their_texts_whole(
        qtbot, large_window) -> None:
    from familycare.ui.delegations_page import DelegationsPage
    from familycare.ui.member_detail import MemberDetail
    from familycare.ui.proxy_session_controller import ProxySessionController
    from familycare.ui.proxy_session_end import ProxyEndDialog

    household = large_window.household
    opened: list[str] = []
    found: dict[str, str] = {}

    def capture(dialog) -> bool:  # instead of exec(): no modal loop in a test
        opened.append(type(dialog).__name__)
        dialog.show()
        _settle()
        found.update(clipped(dialog, cells=True))
        dialog.close()
        return False

    detail = MemberDetail(household, confirm=lambda *_: False, run_dialog=capture)
    qtbot.addWidget(detail)
    for member in household.members.list_members():
        detail.set_member(member)
        for button in [detail.coverage_panel.add_button, detail.documents_panel.add_button,
                       detail.lost_card_panel.lost_button, detail.lost_card_panel.found_button,
                       *detail.coverage_panel.event_buttons.values()]:
            if button.isEnabled() and not button.isHidden():
                button.click()
    controller = ProxySessionController(household.proxy_sessions, lambda: household.members,
                                        confirm=lambda *_a: False)
    page = DelegationsPage(household.delegations, household.members, controller,
                           open_dialog=lambda d: capture(d) and 1 or 0)
    qtbot.addWidget(page)
    for row in range(page.member_list.count()):
        page.member_list.setCurrentRow(row)
        for button in (page.add_button, page.session_button):
            if button.isEnabled():
                button.click()
    _start_any_session(household)
    controller.refresh()
    capture(ProxyEndDialog(controller, None))
    assert {"CoverageDialog", "LifeEventDialog", "DocumentDialog", "LostDialog",
            "FoundDialog", "DelegationDialog", "ProxyStartDialog"} <= set(opened), opened
    assert not found, _report(found)


def test_the_audit_reports_a_cut_label_a_cut_button_and_texts_over_each_other(qtbot) -> None:
    from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTableWidgetItem

    root = QWidget()
    qtbot.addWidget(root)
    root.resize(600, 200)
    cut = QLabel("A sentence far too long for twenty pixels", root)
    cut.setGeometry(0, 0, 20, 30)
    button = QPushButton("Open this member", root)
    button.setGeometry(0, 40, 30, 30)
    whole = QLabel("Fits", root)
    whole.setGeometry(300, 0, 200, 40)
    over = QLabel("On top", root)
    over.setGeometry(310, 5, 200, 40)
    table = QTableWidget(2, 1, root)
    table.setGeometry(0, 80, 300, 110)
    table.setWordWrap(True)
    table.setColumnWidth(0, 120)
    table.setItem(0, 0, QTableWidgetItem("A source far too long for one line of this column"))
    table.setItem(1, 0, QTableWidgetItem("Short"))
    root.show()
    found = clipped(root, cells=True)
    assert [k for k in found if "cell" in k] == [
        "QTableWidget('') in QWidget() cell (0, 0) "
        "'A source far too long for one line of this column'"], found
    table.resizeRowsToContents()  # rows as tall as their wrapped text: nothing cut
    assert not [k for k in clipped(root, cells=True) if "cell" in k]
    assert any("far too long" in k for k in found)
    assert any("Open this member" in k for k in found)
    assert any("'Fits' over 'On top'" in k for k in found)
    assert not any(k.startswith("QLabel('') 'Fits'") for k in found)


def test_the_to_do_list_shows_its_sentences_whole(large_window) -> None:
    """Its rows were measured before the What column had its final width and kept those
    heights: at 150 % the last line of a sentence ended in "…"."""
    from tests.ui.large_text_audit import cut_cells

    window = large_window
    window.tabs.setCurrentWidget(window.todo_page)
    _settle()
    tree = window.todo_page.tree
    assert tree.topLevelItemCount() > 0
    found = cut_cells(tree)
    assert not found, _report(found)


def test_member_names_in_the_family_list_are_whole(large_window) -> None:
    from familycare.ui.member_table_model import MemberTableModel

    window = large_window
    window.tabs.setCurrentWidget(window.members_page)
    _settle()
    table = window.members_page.table
    metrics = table.fontMetrics()
    for column in (MemberTableModel.NAME, MemberTableModel.RELATIONSHIP, MemberTableModel.AGE):
        for row in range(table.model().rowCount()):
            text = str(table.model().index(row, column).data())
            need = metrics.horizontalAdvance(text) + (
                table.iconSize().width() if column == MemberTableModel.NAME else 0)
            assert table.columnWidth(column) >= need, (text, table.columnWidth(column), need)
