"""Caregiver role checks: nobody holds a role for themselves, registering proxies needs an
adult (the 18th birthday counts from that very day), and a member's roles in display order."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.member import Member, Relationship
from familycare.domain.role import (
    MemberRoles,
    Role,
    RoleKind,
    validate_role,
)

TODAY = date(2026, 11, 25)


def member(member_id: int, name: str, birth: date) -> Member:
    return Member(member_id, name, "", birth, Relationship.OTHER, "#000000", "", 1)


MOTHER = member(1, "山田 花子", date(1948, 3, 14))
SON = member(2, "山田 健", date(1976, 10, 16))
GRANDCHILD = member(3, "山田 陽菜", date(2012, 1, 24))  # 14
TURNS_18_TODAY = member(4, "山田 翼", date(2008, 11, 25))
TURNS_18_TOMORROW = member(5, "山田 空", date(2008, 11, 26))


@pytest.mark.parametrize(
    ("kind", "holder", "codes"),
    [
        (RoleKind.REGISTERS_PROXIES, SON, []),
        (RoleKind.ACCOMPANIES_VISITS, SON, []),
        (RoleKind.CONTACT_WHEN_STUCK, SON, []),
        (RoleKind.REGISTERS_PROXIES, MOTHER, ["role_holder_is_member"]),
        (RoleKind.ACCOMPANIES_VISITS, MOTHER, ["role_holder_is_member"]),
        (RoleKind.CONTACT_WHEN_STUCK, MOTHER, ["role_holder_is_member"]),
        # A grandchild may go along or be called, but cannot be a マイナポータル agent.
        (RoleKind.REGISTERS_PROXIES, GRANDCHILD, ["role_holder_minor"]),
        (RoleKind.ACCOMPANIES_VISITS, GRANDCHILD, []),
        (RoleKind.CONTACT_WHEN_STUCK, GRANDCHILD, []),
        (RoleKind.REGISTERS_PROXIES, TURNS_18_TODAY, []),
        (RoleKind.REGISTERS_PROXIES, TURNS_18_TOMORROW, ["role_holder_minor"]),
    ],
)
def test_who_may_hold_a_role(kind: RoleKind, holder: Member, codes: list[str]) -> None:
    issues = validate_role(MOTHER, kind, holder, TODAY)
    assert [i.code for i in issues] == codes
    assert all(i.field == "holder" for i in issues)


def test_problems_carry_the_names_their_text_needs() -> None:
    (self_issue,) = validate_role(MOTHER, RoleKind.CONTACT_WHEN_STUCK, MOTHER, TODAY)
    assert self_issue.params == {"name": "山田 花子"}
    (minor,) = validate_role(MOTHER, RoleKind.REGISTERS_PROXIES, GRANDCHILD, TODAY)
    assert minor.params == {"name": "山田 陽菜", "age": 18}


def test_roles_come_in_display_order_and_are_found_by_kind() -> None:
    contact = Role(1, 1, RoleKind.CONTACT_WHEN_STUCK, 2, "山田 健", 1)
    proxies = Role(2, 1, RoleKind.REGISTERS_PROXIES, 2, "山田 健", 1)
    roles = MemberRoles(1, (contact, proxies))
    assert roles.in_order() == (proxies, contact)
    assert roles.holder(RoleKind.CONTACT_WHEN_STUCK) is contact
    assert roles.holder(RoleKind.ACCOMPANIES_VISITS) is None
