"""The History tab of a member: what was changed, when (和暦) and by whom, newest first, and
it follows the member shown and every change made on the other tabs."""

from __future__ import annotations

from datetime import date

from familycare.domain.member_facts import PinKind
from familycare.ui.member_detail import MemberDetail
from familycare.ui.members_page import MembersPage
from tests.ui.member_detail_helpers import Confirmations, DialogRunner, add_card, add_member


def make_page(qtbot, household):
    from familycare.services.settings import LANGUAGE

    household.settings.set(LANGUAGE, "en")
    detail = MemberDetail(household, Confirmations(True), DialogRunner())
    page = MembersPage(household.members, confirm=Confirmations(True), details=detail)
    qtbot.addWidget(page)
    page.reload()
    return page, detail


def test_history_shows_member_added_and_pin_failure_newest_first(qtbot, household) -> None:
    household.audit.actor = "山田 一郎"
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2024, 6, 1))
    household.cards.record_pin_failure(taro.id, PinKind.USER_CERT)
    page, detail = make_page(qtbot, household)
    page.reload(select_id=taro.id)
    assert detail.tabs.tabText(detail.tabs.count() - 1) == "History"

    rows = detail.history_panel.rows_text()
    assert [row[2] for row in rows] == ["PIN: wrong entry recorded", "Card: added",
                                        "Member: added"]
    assert rows[0][0].startswith("2026-11-25 (R8.11.25)")
    assert rows[0][1] == "山田 一郎"
    assert rows[0][3] == "User-certificate PIN (4 digits): 1 of 3 wrong entries"


def test_history_follows_member_and_changes_on_other_tabs(qtbot, household) -> None:
    hanako = add_member(household, "山田 花子", date(1948, 3, 14))
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2024, 6, 1))
    page, detail = make_page(qtbot, household)
    page.reload(select_id=hanako.id)
    assert [row[2] for row in detail.history_panel.rows_text()] == ["Member: added"]

    page.reload(select_id=taro.id)
    assert len(detail.history_panel.rows_text()) == 2
    detail.pin_panel.record_failure(PinKind.USER_CERT)  # on the PINs tab
    assert detail.history_panel.rows_text()[0][2] == "PIN: wrong entry recorded"


def test_unknown_codes_are_shown_as_they_are() -> None:
    from datetime import UTC, datetime

    from familycare.storage.audit_repository import AuditEvent
    from familycare.ui.member_history_panel import what_text

    event = AuditEvent(datetime(2026, 1, 1, tzinfo=UTC), "", "gadget", None, 1, "polish", "")
    assert what_text(event) == "gadget: polish"


def test_long_details_wrap_inside_the_panel_and_rows_grow_when_it_narrows(
        qtbot, household) -> None:
    """The details of a change (a card's kind and state in words) are read whole: wrapped at
    the column's width, not cut with "…", and measured again when the panel gets narrower
    (the rows kept their old heights and the last line was cut)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.large_text_audit import cut_cells

    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2024, 6, 1))
    household.cards.record_pin_failure(taro.id, PinKind.USER_CERT)
    page, detail = make_page(qtbot, household)
    page.reload(select_id=taro.id)
    detail.tabs.setCurrentWidget(detail.history_panel)
    page.resize(1400, 700)
    page.show()
    table = detail.history_panel.table
    for width in (1400, 800):
        page.resize(width, 700)
        for _ in range(3):
            QApplication.processEvents()
        assert table.horizontalHeader().length() <= table.viewport().width() + 1
        assert not cut_cells(table), width
        if width == 1400:
            wide_heights = [table.rowHeight(r) for r in range(table.model().rowCount())]
    narrow_heights = [table.rowHeight(r) for r in range(table.model().rowCount())]
    assert max(narrow_heights) > max(wide_heights)  # the sentences now take more lines


def test_rows_are_measured_again_when_the_text_size_changes(qtbot, qapp, household) -> None:
    """Settings → Text size while the History tab is open: the columns and rows follow the
    new font at once, not at the next change."""
    from PySide6.QtWidgets import QApplication

    from familycare.ui.text_size import apply_font, scale_icons
    from tests.ui.large_text_audit import cut_cells

    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2024, 6, 1))
    page, detail = make_page(qtbot, household)
    page.reload(select_id=taro.id)
    detail.tabs.setCurrentWidget(detail.history_panel)
    page.resize(1100, 700)
    page.show()
    saved = qapp.font()
    try:
        apply_font(qapp, 200)
        for _ in range(3):
            QApplication.processEvents()
        assert not cut_cells(detail.history_panel.table)
    finally:
        qapp.setFont(saved)
        scale_icons(qapp, 1.0)
