"""Builders for the member detail tests: members and cards through the services, a recording
confirm, and a dialog runner that fills the dialog the way a person would, then presses OK."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from familycare.domain.card_record import CardDraft, CardRecordKind, CoverageDraft
from familycare.domain.member import Member, MemberDraft, Relationship
from familycare.domain.member_facts import CoverageKind


class Confirmations:
    """Answers every question with ``answer`` and remembers what was asked."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.asked: list[str] = []

    def __call__(self, _parent: object, _title: str, question: str) -> bool:
        self.asked.append(question)
        return self.answer


class DialogRunner:
    """Instead of exec(): ``fill`` types into the dialog, then OK is pressed once."""

    def __init__(self) -> None:
        self.fill: Callable[[object], None] = lambda _dialog: None
        self.dialogs: list[object] = []

    def __call__(self, dialog: object) -> bool:
        self.dialogs.append(dialog)
        self.fill(dialog)
        return bool(dialog.try_accept())  # type: ignore[attr-defined]


def add_member(household: object, name: str, birth: date,
               relationship: Relationship = Relationship.PARENT) -> Member:
    return household.members.add_member(  # type: ignore[attr-defined]
        MemberDraft(name, birth, relationship))


def add_card(household: object, member: Member, kind: CardRecordKind = CardRecordKind.STANDARD,
             issued_on: date = date(2022, 1, 24), **extra: object):
    draft = CardDraft(kind, issued_on=issued_on, insurance_registered=True, **extra)  # type: ignore[arg-type]
    return household.cards.save_card(member.id, draft)  # type: ignore[attr-defined]


def add_employee_coverage(household: object, member: Member, since: date,
                          insurer: str = "旧健康保険組合"):
    return household.coverage.add_period(  # type: ignore[attr-defined]
        member.id, CoverageDraft(CoverageKind.EMPLOYEE, since, None, insurer))
