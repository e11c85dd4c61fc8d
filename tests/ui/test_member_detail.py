"""The member detail tabs on the Family tab: they follow the selected member, a change in any
tab tells the rest of the app (members_changed), and the documents tab adds and deletes."""

from __future__ import annotations

from datetime import date

from familycare.domain.card_record import DocumentKind
from familycare.domain.member import Relationship
from familycare.domain.member_facts import PinKind
from familycare.ui.member_detail import MemberDetail
from familycare.ui.members_page import MembersPage
from tests.ui.member_detail_helpers import Confirmations, DialogRunner, add_card, add_member


def make_page(qtbot, household):
    confirm = Confirmations(True)
    runner = DialogRunner()
    detail = MemberDetail(household, confirm, runner)
    page = MembersPage(household.members, confirm=confirm, details=detail)
    qtbot.addWidget(page)
    page.reload()
    return page, detail, runner


def test_detail_follows_selection_and_changes_refresh_the_app(qtbot, household) -> None:
    hanako = add_member(household, "山田 花子", date(1948, 3, 14))
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2024, 6, 1))
    page, detail, _ = make_page(qtbot, household)
    assert detail.tabs.tabText(0) == "Details"  # the member form stays first
    assert detail.tabs.count() == 8  # ... and History last

    page.reload(select_id=hanako.id)
    assert page.heading.text() == "山田 花子"
    assert detail.pin_panel.rows == {}
    assert "No card" in detail.card_panel.summary_title.text()

    page.reload(select_id=taro.id)
    assert PinKind.USER_CERT in detail.pin_panel.rows
    assert "山田 太郎" in detail.plan.text()
    with qtbot.waitSignal(page.members_changed):
        detail.pin_panel.record_failure(PinKind.USER_CERT)
    assert "1 wrong entry so far" in detail.pin_panel.rows[PinKind.USER_CERT].status.text.text()

    page.start_new()
    assert not detail.tabs.isTabEnabled(1)
    assert detail.plan_box.isHidden()


def test_documents_are_added_and_deleted(qtbot, household) -> None:
    ren = add_member(household, "山田 蓮", date(2018, 6, 2), Relationship.CHILD)
    page, detail, runner = make_page(qtbot, household)
    panel = detail.documents_panel
    assert detail.last_plan.route.value == "self_declaration"  # no card, no papers

    runner.fill = lambda d: d.issuer.setText("みらい健康保険組合")  # no valid-until date
    assert not panel.add_document()
    dialog = runner.dialogs[-1]
    assert "valid-until" in dialog.form.errors["valid_until"].text()

    def fill(d) -> None:
        d.issuer.setText("みらい健康保険組合")
        d.valid_until.edit.setText("R9.7.31")

    runner.fill = fill
    with qtbot.waitSignal(page.members_changed):
        assert panel.add_document()
    docs = household.documents.list_documents(ren.id)
    assert [(d.kind, d.valid_until) for d in docs] == [
        (DocumentKind.QUALIFICATION_CERTIFICATE, date(2027, 7, 31))]
    assert "2027-07-31" in panel.table.item(0, 3).text()
    assert "days left" in panel.table.item(0, 3).text()
    # the plan underneath now uses the certificate
    assert detail.last_plan.route.value == "qualification_certificate"

    panel.table.selectRow(0)
    assert panel.delete_selected()
    assert household.documents.list_documents(ren.id) == []
