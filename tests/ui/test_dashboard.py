"""Home: one row per member, worst news first, badges in words, and the rows follow what
happens on the card, lost-card and insurance services."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from familycare.domain.member_facts import CoverageKind, PinKind
from familycare.domain.todo import TodoKind
from familycare.ui.dashboard_model import MEMBER_ID_ROLE, DashboardTableModel
from familycare.ui.dashboard_page import DashboardPage, next_visits_from
from tests.ui.todo_ui_helpers import add_with_card

TODAY = date(2026, 11, 25)
FAR = date(2030, 6, 1)


@pytest.fixture
def page(qtbot, household):
    widget = DashboardPage(household.todo, next_visits_from(household.db))
    qtbot.addWidget(widget)
    return widget


def row_texts(page: DashboardPage, member_id: int) -> dict[int, str]:
    row = page.model.row_of(member_id)
    assert row >= 0
    return {c: str(page.model.data(page.model.index(row, c)) or "")
            for c in range(DashboardTableModel.COLUMNS)}


def names_in_order(page: DashboardPage) -> list[str]:
    return [page.model.data(page.model.index(r, 0)) for r in range(page.model.rowCount())]


def test_worst_news_first_with_words(page, household) -> None:
    add_with_card(household, "元気 一郎", date(1980, 1, 1), FAR)
    add_with_card(household, "猶予 花子", date(1978, 4, 20), TODAY - timedelta(days=30))
    add_with_card(household, "更新 次郎", date(1946, 7, 1), TODAY + timedelta(days=40))
    page.reload()
    assert names_in_order(page) == ["猶予 花子", "更新 次郎", "元気 一郎"]
    grace = row_texts(page, page.model.overview_at(0).member.id)
    assert "Urgent" in grace[DashboardTableModel.STATUS]
    assert "works until" in grace[DashboardTableModel.STATUS]
    renewal = row_texts(page, page.model.overview_at(1).member.id)
    assert "Renewal open" in renewal[DashboardTableModel.STATUS]
    assert "40 days left" in renewal[DashboardTableModel.DEADLINE]
    assert "Card OK" in row_texts(page, page.model.overview_at(2).member.id)[
        DashboardTableModel.STATUS]
    assert page.model.data(page.model.index(0, DashboardTableModel.STATUS),
                           Qt.ItemDataRole.DecorationRole) is not None  # an icon, not only colour
    assert "Need action now: 1" in page.summary.text()


def test_pin_failures_until_locked_change_badge_and_todo(page, household) -> None:
    member_id = add_with_card(household, "山田 太郎", date(1946, 7, 1), FAR)
    page.reload()
    assert "Card OK" in row_texts(page, member_id)[DashboardTableModel.STATUS]
    household.cards.record_pin_failure(member_id, PinKind.USER_CERT)
    household.cards.record_pin_failure(member_id, PinKind.USER_CERT)
    page.reload()
    assert "1 try left" in row_texts(page, member_id)[DashboardTableModel.STATUS]
    household.cards.record_pin_failure(member_id, PinKind.USER_CERT)
    page.reload()
    texts = row_texts(page, member_id)
    assert "PIN locked" in texts[DashboardTableModel.STATUS]
    assert "municipal office" in texts[DashboardTableModel.ACTION]
    kinds = [e.item.kind for e in household.todo.items()]
    assert kinds == [TodoKind.PIN_LOCKED]


def test_marking_a_card_lost_shows_the_lost_card_steps(page, household) -> None:
    member_id = add_with_card(household, "山田 蓮", date(2018, 10, 25), FAR)
    household.lost_cards.mark_card_lost(member_id, TODAY - timedelta(days=1))
    page.reload()
    texts = row_texts(page, member_id)
    assert "Card lost" in texts[DashboardTableModel.STATUS]
    assert texts[DashboardTableModel.ACTION].startswith("Lost card: suspend it by phone")
    assert "0120-95-0178" in texts[DashboardTableModel.ACTION]


def test_changing_employer_shows_the_switch_lag(page, household) -> None:
    member_id = add_with_card(household, "山田 健", date(1976, 10, 5), FAR)
    household.coverage.change_job(member_id, date(2015, 4, 1), "旧健保", CoverageKind.EMPLOYEE)
    page.reload()
    assert "Insurer just changed" not in row_texts(page, member_id)[DashboardTableModel.STATUS]
    household.coverage.change_job(member_id, TODAY - timedelta(days=5), "新健保",
                                  CoverageKind.EMPLOYEE)
    page.reload()
    assert "Insurer just changed" in row_texts(page, member_id)[DashboardTableModel.STATUS]
    lag = [e for e in household.todo.items() if e.item.kind is TodoKind.SWITCH_LAG]
    assert len(lag) == 1
    assert lag[0].item.params["since"] == TODAY - timedelta(days=5)


def test_double_click_and_enter_open_the_member(qtbot, page, household) -> None:
    member_id = add_with_card(household, "山田 花子", date(1948, 3, 14), FAR)
    page.reload()
    page.show()
    index = page.model.index(0, DashboardTableModel.STATUS)
    assert page.model.data(index, MEMBER_ID_ROLE) == member_id
    with qtbot.waitSignal(page.open_member) as opened:
        page.table.doubleClicked.emit(index)
    assert opened.args == [member_id]
    page.table.setFocus()
    with qtbot.waitSignal(page.open_member) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [member_id]
    with qtbot.waitSignal(page.open_member):
        page.open_button.click()


def test_empty_family_says_so(page) -> None:
    page.reload()
    assert page.model.rowCount() == 0
    assert "No family members yet" in page.summary.text()
    assert not page.open_button.isEnabled()
