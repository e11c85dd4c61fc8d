"""Member rules a family relies on: unique names, sane birth dates, no My Number in memos,
every change audited, concurrent edits detected."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.validation import ValidationFailed
from familycare.storage.audit_repository import AuditRepository
from familycare.storage.errors import ConcurrentEdit


def draft(name: str = "山田 花子", birth: date | None = date(1948, 3, 14), **kw) -> MemberDraft:
    return MemberDraft(name, birth, kw.pop("relationship", Relationship.PARENT), **kw)


def codes(exc: ValidationFailed) -> set[tuple[str, str]]:
    return {(i.field, i.code) for i in exc.issues}


def test_add_assigns_a_free_palette_colour_and_audits(household) -> None:
    first = household.members.add_member(draft())
    second = household.members.add_member(draft("山田 太郎"))
    assert first.colour != second.colour
    with household.db.unit_of_work() as session:
        events = AuditRepository(session).for_member(first.id)
    assert [(e.entity, e.action) for e in events] == [("member", "add")]


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        (draft(""), ("display_name", "name_empty")),
        (draft("   "), ("display_name", "name_empty")),
        (draft(birth=date(2026, 11, 26)), ("birth_date", "birth_date_future")),
        (draft(birth=date(1899, 12, 31)), ("birth_date", "birth_date_too_early")),
        (draft(birth=None), ("birth_date", "birth_date_missing")),
        (draft(memo="番号 1234 5678 9018 です"), ("memo", "looks_like_my_number")),
    ],
)
def test_invalid_members_are_refused_with_a_code_per_field(household, bad, expected) -> None:
    with pytest.raises(ValidationFailed) as info:
        household.members.add_member(bad)
    assert expected in codes(info.value)
    assert household.members.list_members() == []


def test_same_display_name_twice_is_refused(household) -> None:
    household.members.add_member(draft())
    with pytest.raises(ValidationFailed) as info:
        household.members.add_member(draft(" 山田  花子 "))
    assert ("display_name", "name_taken") in codes(info.value)


def test_birth_date_today_is_accepted(household, clock) -> None:
    member = household.members.add_member(
        draft("山田 新", clock.today(), relationship=Relationship.CHILD)
    )
    assert member.age_on(clock.today()) == 0


def test_edit_based_on_an_old_version_is_refused(household) -> None:
    member = household.members.add_member(draft())
    household.members.update_member(member.id, member.version, draft(kana="はなこ"))
    with pytest.raises(ConcurrentEdit):
        household.members.update_member(member.id, member.version, draft(memo="old screen"))
    assert household.members.get(member.id).kana == "はなこ"


def test_delete_reports_impact_and_keeps_history(household) -> None:
    member = household.members.add_member(draft())
    impact = household.members.deletion_impact(member.id)
    assert impact.member.display_name == "山田 花子"
    household.members.delete_member(member.id)
    assert household.members.list_members() == []
    with household.db.unit_of_work() as session:
        actions = [e.action for e in AuditRepository(session).for_member(member.id)]
    assert actions == ["delete", "add"]
