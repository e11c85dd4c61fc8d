"""Small builders for planner inputs, so each test states only the facts it is about."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    DocumentFacts,
    FacilityCaps,
    MemberFacts,
    PinKind,
)

FULL_CLINIC = FacilityCaps(online_check=True, face_reader=True, smartphone_reader=True)
PIN_ONLY_CLINIC = FacilityCaps(online_check=True, face_reader=False, smartphone_reader=False)
OFFLINE_CLINIC = FacilityCaps(online_check=False, face_reader=False, smartphone_reader=False)
VISIT = date(2026, 12, 1)


def card(
    issued_on: date = date(2023, 6, 10),
    kind: CardKind = CardKind.STANDARD,
    state: CardState = CardState.IN_HAND,
    registered: bool = True,
    **more: object,
) -> CardFacts:
    base = CardFacts(kind=kind, issued_on=issued_on, state=state, insurance_registered=registered)
    return replace(base, **more)  # type: ignore[arg-type]


def member(
    birth: date = date(1960, 5, 15),
    card_facts: CardFacts | None | str = "default",
    failures: int = 0,
    coverage: tuple[CoveragePeriod, ...] = (
        CoveragePeriod(CoverageKind.NATIONAL, date(2015, 4, 1)),
    ),
    qc_until: date | None = None,
    notice: bool = True,
    smartphone: bool = False,
) -> MemberFacts:
    chosen = card() if card_facts == "default" else card_facts
    return MemberFacts(
        birth_date=birth,
        card=chosen,  # type: ignore[arg-type]
        pins={PinKind.USER_CERT: failures},
        coverage=coverage,
        documents=DocumentFacts(qc_until, notice, smartphone),
    )
