"""Members and cards for the Home and To-do page tests, added through the services."""

from __future__ import annotations

from datetime import date

from familycare.domain.card_record import CardDraft, CardRecordKind
from familycare.domain.member import MemberDraft, Relationship


def add_with_card(household, name: str, birth: date, cert_expires_on: date,
                  relation: Relationship = Relationship.SELF) -> int:
    member = household.members.add_member(MemberDraft(name, birth, relation))
    household.cards.save_card(member.id, CardDraft(
        CardRecordKind.STANDARD, issued_on=date(2022, 7, 1), insurance_registered=True,
        notified_cert_expires_on=cert_expires_on))
    return member.id
