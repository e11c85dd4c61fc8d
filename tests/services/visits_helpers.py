"""A household with the visit service and a small family of records, built through services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from familycare.domain.card_record import (
    DocumentDraft,
    DocumentKind,
    Facility,
    FacilityDraft,
    FacilityKind,
)
from familycare.domain.member import Member, Relationship
from familycare.services.rule_set_loader import load_rule_set
from familycare.services.visits import VisitService
from tests.services.records_helpers import add_member, face_card, standard_card


def visit_service(household) -> VisitService:
    existing = getattr(household, "visits", None)
    if existing is not None:
        return existing
    return VisitService(
        household.db,
        household.clock,
        household.audit,
        household.facts,
        load_rule_set,
        household.settings,
    )


@dataclass
class Family:
    father: Member  # 80, standard card, PIN failed twice, お知らせ held
    mother: Member  # 78, face-authentication card
    pharmacy: Facility  # online check, no face reader
    clinic: Facility  # face reader and smartphone reader


def small_family(household) -> Family:
    father = add_member(household, "山田 太郎", date(1946, 5, 15), Relationship.PARENT)
    mother = add_member(household, "山田 花子", date(1948, 8, 17), Relationship.PARENT)
    household.cards.save_card(father.id, standard_card(date(2022, 6, 10)))
    household.documents.add_document(father.id, DocumentDraft(DocumentKind.QUALIFICATION_NOTICE))
    household.cards.save_card(mother.id, face_card(date(2024, 3, 1)))
    pharmacy = household.facilities.add_facility(
        FacilityDraft("さくら薬局", FacilityKind.PHARMACY, True, False, False)
    )
    clinic = household.facilities.add_facility(
        FacilityDraft("山田内科", FacilityKind.CLINIC, True, True, True)
    )
    return Family(father, mother, pharmacy, clinic)
