"""Builders for the guarded-session and delegation tests: members with cards, sessions walked
through their checklists, all through the services."""

from __future__ import annotations

from datetime import date

from familycare.domain.member import Relationship
from familycare.domain.proxy_session import AFTER_STEPS, BEFORE_STEPS
from tests.services.records_helpers import add_member, face_card, standard_card


def member_with_card(household, name: str, birth: date = date(1976, 10, 16), face=False,
                     relation: Relationship = Relationship.SELF):
    member = add_member(household, name, birth, relation)
    draft = face_card(date(2022, 6, 1)) if face else standard_card(date(2022, 6, 1))
    household.cards.save_card(member.id, draft)
    return member


def active_session(household, member_id: int):
    service = household.proxy_sessions
    session = service.start(member_id)
    for step in BEFORE_STEPS:
        service.tick(session.id, step, acknowledge_risk=True)
    return service.activate(session.id)


def close_session(household, session_id: int):
    service = household.proxy_sessions
    service.begin_closing(session_id)
    for step in AFTER_STEPS:
        service.tick(session_id, step)
    return service.end(session_id)
