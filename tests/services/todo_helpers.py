"""The to-do service wired over a test household, with the card, lost-card and coverage
services the tests drive (built here, passed in: no global state)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from familycare.domain.card_record import CardDraft, CardRecordKind
from familycare.services.cards import CardService
from familycare.services.lost_cards import LostCardService
from familycare.services.member_facts import FactsService
from familycare.services.rule_set_loader import load_rule_set
from familycare.services.todo import TodoService
from familycare.services.todo_extras import TodoExtrasLoader


@dataclass
class TodoWorld:
    todo: TodoService
    cards: CardService
    lost: LostCardService
    facts: FactsService


def todo_world(household) -> TodoWorld:
    db, clock, audit = household.db, household.clock, household.audit
    facts = FactsService(db, load_rule_set)
    return TodoWorld(
        todo=TodoService(db, clock, audit, load_rule_set,
                         lambda _today: facts.facts_for_all(), TodoExtrasLoader(db)),
        cards=CardService(db, clock, audit, load_rule_set),
        lost=LostCardService(db, clock, audit, load_rule_set),
        facts=facts,
    )


def standard_card(issued_on: date, **changes: object) -> CardDraft:
    values: dict[str, object] = {"kind": CardRecordKind.STANDARD, "issued_on": issued_on,
                                 "insurance_registered": True}
    values.update(changes)
    return CardDraft(**values)  # type: ignore[arg-type]
