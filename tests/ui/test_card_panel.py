"""Card tab: saving a card, the printed date winning with the mismatch pointed out in words,
validation next to the fields, reissue keeping the history, and "no card"."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from familycare.domain.card_record import CardRecordKind
from familycare.ui.card_panel import NO_CARD, CardPanel
from tests.ui.member_detail_helpers import Confirmations, add_card, add_member


def make_panel(qtbot, household, member, confirm=None):
    confirm = confirm or Confirmations(True)
    panel = CardPanel(household, confirm)
    qtbot.addWidget(panel)
    panel.set_member(member)
    return panel, confirm


def test_new_card_typed_in_wareki_is_saved_with_dates_and_countdown(qtbot, household) -> None:
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    panel, _ = make_panel(qtbot, household, taro)
    assert "No card" in panel.summary_title.text()
    panel.kind.setCurrentIndex(panel.kind.findData("standard"))
    panel.issued_on.edit.setText("R6.6.1")
    panel.registered.setChecked(True)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)

    card = household.cards.current_card(taro.id)
    assert card is not None and card.issued_on == date(2024, 6, 1)
    text = panel.dates_label.text()
    # card: 10th birthday after issue; both calendars and a countdown
    assert "2034-05-09 (R16.5.9)" in text
    assert "days left" in text
    assert "computed" in text
    assert panel.mismatch.isHidden()


def test_printed_expiry_different_from_computed_is_pointed_out(qtbot, household) -> None:
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2024, 6, 1))
    panel, _ = make_panel(qtbot, household, taro)
    panel.printed_expires_on.edit.setText("2034-06-01")
    panel.save()
    assert not panel.mismatch.isHidden()
    words = panel.mismatch.text.text()
    assert "2034-06-01" in words and "2034-05-09" in words
    assert "printed date is used" in words
    assert "2034-06-01" in panel.dates_label.text()  # the printed date wins


def test_validation_messages_appear_next_to_the_fields(qtbot, household) -> None:
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    panel, _ = make_panel(qtbot, household, taro)
    panel.kind.setCurrentIndex(panel.kind.findData("standard"))
    panel.issued_on.edit.setText("2999-01-01")
    panel.printed_expires_on.edit.setText("not a date")
    assert panel.save() is None
    assert not panel.form.errors["printed_expires_on"].isHidden()  # unreadable date
    panel.printed_expires_on.edit.clear()
    assert panel.save() is None
    assert "future" in panel.form.errors["issued_on"].text()
    assert panel.form.errors["printed_expires_on"].isHidden()
    assert household.cards.current_card(taro.id) is None


def test_face_auth_card_cannot_be_set_up_on_a_smartphone(qtbot, household) -> None:
    hanako = add_member(household, "山田 花子", date(1948, 3, 14))
    panel, _ = make_panel(qtbot, household, hanako)
    panel.kind.setCurrentIndex(panel.kind.findData("face_auth"))
    assert panel.form._rows["smartphone_set_up"].isHidden()


def test_reissue_keeps_history_and_no_card_asks_first(qtbot, household) -> None:
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2022, 1, 24))
    confirm = Confirmations(True)
    panel, _ = make_panel(qtbot, household, taro, confirm)
    panel.issued_on.edit.setText("2026-11-20")
    assert panel.reissue() is not None
    assert len(confirm.asked) == 1 and "history" in confirm.asked[0]
    history = household.cards.card_history(taro.id)
    assert [c.issued_on for c in history] == [date(2022, 1, 24), date(2026, 11, 20)]
    assert "1" in panel.history.text()

    confirm.answer = False
    panel.kind.setCurrentIndex(panel.kind.findData(NO_CARD))
    panel.save()
    assert household.cards.current_card(taro.id) is not None  # declined: nothing changed
    confirm.answer = True
    panel.kind.setCurrentIndex(panel.kind.findData(NO_CARD))
    panel.save()
    assert household.cards.current_card(taro.id) is None
    assert "No card" in panel.summary_title.text()
    assert household.cards.card_history(taro.id)[-1].kind is CardRecordKind.STANDARD
