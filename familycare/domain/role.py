"""Caregiver roles: who in the family does what for a member (家族の担当).

For each member (the one cared for) and each role kind, at most one other member holds the
role: registers proxies for them in マイナポータル, goes with them on visit days, or is the
person to call when something fails at reception. Pure: "today" is a parameter; problems
are codes with parameters, never sentences.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from familycare.domain.delegation import ADULT_AGE
from familycare.domain.member import Member
from familycare.domain.validation import ValidationIssue


class RoleKind(StrEnum):
    """In the order they are shown (the member detail, the dashboard, the CLI)."""

    REGISTERS_PROXIES = "registers_proxies"  # 代理人の登録をする人
    ACCOMPANIES_VISITS = "accompanies_visits"  # 受診に付き添う人
    CONTACT_WHEN_STUCK = "contact_when_stuck"  # 困った時の連絡先


# Registering proxies in マイナポータル means acting as the member's agent there, and an
# agent must be an adult (RULES.md section 6, the same line as ``delegation.ADULT_AGE``).
ADULT_ROLE_KINDS = frozenset({RoleKind.REGISTERS_PROXIES})


@dataclass(frozen=True, slots=True)
class Role:
    """One role as stored, with the holder's name so it can be shown without a second query."""

    id: int
    member_id: int  # the member cared for
    kind: RoleKind
    holder_id: int
    holder_name: str
    version: int


@dataclass(frozen=True, slots=True)
class MemberRoles:
    """The roles of one member, at most one holder per kind."""

    member_id: int
    roles: tuple[Role, ...] = ()

    def holder(self, kind: RoleKind) -> Role | None:
        return next((r for r in self.roles if r.kind is kind), None)

    def in_order(self) -> tuple[Role, ...]:
        order = list(RoleKind)
        return tuple(sorted(self.roles, key=lambda r: order.index(r.kind)))


def validate_role(
    member: Member, kind: RoleKind, holder: Member, today: date
) -> list[ValidationIssue]:
    """Problems with ``holder`` taking role ``kind`` for ``member`` (empty: fine).

    Nobody holds a role for themselves: every role is someone ELSE stepping in (registering
    proxies for yourself is not a proxy, you cannot accompany yourself, and a card at the
    reception desk saying "if stuck, call: yourself" helps no one)."""
    issues: list[ValidationIssue] = []
    if holder.id == member.id:
        issues.append(ValidationIssue("holder", "role_holder_is_member",
                                      {"name": member.display_name}))
    elif kind in ADULT_ROLE_KINDS and holder.age_on(today) < ADULT_AGE:
        issues.append(ValidationIssue("holder", "role_holder_minor",
                                      {"name": holder.display_name, "age": ADULT_AGE}))
    return issues
