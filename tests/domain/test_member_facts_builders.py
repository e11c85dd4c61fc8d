"""The facts builders (``new_card_facts``, ``new_coverage_period``, ``new_member_facts``),
which set a frozen dataclass's slots directly for a large household's first refresh, give
exactly what the constructors give: equal, same hash where hashable, same repr, and just as
frozen."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    DocumentFacts,
    MemberFacts,
    PinKind,
    new_card_facts,
    new_coverage_period,
    new_member_facts,
)

dates = st.dates(date(1920, 1, 1), date(2060, 12, 31))
maybe_dates = st.one_of(st.none(), dates)


@given(st.tuples(st.sampled_from(CardKind), dates, maybe_dates, maybe_dates, maybe_dates,
                 st.booleans(), maybe_dates, st.sampled_from(CardState), st.booleans(),
                 st.sampled_from([None, True, False])))
def test_card_facts_builder_gives_the_constructors_card(values: tuple[object, ...]) -> None:
    built = new_card_facts(*values)  # type: ignore[arg-type]
    made = CardFacts(*values)  # type: ignore[arg-type]
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert built.application_date == made.application_date


@given(st.tuples(st.sampled_from(CoverageKind), maybe_dates, maybe_dates, st.booleans()))
def test_coverage_builder_gives_the_constructors_period(values: tuple[object, ...]) -> None:
    built = new_coverage_period(*values)  # type: ignore[arg-type]
    made = CoveragePeriod(*values)  # type: ignore[arg-type]
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)


@given(dates, st.dictionaries(st.sampled_from(PinKind), st.integers(0, 5)),
       st.lists(st.builds(CoveragePeriod, st.sampled_from(CoverageKind), maybe_dates),
                max_size=3))
def test_member_facts_builder_gives_the_constructors_facts(
    birth: date, pins: dict[PinKind, int], periods: list[CoveragePeriod]
) -> None:
    card = CardFacts(CardKind.STANDARD, date(2022, 7, 1))
    documents = DocumentFacts(date(2027, 7, 31))
    built = new_member_facts(birth, card, pins, tuple(periods), documents)
    made = MemberFacts(birth, card, pins, tuple(periods), documents)
    assert built == made and repr(built) == repr(made)


def test_built_facts_stay_frozen() -> None:
    card = new_card_facts(CardKind.STANDARD, date(2022, 7, 1), None, None, None, False, None,
                          CardState.IN_HAND, True)
    facts = new_member_facts(date(1980, 1, 1), card, {}, (), DocumentFacts())
    for value, name in ((card, "issued_on"), (facts, "card"),
                        (new_coverage_period(CoverageKind.NATIONAL, None, None, True), "since")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)
    assert dataclasses.replace(card, expires_on=date(2032, 7, 1)).issued_on == date(2022, 7, 1)
