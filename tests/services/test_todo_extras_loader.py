"""The to-do extras for a care office's roster: dependents of every member near 75 found in
one statement, named in the order entered, only those insured today and under 75."""

from __future__ import annotations

from datetime import date

from familycare.domain.member_facts import CoverageKind
from familycare.services.todo_extras import TodoExtrasLoader
from tests.services.records_helpers import TODAY, add_member
from tests.services.test_facts_for_all import counted_selects


def _employee(household, name: str, birth: date):
    member = add_member(household, name, birth)
    household.coverage.change_job(member.id, date(2020, 4, 1), "某健保", CoverageKind.EMPLOYEE)
    return member


def test_dependents_of_every_member_near_75(household):
    loader = TodoExtrasLoader(household.db)
    one = _employee(household, "一郎", date(1951, 12, 15))
    wife = add_member(household, "和子", date(1955, 3, 3))
    son = add_member(household, "太郎", date(1985, 6, 1))
    household.coverage.become_dependent(son.id, one.id, date(2020, 4, 1))
    household.coverage.become_dependent(wife.id, one.id, date(2021, 4, 1))
    with counted_selects(household) as few:
        extras = loader(TODAY)
    assert extras[one.id].dependents_under_75 == ("太郎", "和子")

    # More members near 75: one whose only dependent is 75 too, one who left the holder's
    # insurance, one with none recorded; still the same statements.
    two = _employee(household, "二郎", date(1952, 1, 20))
    old = add_member(household, "古老", date(1950, 1, 1))
    household.coverage.become_dependent(old.id, two.id, date(2020, 4, 1))
    three = _employee(household, "三郎", date(1952, 2, 2))
    gone = add_member(household, "去人", date(1990, 1, 1))
    household.coverage.become_dependent(gone.id, three.id, date(2020, 4, 1))
    household.coverage.leave_dependent(gone.id, date(2025, 4, 1), CoverageKind.NATIONAL, "市")
    four = _employee(household, "四郎", date(1952, 3, 3))
    far = _employee(household, "若者", date(1980, 1, 1))
    with counted_selects(household) as many:
        extras = loader(TODAY)
    assert len(many) == len(few)
    assert extras[one.id].dependents_under_75 == ("太郎", "和子")
    for member in (two, three, four):
        assert extras[member.id].dependents_under_75 is None  # nobody known: ask to check
    assert far.id not in extras
