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
