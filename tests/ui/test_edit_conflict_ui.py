"""Two PCs with the same household open edit the same member or card: the second save
shows both versions field by field and the person chooses; nothing is overwritten silently.
Each test runs on SQLite (two engines on one file) and on PostgreSQL (two households on one
database), with two real ``open_household`` instances (tests/pg_household.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import Household, open_household
from familycare.ui.card_panel import CardPanel
from familycare.ui.conflict_dialog import ConflictChoice, ConflictDialog, ConflictRow
from familycare.ui.members_page import MembersPage
from tests.fixtures_keyring import MemorySecretStore
from tests.pg_household import app_paths, db_engine, pg_databases  # noqa: F401 - fixtures
from tests.ui.member_detail_helpers import Confirmations, add_card


class Chooser:
    """Answers the conflict dialog with ``answer`` and keeps what it was shown."""

    def __init__(self, answer: ConflictChoice) -> None:
        self.answer = answer
        self.shown: list[tuple[str, list[tuple[str, str, str]], list[str]]] = []

    def __call__(self, _parent, what: str, rows: list[ConflictRow], there: list[str]):
        self.shown.append((what, [(r.label, r.mine, r.theirs) for r in rows], there))
        return self.answer


def other_pc(app_paths, clock, tmp_path: Path) -> Household:  # noqa: F811
    paths = type(app_paths)(app_paths.data_dir, app_paths.db_url, tmp_path / "pc2")
    return open_household(paths, clock, MemorySecretStore())


def hanako_on_two_pcs(household, app_paths, clock, tmp_path):  # noqa: F811
    hanako = household.members.add_member(
        MemberDraft("山田 花子", date(1948, 3, 14), Relationship.PARENT, kana="やまだ はなこ"))
    return hanako, other_pc(app_paths, clock, tmp_path)


def their_edit(other: Household, member_id: int, **changes) -> None:
    now = other.members.get(member_id)
    draft = MemberDraft(now.display_name, now.birth_date, now.relationship, kana=now.kana,
                        colour=now.colour, memo=now.memo)
    other.members.update_member(member_id, now.version, replace(draft, **changes))


def members_page(qtbot, household, chooser: Chooser, member_id: int) -> MembersPage:
    page = MembersPage(household.members, choose_conflict=chooser)
    qtbot.addWidget(page)
    page.reload(select_id=member_id)
    return page


def test_keep_mine_saves_my_field_and_keeps_their_other_change(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    hanako, other = hanako_on_two_pcs(household, app_paths, clock, tmp_path)
    try:
        chooser = Chooser(ConflictChoice.KEEP_MINE)
        page = members_page(qtbot, household, chooser, hanako.id)
        their_edit(other, hanako.id, memo="眼科は水曜", kana="ヤマダ ハナコ")
        page.form.memo.setPlainText("眼科は火曜")
        assert page.has_unsaved_changes()
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

        assert chooser.shown == [("山田 花子", [("Memo", "眼科は火曜", "眼科は水曜")],
                                  ["Kana reading"])]
        for pc in (household, other):  # my memo, their kana: nothing lost on either side
            now = pc.members.get(hanako.id)
            assert (now.memo, now.kana, now.version) == ("眼科は火曜", "ヤマダ ハナコ",
                                                          hanako.version + 2)
        assert page.form.kana.text() == "ヤマダ ハナコ"
        assert not page.has_unsaved_changes()
        assert "was saved" in page.status.text()
    finally:
        other.close()


def test_take_theirs_shows_their_version_and_writes_nothing(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    hanako, other = hanako_on_two_pcs(household, app_paths, clock, tmp_path)
    try:
        page = members_page(qtbot, household, Chooser(ConflictChoice.TAKE_THEIRS), hanako.id)
        their_edit(other, hanako.id, memo="眼科は水曜")
        page.form.memo.setPlainText("眼科は火曜")
        page.save()
        assert household.members.get(hanako.id).version == hanako.version + 1  # theirs only
        assert page.form.memo.toPlainText() == "眼科は水曜"
        assert not page.has_unsaved_changes()
    finally:
        other.close()


def test_decide_later_keeps_my_typing_unsaved(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    hanako, other = hanako_on_two_pcs(household, app_paths, clock, tmp_path)
    try:
        page = members_page(qtbot, household, Chooser(ConflictChoice.LATER), hanako.id)
        their_edit(other, hanako.id, memo="眼科は水曜")
        page.form.memo.setPlainText("眼科は火曜")
        assert page.save() is None
        assert page.form.memo.toPlainText() == "眼科は火曜"
        assert page.has_unsaved_changes()
        assert household.members.get(hanako.id).memo == "眼科は水曜"
        assert "still in the form" in page.status.text()
    finally:
        other.close()


def card_panel(qtbot, household, chooser: Chooser, member) -> CardPanel:
    panel = CardPanel(household, Confirmations(True), choose_conflict=chooser)
    qtbot.addWidget(panel)
    panel.set_member(member)
    return panel


def test_card_conflict_shows_both_dates_and_keeps_mine_knowingly(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    hanako, other = hanako_on_two_pcs(household, app_paths, clock, tmp_path)
    try:
        add_card(household, hanako, issued_on=date(2022, 1, 24))
        chooser = Chooser(ConflictChoice.KEEP_MINE)
        panel = card_panel(qtbot, household, chooser, hanako)
        # The other PC notes the expiry printed on the card and the check in マイナポータル.
        theirs = other.cards.current_card(hanako.id)
        other.cards.save_card(hanako.id, replace(
            theirs.draft(), printed_expires_on=date(2032, 3, 14),
            registration_checked_on=date(2026, 11, 20)), theirs.version)
        panel.printed_expires_on.edit.setText("2032-03-13")
        assert panel.has_unsaved_changes()
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

        what, rows, there = chooser.shown[0]
        assert what == "The card of 山田 花子"
        assert rows == [("Expiry printed on the card", "2032-03-13 (R14.3.13)",
                         "2032-03-14 (R14.3.14)")]
        assert there == ["Checked in マイナポータル on"]
        stored = other.cards.current_card(hanako.id)
        assert (stored.printed_expires_on, stored.registration_checked_on) == (
            date(2032, 3, 13), date(2026, 11, 20))
        assert not panel.has_unsaved_changes()
    finally:
        other.close()


def test_a_card_replaced_on_the_other_pc_is_not_overwritten_silently(
    qtbot, household, app_paths, clock, tmp_path  # noqa: F811
) -> None:
    hanako, other = hanako_on_two_pcs(household, app_paths, clock, tmp_path)
    try:
        old = add_card(household, hanako, issued_on=date(2022, 1, 24))
        chooser = Chooser(ConflictChoice.TAKE_THEIRS)
        panel = card_panel(qtbot, household, chooser, hanako)
        new = other.cards.reissue_card(hanako.id, replace(old.draft(),
                                                           issued_on=date(2026, 11, 1)))
        panel.registered.setChecked(False)
        panel.save()
        _what, rows, there = chooser.shown[0]
        assert rows == [("Registered for use as the insurance card", "No", "Yes")]
        assert there == ["Issued on"]  # the new card's date, kept whatever is chosen
        assert household.cards.current_card(hanako.id) == new  # untouched
        assert panel.issued_on.edit.text() == "2026-11-01"
    finally:
        other.close()


def test_the_dialog_shows_both_versions_and_defaults_to_deciding_later(qtbot) -> None:
    dialog = ConflictDialog(None, "山田 花子", [ConflictRow("Memo", "火曜", "水曜")],
                            ["Kana reading"])
    qtbot.addWidget(dialog)
    model = dialog.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Field", "Your version", "Saved on the other computer"]
    assert [model.item(0, c).text() for c in range(3)] == ["Memo", "火曜", "水曜"]
    assert "Kana reading" in dialog.note.text()
    assert dialog.later_button.isDefault()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert dialog.choice is ConflictChoice.KEEP_MINE
