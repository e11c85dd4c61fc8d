"""The Visits tab: plan, save, print to PDF and see the family's day with reprint flags."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from familycare.domain.member_facts import PinKind
from familycare.ui.visit_page import VisitPage
from tests.services.visits_helpers import small_family

TODAY = date(2026, 11, 25)


@pytest.fixture
def family(household):
    return small_family(household)


@pytest.fixture
def page(qtbot, household, family, tmp_path: Path):
    from familycare.services.settings import LANGUAGE

    household.settings.set(LANGUAGE, "en")
    chosen = {"path": tmp_path / "card.pdf"}
    widget = VisitPage(
        household,
        choose_pdf=lambda parent: chosen["path"],
        print_dialog=lambda parent, printer: False,
        confirm=lambda parent, title, question: True,
    )
    widget.chosen_pdf = chosen  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _choose(page: VisitPage, member_id: int, day: str, facility_id: int | None) -> None:
    page.member.setCurrentIndex(page.member.findData(member_id))
    page.date.edit.setText(day)
    page.facility.setCurrentIndex(page.facility.findData(facility_id))


def test_plan_in_plain_words_for_father_at_the_pharmacy(qtbot, household, page, family):
    from PySide6.QtCore import Qt

    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    _choose(page, family.father.id, "R8.11.27", family.pharmacy.id)  # 和暦 accepted
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    text = page.plan_view.toPlainText()
    assert "Hand the My Number Card to reception together with the qualification notice." in text
    assert "DO NOT enter the PIN" in text
    assert "One more wrong PIN will lock the card's certificate PIN." in text
    assert "What to do: Do not try the PIN." in text
    assert "別の方法で資格確認できますか?" in text
    assert "Can you check my eligibility another way?" in text
    assert "Qualification notice" in text
    assert household.visits.visits_on(date(2026, 11, 27)) == []  # only shown, not saved


def test_save_lists_the_visit_in_the_day_view(qtbot, household, page, family):
    from PySide6.QtCore import Qt

    _choose(page, family.mother.id, "2026-11-28", family.clinic.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _choose(page, family.father.id, "2026-11-28", family.clinic.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.day_table.rowCount() == 2
    assert page.day_table.item(0, 0).text() == "山田 花子"
    assert page.day_table.item(1, 0).text() == "山田 太郎"
    assert page.day_table.item(0, 3).text() == "Not printed"
    assert "saved" in page.status.text()


def test_save_as_pdf_marks_printed_then_reprint_after_a_change(qtbot, household, page, family):
    from PySide6.QtCore import Qt

    from tests.printing.conftest import pdf_pages

    _choose(page, family.father.id, "2026-11-27", family.pharmacy.id)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    out = page.chosen_pdf["path"]
    assert out.exists() and pdf_pages(out) == 1
    assert page.day_table.item(0, 3).text() == "✓ Printed"
    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(family.father.id, PinKind.USER_CERT)
    page.reload_day()
    assert "Reprint" in page.day_table.item(0, 3).text()


def test_past_and_unreadable_dates_are_explained(qtbot, page, family):
    from PySide6.QtCore import Qt

    _choose(page, family.mother.id, "2026-11-20", family.clinic.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "in the past" in page.status.text()
    page.date.edit.setText("2026-13-40")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text()  # the date message, not a traceback


def test_choosing_a_day_row_shows_its_plan_and_delete_removes_it(qtbot, household, page, family):
    from PySide6.QtCore import Qt

    _choose(page, family.mother.id, "2026-11-28", family.clinic.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    page.day_table.clearSelection()
    page.plan_view.clear()
    page.day_table.selectRow(0)
    assert "山田 花子" in page.plan_view.toPlainText()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.day_table.rowCount() == 0
    assert household.visits.visits_on(date(2026, 11, 28)) == []


def test_screenshot(qtbot, household, page, family, tmp_path: Path):
    from PySide6.QtCore import Qt

    _choose(page, family.mother.id, "2026-11-28", family.clinic.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    _choose(page, family.father.id, "2026-11-28", family.pharmacy.id)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    shot = tmp_path / "visits.png"
    assert page.grab().save(str(shot))
    import shutil

    shutil.copy(shot, "/tmp/visits_tab.png")
