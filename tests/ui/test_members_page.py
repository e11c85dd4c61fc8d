"""The roster screen: adding, validating and deleting members through the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from familycare.domain.member import MemberDraft, Relationship
from familycare.storage.member_repository import MemberRepository
from familycare.ui.members_page import MembersPage


def make_page(qtbot, household, answers=None):
    asked: list[str] = []

    def confirm(_parent, _title, question):
        asked.append(question)
        return answers.pop(0) if answers else False

    page = MembersPage(household.members, confirm=confirm)
    qtbot.addWidget(page)
    page.reload()
    return page, asked


def test_add_member_through_the_form_shows_in_list_and_database(qtbot, household) -> None:
    page, _ = make_page(qtbot, household)
    page.start_new()
    page.form.name.setText("山田 花子")  # QTest cannot type non-ASCII keys
    page.form.kana.setText("やまだ はなこ")
    qtbot.keyClicks(page.form.birth.edit, "S23.3.14")
    page.form.relationship.setCurrentIndex(page.form.relationship.findData("parent"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.model.rowCount() == 1
    assert page.model.member_at(0).display_name == "山田 花子"
    with household.db.unit_of_work() as session:
        stored = MemberRepository(session).list_all()
    assert [(m.display_name, m.birth_date, m.relationship) for m in stored] == [
        ("山田 花子", date(1948, 3, 14), Relationship.PARENT)
    ]
    assert "山田 花子" in page.status.text()


def test_validation_messages_appear_next_to_the_fields(qtbot, household) -> None:
    household.members.add_member(MemberDraft("山田 太郎", date(1946, 5, 9), Relationship.PARENT))
    page, _ = make_page(qtbot, household)
    page.start_new()
    page.form.name.setText("山田 太郎")
    qtbot.keyClicks(page.form.birth.edit, "2999-01-01")
    page.save()
    assert not page.form.errors["display_name"].isHidden()
    assert "山田 太郎" in page.form.errors["display_name"].text()
    assert not page.form.errors["birth_date"].isHidden()
    assert page.model.rowCount() == 1  # nothing saved


def test_unreadable_date_is_reported_not_saved(qtbot, household) -> None:
    page, _ = make_page(qtbot, household)
    page.start_new()
    page.form.name.setText("山田 健")
    qtbot.keyClicks(page.form.birth.edit, "yesterday")
    assert page.save() is None
    assert not page.form.errors["birth_date"].isHidden()
    assert household.members.list_members() == []


def test_delete_asks_says_what_goes_and_respects_no(qtbot, household) -> None:
    household.members.add_member(MemberDraft("山田 蓮", date(2018, 6, 1), Relationship.CHILD))
    page, asked = make_page(qtbot, household, answers=[False, True])
    assert page.delete_current() is False
    assert "山田 蓮" in asked[0]
    assert len(household.members.list_members()) == 1
    assert page.delete_current() is True
    assert household.members.list_members() == []
    assert page.model.rowCount() == 0
