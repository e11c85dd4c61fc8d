"""PINs tab: wrong entries recorded through the buttons until the PIN locks, with the words,
icons and reset advice a person relies on; only the PINs the card really has."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from familycare.domain.card_record import CardRecordKind
from familycare.domain.member import Relationship
from familycare.domain.member_facts import PinKind
from familycare.ui.pin_panel import PinPanel
from tests.ui.member_detail_helpers import Confirmations, add_card, add_member


def make_panel(qtbot, household, member, confirm=None):
    confirm = confirm or Confirmations(True)
    panel = PinPanel(household, confirm)
    qtbot.addWidget(panel)
    panel.set_member(member)
    return panel, confirm


def test_failures_until_locked_show_the_lock_and_where_to_reset(qtbot, household) -> None:
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro, issued_on=date(2024, 6, 1))  # certificates valid until 2029
    panel, confirm = make_panel(qtbot, household, taro)
    assert set(panel.rows) == {PinKind.USER_CERT, PinKind.SIGNING, PinKind.CARD_INFO,
                               PinKind.RESIDENT}
    assert "never" in panel.never_stored.text.text()

    for _ in range(2):
        qtbot.mouseClick(panel.rows[PinKind.USER_CERT].failed_button, Qt.MouseButton.LeftButton)
    row = panel.rows[PinKind.USER_CERT]
    assert row.status.level == "danger"
    assert "only 1 try left" in row.status.text.text()
    assert not row.status.icon.pixmap().isNull()  # an icon as well as the words

    qtbot.mouseClick(row.failed_button, Qt.MouseButton.LeftButton)
    assert "locked" in confirm.asked[-1]  # the last try is announced before it is recorded
    row = panel.rows[PinKind.USER_CERT]
    assert "Locked after 3 wrong entries" in row.status.text.text()
    assert not row.advice.isHidden()
    assert "municipal office" in row.advice.text()
    # user-certificate PIN with a valid signing certificate: the convenience store works too
    assert "convenience store" in row.advice.text()
    assert not row.failed_button.isEnabled()
    stored = {r.state.kind: r.state for r in household.cards.pin_states(taro.id)}
    assert stored[PinKind.USER_CERT].locked
    assert stored[PinKind.SIGNING].failures == 0

    qtbot.mouseClick(row.reset_button, Qt.MouseButton.LeftButton)
    assert panel.rows[PinKind.USER_CERT].status.level == "ok"
    assert not household.cards.pin_states(taro.id)[0].state.locked


def test_declining_the_question_records_nothing(qtbot, household) -> None:
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro)
    panel, confirm = make_panel(qtbot, household, taro, Confirmations(False))
    qtbot.mouseClick(panel.rows[PinKind.SIGNING].failed_button, Qt.MouseButton.LeftButton)
    assert confirm.asked and "4 tries will be left" in confirm.asked[0]
    assert all(r.state.failures == 0 for r in household.cards.pin_states(taro.id))


def test_locked_four_digit_pin_is_municipal_office_only(qtbot, household) -> None:
    taro = add_member(household, "山田 太郎", date(1946, 5, 9))
    add_card(household, taro)
    panel, _ = make_panel(qtbot, household, taro)
    for _ in range(3):
        panel.record_failure(PinKind.RESIDENT)
    advice = panel.rows[PinKind.RESIDENT].advice.text()
    assert "municipal office" in advice and "convenience store" not in advice


def test_face_authentication_card_has_no_pin_rows(qtbot, household) -> None:
    hanako = add_member(household, "山田 花子", date(1948, 3, 14))
    add_card(household, hanako, CardRecordKind.FACE_AUTH)
    panel, _ = make_panel(qtbot, household, hanako)
    assert panel.rows == {}
    assert "face-authentication card has no PINs" in panel.explanation.text()


def test_child_under_15_has_no_signing_password(qtbot, household) -> None:
    hina = add_member(household, "山田 陽菜", date(2012, 1, 24), Relationship.CHILD)
    add_card(household, hina, issued_on=date(2023, 3, 1))
    panel, _ = make_panel(qtbot, household, hina)
    assert PinKind.SIGNING not in panel.rows
    assert len(panel.rows) == 3
    assert "under 15" in panel.explanation.text()
