"""Caregiver roles (家族の担当): listing, giving and clearing them, one unit of work each.

Every change writes an audit event on the cared-for member's history. Deleting a member
clears the roles they hold and those held for them (``MemberService.delete_member`` calls
``clear_roles_involving`` inside its own unit of work: one action, one audit event per role).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from familycare.domain.role import MemberRoles, Role, RoleKind, validate_role
from familycare.domain.validation import ValidationFailed
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.storage.database import Database
from familycare.storage.member_repository import MemberRepository
from familycare.storage.role_repository import RoleRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class RoleChange:
    """What one action changed (``before`` and ``after`` None: nobody)."""

    member_id: int
    kind: RoleKind
    before: Role | None
    after: Role | None

    @property
    def changed(self) -> bool:
        old = self.before.holder_id if self.before else None
        new = self.after.holder_id if self.after else None
        return old != new


class RoleService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit

    # -- reading ----------------------------------------------------------------------
    def roles_of(self, member_id: int) -> MemberRoles:
        with self._db.reading() as connection:
            MemberRepository(connection).get(member_id)  # NotFound for an unknown member
            return RoleRepository(connection).for_member(member_id)

    def all_roles(self) -> dict[int, MemberRoles]:
        """Member id → roles, for every member with at least one (one query)."""
        with self._db.reading() as connection:
            return RoleRepository(connection).all_by_member()

    def held_by(self, member_id: int) -> list[Role]:
        """The roles ``member_id`` holds for others (what deleting them leaves empty)."""
        with self._db.reading() as connection:
            return [r for r in RoleRepository(connection).involving(member_id)
                    if r.holder_id == member_id]

    # -- changing ---------------------------------------------------------------------
    def set_role(self, member_id: int, kind: RoleKind, holder_id: int | None,
                 expected_version: int | None = None) -> RoleChange:
        """Give ``kind`` for ``member_id`` to ``holder_id`` (None: nobody).

        ``expected_version``: the version of the role the person saw, 0 if they saw nobody
        in it, None to skip the check (the command line)."""
        if holder_id is None:
            return self.clear_role(member_id, kind, expected_version)
        with self._db.unit_of_work() as session:
            members = MemberRepository(session)
            member = members.get(member_id)
            holder = members.get(holder_id)
            issues = validate_role(member, kind, holder, self._clock.today())
            if issues:
                raise ValidationFailed(issues)
            repo = RoleRepository(session)
            before = repo.for_member(member_id).holder(kind)
            if before is not None and before.holder_id == holder_id and expected_version in (
                None, before.version
            ):
                return RoleChange(member_id, kind, before, before)
            before, after = repo.set(member_id, kind, holder_id, expected_version)
            self._audit.record(
                session, entity="role", action="set", entity_id=after.id, member_id=member_id,
                summary=_summary(kind, before, after),
            )
            return RoleChange(member_id, kind, before, after)

    def clear_role(self, member_id: int, kind: RoleKind,
                   expected_version: int | None = None) -> RoleChange:
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            before = RoleRepository(session).clear(member_id, kind, expected_version)
            if before is not None:
                self._audit.record(
                    session, entity="role", action="clear", entity_id=before.id,
                    member_id=member_id, summary=_summary(kind, before, None),
                )
            return RoleChange(member_id, kind, before, None)


def clear_roles_involving(session: Session, audit: AuditTrail, member_id: int) -> list[Role]:
    """Inside the caller's unit of work: remove the roles held for ``member_id`` and those
    ``member_id`` holds, with an audit event on each cared-for member's history."""
    repo = RoleRepository(session)
    removed = repo.involving(member_id)
    for role in removed:
        audit.record(
            session, entity="role", action="clear", entity_id=role.id,
            member_id=role.member_id, summary=_summary(role.kind, role, None),
        )
    repo.delete_involving(member_id)
    return removed


def _summary(kind: RoleKind, before: Role | None, after: Role | None) -> str:
    """``contact_when_stuck: 山田 健 → 山田 美咲`` (names only, never a secret)."""
    old = before.holder_name if before else "-"
    new = after.holder_name if after else "-"
    return f"{kind.value}: {old} → {new}"
