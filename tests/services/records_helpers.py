"""Builders for the card/coverage/document tests: members and cards through the services."""

from __future__ import annotations

from datetime import date

from familycare.domain.card_record import CardDraft, CardRecordKind
from familycare.domain.member import MemberDraft, Relationship

TODAY = date(2026, 11, 25)


def add_member(household, name: str, birth: date, relation: Relationship = Relationship.SELF):
    return household.members.add_member(MemberDraft(name, birth, relation))


def standard_card(issued_on: date, **changes: object) -> CardDraft:
    values: dict[str, object] = {"kind": CardRecordKind.STANDARD, "issued_on": issued_on,
                                 "insurance_registered": True}
    values.update(changes)
    return CardDraft(**values)  # type: ignore[arg-type]


def face_card(issued_on: date, **changes: object) -> CardDraft:
    return standard_card(issued_on, kind=CardRecordKind.FACE_AUTH, **changes)
