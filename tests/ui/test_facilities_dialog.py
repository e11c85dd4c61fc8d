"""Clinics and pharmacies edited on screen: the Visits tab and the planner see them at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from familycare.domain.card_record import FacilityDraft, FacilityKind
from familycare.ui.facilities_dialog import FacilitiesDialog
from familycare.ui.visit_page import VisitPage


def _fill(dialog: FacilitiesDialog, name: str, online: bool | None, face: bool | None,
          phone: bool | None, kind: FacilityKind = FacilityKind.CLINIC) -> None:
    dialog.name.setText(name)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind.value))
    dialog.online.set_value(online)
    dialog.face.set_value(face)
    dialog.phone.set_value(phone)


@pytest.fixture
def english(household):
    from familycare.services.settings import LANGUAGE

    household.settings.set(LANGUAGE, "en")
    return household


def test_facility_added_in_dialog_appears_in_visits_combo(qtbot, english):
    household = english
    dialogs: list[FacilitiesDialog] = []

    def run(dialog: FacilitiesDialog) -> None:
        # What a user does in the open dialog: fill the form, save, close.
        dialogs.append(dialog)
        _fill(dialog, "さくら内科", True, True, False)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    page = VisitPage(household, confirm=lambda *_: True, run_facilities=run)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.facilities_button, Qt.MouseButton.LeftButton)

    saved = household.facilities.list_facilities()
    assert [(f.name, f.online_check, f.face_reader, f.smartphone_reader) for f in saved] == [
        ("さくら内科", True, True, False)
    ]
    labels = [page.facility.itemText(i) for i in range(page.facility.count())]
    assert any(label.startswith("さくら内科") for label in labels)
    # The list in the dialog shows the capabilities in words.
    model = dialogs[0].model
    assert [model.index(0, c).data() for c in range(5)] == [
        "さくら内科", "Clinic", "available", "available", "not available"
    ]


def test_duplicate_name_is_explained_next_to_the_name(qtbot, english):
    household = english
    household.facilities.add_facility(FacilityDraft("Green Pharmacy", FacilityKind.PHARMACY))
    dialog = FacilitiesDialog(household.facilities, confirm=lambda *_: True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start_new()
    _fill(dialog, "green  pharmacy", None, None, None)
    assert dialog.save() is None
    assert dialog.name_error.isVisible()
    assert "already saved" in dialog.name_error.text()
    assert len(household.facilities.list_facilities()) == 1


def test_not_known_is_stored_as_none_and_edit_keeps_it(qtbot, english):
    household = english
    dialog = FacilitiesDialog(household.facilities, confirm=lambda *_: True)
    qtbot.addWidget(dialog)
    _fill(dialog, "Hill Hospital", None, None, True, FacilityKind.HOSPITAL)
    saved = dialog.save()
    assert saved is not None
    stored = household.facilities.get(saved.id)
    assert (stored.online_check, stored.face_reader, stored.smartphone_reader) == (None, None, True)
    assert dialog.model.index(0, 2).data() == "not known"
    # Edit: change one capability, the others stay unknown.
    dialog.online.set_value(False)
    dialog.save()
    stored = household.facilities.get(saved.id)
    assert (stored.online_check, stored.face_reader, stored.version > saved.version) == (
        False, None, True
    )


def test_delete_asks_once_and_mentions_saved_visits(qtbot, english):
    household = english
    household.facilities.add_facility(FacilityDraft("Old Clinic"))
    asked: list[str] = []
    answers = iter([False, True])

    def confirm(_parent, _title: str, question: str) -> bool:
        asked.append(question)
        return next(answers)

    dialog = FacilitiesDialog(household.facilities, confirm=confirm)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    assert dialog.delete_current() is False
    assert len(household.facilities.list_facilities()) == 1
    assert dialog.delete_current() is True
    assert household.facilities.list_facilities() == []
    assert len(asked) == 2
    assert "keep their date" in asked[0]


def test_settings_menu_opens_the_facilities_dialog(qtbot, english, tmp_path, app_paths, clock):
    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    main = MainWindow(english, RecentHouseholds(tmp_path / "config"),
                      lambda folder: open_household(app_paths, clock))
    qtbot.addWidget(main)
    opened: list[object] = []
    main.visit_page._run_facilities = lambda dialog: opened.append(dialog)
    actions = [a for m in main.menuBar().actions() if m.menu() for a in m.menu().actions()]
    [action] = [a for a in actions if a.text().replace("&", "") == "Clinics and pharmacies…"]
    action.trigger()
    assert isinstance(opened[0], FacilitiesDialog)
