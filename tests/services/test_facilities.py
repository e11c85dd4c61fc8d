from __future__ import annotations

import pytest

from familycare.domain.card_record import FacilityDraft, FacilityKind
from familycare.domain.member_facts import FacilityCaps
from familycare.domain.validation import ValidationFailed
from familycare.storage.errors import NotFound


def test_add_list_find_and_caps(household):
    f = household.facilities.add_facility(
        FacilityDraft("さくら薬局", FacilityKind.PHARMACY, True, False, None)
    )
    assert household.facilities.list_facilities() == [f]
    assert household.facilities.find_by_name(" さくら薬局 ").id == f.id
    assert household.facts.facility_caps(f.id) == FacilityCaps(True, False, None)
    assert household.facts.facility_caps(None) == FacilityCaps(None, None, None)


def test_names_are_unique_regardless_of_case(household):
    household.facilities.add_facility(FacilityDraft("Green Clinic"))
    with pytest.raises(ValidationFailed) as failed:
        household.facilities.add_facility(FacilityDraft("green  clinic"))
    assert failed.value.issues[0].code == "facility_name_taken"


def test_my_number_in_name_and_empty_name_are_refused(household):
    with pytest.raises(ValidationFailed) as failed:
        household.facilities.add_facility(FacilityDraft("123456789018"))
    assert failed.value.issues[0].code == "looks_like_my_number"
    with pytest.raises(ValidationFailed) as failed:
        household.facilities.add_facility(FacilityDraft("  "))
    assert failed.value.issues[0].code == "name_empty"


def test_face_reader_without_online_check_is_refused(household):
    with pytest.raises(ValidationFailed) as failed:
        household.facilities.add_facility(FacilityDraft("X", online_check=False, face_reader=True))
    assert failed.value.issues[0].code == "reader_without_online_check"


def test_update_and_delete(household):
    f = household.facilities.add_facility(FacilityDraft("X"))
    g = household.facilities.update_facility(f.id, f.version, FacilityDraft("X", face_reader=True))
    assert g.face_reader is True and g.online_check is None
    household.facilities.delete_facility(f.id)
    with pytest.raises(NotFound):
        household.facilities.get(f.id)
    with pytest.raises(NotFound):
        household.facilities.find_by_name("X")
