"""``Member`` has a hand-written __init__ (a household's 2,000 members are read on every first
refresh); it must behave exactly like the frozen dataclass's own: every field by position or
by name, equality, hash and repr from the fields, frozen afterwards, ``replace`` working."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from familycare.domain.member import Member, Relationship

# The generated frozen dataclass with Member's fields: what Member would be without its own
# __init__.
Reference = dataclasses.make_dataclass(
    "Member", [(f.name, f.type) for f in dataclasses.fields(Member)], frozen=True
)

values = st.tuples(
    st.integers(1, 10**6), st.text(max_size=20), st.text(max_size=20),
    st.dates(date(1900, 1, 1), date(2030, 12, 31)), st.sampled_from(Relationship),
    st.sampled_from(["#0072B2", "#E69F00", ""]), st.text(max_size=40), st.integers(1, 99),
)


@given(values)
def test_member_is_built_like_the_generated_dataclass(fields: tuple[object, ...]) -> None:
    member = Member(*fields)  # type: ignore[arg-type]
    named = Member(**dict(zip([f.name for f in dataclasses.fields(Member)], fields,
                              strict=True)))  # type: ignore[arg-type]
    reference = Reference(*fields)
    assert member == named
    assert hash(member) == hash(named) == hash(reference)
    assert repr(member) == repr(named) == repr(reference)
    assert dataclasses.astuple(member) == dataclasses.astuple(reference) == fields
    assert pickle.loads(pickle.dumps(member)) == member


def test_member_stays_frozen_and_replace_makes_a_new_one() -> None:
    member = Member(7, "山田 健", "やまだ けん", date(1980, 6, 15), Relationship.SELF,
                    "#0072B2", "", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        member.version = 2  # type: ignore[misc]
    newer = dataclasses.replace(member, version=2)
    assert (newer.version, member.version) == (2, 1)
    assert newer.display_name == "山田 健"
    with pytest.raises(TypeError):
        Member(7, "山田 健")  # type: ignore[call-arg]
