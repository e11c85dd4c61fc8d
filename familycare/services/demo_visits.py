"""The demo family's visits (DEMO_FAMILY.md): 太郎 at the pharmacy at T+2 (no face reader,
one PIN attempt left: "do not try the PIN"), 花子 and 蓮 at the clinic on the morning of T+3.

Runs after the demo records step, which creates the facilities these visits use.
"""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain.card_record import FacilityKind
from familycare.household import Household

DEMO_VISITS = (("山田 太郎", 2, "pharmacy"), ("山田 花子", 3, "clinic"), ("山田 蓮", 3, "clinic"))


def add_demo_visits(household: Household, t: date) -> None:
    facilities = household.facilities.list_facilities()
    pharmacy = next(f for f in facilities if f.kind is FacilityKind.PHARMACY)
    clinic = next(
        f
        for f in facilities
        if f.kind is FacilityKind.CLINIC and f.face_reader and f.smartphone_reader
    )
    where = {"pharmacy": pharmacy.id, "clinic": clinic.id}
    for name, days, kind in DEMO_VISITS:
        member = household.members.find_by_name(name)
        household.visits.plan_visit(member.id, t + timedelta(days=days), where[kind])
