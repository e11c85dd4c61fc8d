"""Scenario files: the contract's defaults, and each malformed input naming its field."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from familycare.domain.member_facts import CardKind, CardState, FacilityCaps, PinKind
from familycare.domain.scenario import ScenarioError, ScenarioErrorCode, parse_scenario

C = ScenarioErrorCode

GOOD = {
    "member": {
        "birth_date": "1951-06-03",
        "card": {
            "kind": "standard",
            "issued_on": "2021-02-10",
            "applied_on": "2021-01-05",
            "expires_on": None,
            "cert_issued_on": None,
            "cert_renewed_before_expiry": False,
            "cert_expires_on": None,
            "state": "in_hand",
            "insurance_registered": True,
        },
        "pins": {"user_cert_failures": 0},
        "coverage": {"kind": "employee", "since": "2024-04-01"},
        "documents": {
            "qualification_certificate_until": None,
            "qualification_notice": True,
            "smartphone_card": False,
        },
    },
    "visit": {
        "date": "2026-12-01",
        "facility": {"online_check": True, "face_reader": True, "smartphone_reader": False},
    },
}
MINIMAL = {
    "member": {"birth_date": "1951-06-03", "card": {"issued_on": "2021-02-10"}},
    "visit": {"date": "2026-12-01"},
}


def test_full_scenario_parses() -> None:
    facts, day, facility = parse_scenario(GOOD)
    assert day == date(2026, 12, 1)
    assert facts.card is not None and facts.card.applied_on == date(2021, 1, 5)
    assert facts.coverage[0].since == date(2024, 4, 1)
    assert facts.documents.qualification_notice
    assert facility == FacilityCaps(True, True, False)


def test_contract_defaults() -> None:
    facts, _, facility = parse_scenario(MINIMAL)
    card = facts.card
    assert card is not None
    assert (card.kind, card.state, card.insurance_registered) == (
        CardKind.STANDARD,
        CardState.IN_HAND,
        True,
    )
    assert card.application_date == card.certificate_issue_date == date(2021, 2, 10)
    assert not card.cert_renewed_before_expiry
    assert facts.pins.get(PinKind.USER_CERT, 0) == 0
    assert facts.coverage == ()
    assert facts.documents.qualification_certificate_until is None
    assert not facts.documents.qualification_notice and not facts.documents.smartphone_card
    assert facility == FacilityCaps(True, True, False)


def test_null_card_and_null_facility_values() -> None:
    data = copy.deepcopy(MINIMAL)
    data["member"]["card"] = None
    data["member"]["coverage"] = None
    data["visit"]["facility"] = {"online_check": None, "face_reader": False}
    facts, _, facility = parse_scenario(data)
    assert facts.card is None and facts.coverage == ()
    assert facility == FacilityCaps(None, False, False)


def _set(data: dict, path: str, value: object) -> None:
    *parents, last = path.split(".")
    for key in parents:
        data = data[key]
    if value is _DELETE:
        del data[last]
    else:
        data[last] = value


_DELETE = object()

BAD = [
    ("member.birth_date", _DELETE, "member.birth_date", C.MISSING),
    ("member.card", _DELETE, "member.card", C.MISSING),
    ("visit.date", _DELETE, "visit.date", C.MISSING),
    ("visit", _DELETE, "visit", C.MISSING),
    ("member.card.issued_on", _DELETE, "member.card.issued_on", C.MISSING),
    ("member.card.issued_on", None, "member.card.issued_on", C.WRONG_TYPE),
    ("member.birth_date", "1951/06/03", "member.birth_date", C.BAD_DATE),
    ("member.birth_date", "1951-6-3", "member.birth_date", C.BAD_DATE),
    ("member.birth_date", "19510603", "member.birth_date", C.BAD_DATE),
    ("member.birth_date", "1951-06-03T00:00", "member.birth_date", C.BAD_DATE),
    ("member.birth_date", "１９５１-06-03", "member.birth_date", C.BAD_DATE),
    ("visit.date", "2026-02-30", "visit.date", C.BAD_DATE),
    ("visit.date", "2026-13-01", "visit.date", C.BAD_DATE),
    ("member.card.cert_expires_on", "2027-02-29", "member.card.cert_expires_on", C.BAD_DATE),
    ("member.birth_date", 19510603, "member.birth_date", C.WRONG_TYPE),
    ("member.pins.user_cert_failures", -1, "member.pins.user_cert_failures", C.NEGATIVE),
    ("member.pins.user_cert_failures", True, "member.pins.user_cert_failures", C.WRONG_TYPE),
    ("member.pins.user_cert_failures", 1.0, "member.pins.user_cert_failures", C.WRONG_TYPE),
    ("member.pins.user_cert_failures", "2", "member.pins.user_cert_failures", C.WRONG_TYPE),
    ("member.pins.signing_failures", 1, "member.pins.signing_failures", C.UNKNOWN_KEY),
    ("member.card.insurance_registered", 1, "member.card.insurance_registered", C.WRONG_TYPE),
    ("member.card.insurance_registered", None, "member.card.insurance_registered", C.WRONG_TYPE),
    ("member.card.kind", "plastic", "member.card.kind", C.BAD_VALUE),
    ("member.card.state", 3, "member.card.state", C.WRONG_TYPE),
    ("member.card.colour", "blue", "member.card.colour", C.UNKNOWN_KEY),
    ("member.nickname", "Hana", "member.nickname", C.UNKNOWN_KEY),
    ("visit.facility.wifi", True, "visit.facility.wifi", C.UNKNOWN_KEY),
    ("visit.facility.face_reader", "yes", "visit.facility.face_reader", C.WRONG_TYPE),
    ("member.coverage.kind", "private", "member.coverage.kind", C.BAD_VALUE),
    ("member.coverage.kind", _DELETE, "member.coverage.kind", C.MISSING),
    (
        "member.documents.qualification_notice",
        "yes",
        "member.documents.qualification_notice",
        C.WRONG_TYPE,
    ),
    ("member.documents", [], "member.documents", C.NOT_AN_OBJECT),
    ("member.pins", None, "member.pins", C.NOT_AN_OBJECT),
    ("member.card", "none", "member.card", C.NOT_AN_OBJECT),
    ("member.card.issued_on", "1951-06-02", "member.card.issued_on", C.ISSUED_BEFORE_BIRTH),
    ("member.card.applied_on", "2021-02-11", "member.card.applied_on", C.APPLIED_AFTER_ISSUE),
    ("expect", {}, "expect", C.UNKNOWN_KEY),
]


@pytest.mark.parametrize(
    ("path", "value", "field", "code"), BAD, ids=[f"{b[0]}={b[1]!r}"[:60] for b in BAD]
)
def test_bad_input_names_the_field(path: str, value: object, field: str, code) -> None:
    data = copy.deepcopy(GOOD)
    _set(data, path, value)
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(data)
    assert (caught.value.field_path, caught.value.code) == (field, code)


@pytest.mark.parametrize("value", [[], "text", None, 3])
def test_top_level_must_be_an_object(value: object) -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(value)
    assert caught.value.code is C.NOT_AN_OBJECT


def test_wrapper_file_is_refused_with_a_hint() -> None:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario({"scenario": GOOD, "expect": {}})
    assert (caught.value.field_path, caught.value.code) == ("scenario", C.UNKNOWN_KEY)
    assert "bare scenario" in caught.value.detail


def test_control_characters_in_unknown_keys_are_escaped() -> None:
    data = copy.deepcopy(GOOD)
    data["member"]["bad\nkey"] = 1
    with pytest.raises(ScenarioError) as caught:
        parse_scenario(data)
    assert "\n" not in caught.value.field_path
