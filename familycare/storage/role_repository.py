"""Caregiver roles in and out of the database as domain objects, with the holder's name."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Select, delete, or_, select

from familycare.domain.role import MemberRoles, Role, RoleKind
from familycare.storage.errors import ConcurrentEdit
from familycare.storage.repository import Repository
from familycare.storage.tables import members, roles

if TYPE_CHECKING:

    from familycare.storage.rows import RoleRow

# Core tables, not ORM entities: the Home tab reads every role of 2,000 members at once,
# and plain rows skip the ORM's per-row work (and need no ORM before the first screen).
_ROLES = roles
_HOLDER = members.alias("holder")
_KINDS = {kind.value: kind for kind in RoleKind}


def _with_holder() -> Select[tuple[int, int, str, int, str, int]]:
    return (
        select(_ROLES.c.id, _ROLES.c.member_id, _ROLES.c.kind, _ROLES.c.holder_member_id,
               _HOLDER.c.display_name, _ROLES.c.version)
        .join(_HOLDER, _HOLDER.c.id == _ROLES.c.holder_member_id)
    )


def _role(values: tuple[int, int, str, int, str, int]) -> Role:
    role_id, member_id, kind, holder_id, holder_name, version = values
    return Role(role_id, member_id, _KINDS[kind], holder_id, holder_name, version)


class RoleRepository(Repository):

    def all_by_member(self) -> dict[int, MemberRoles]:
        """Every member's roles in one query (the dashboard's column)."""
        found: dict[int, list[Role]] = {}
        for values in self._session.execute(_with_holder().order_by(_ROLES.c.id)):
            role = _role(values)  # type: ignore[arg-type]
            found.setdefault(role.member_id, []).append(role)
        return {m: MemberRoles(m, tuple(roles)) for m, roles in found.items()}

    def for_member(self, member_id: int) -> MemberRoles:
        rows = self._session.execute(
            _with_holder().where(_ROLES.c.member_id == member_id).order_by(_ROLES.c.id))
        return MemberRoles(member_id, tuple(_role(tuple(v)) for v in rows))

    def holders_for(self, member_ids: Iterable[int], kind: RoleKind) -> dict[int, str]:
        """Member id → name of who holds ``kind`` for them (those with a holder only)."""
        wanted = list(member_ids)
        if not wanted:
            return {}
        rows = self._session.execute(
            select(_ROLES.c.member_id, _HOLDER.c.display_name)
            .join(_HOLDER, _HOLDER.c.id == _ROLES.c.holder_member_id)
            .where(_ROLES.c.kind == kind.value, _ROLES.c.member_id.in_(wanted))
        )
        return {member_id: name for member_id, name in rows}

    def involving(self, member_id: int) -> list[Role]:
        """Roles held for ``member_id`` and roles ``member_id`` holds for others."""
        rows = self._session.execute(
            _with_holder()
            .where(or_(_ROLES.c.member_id == member_id, _ROLES.c.holder_member_id == member_id))
            .order_by(_ROLES.c.id)
        )
        return [_role(tuple(v)) for v in rows]

    def _row(self, member_id: int, kind: RoleKind) -> RoleRow | None:
        from familycare.storage.rows import RoleRow

        return self._orm().scalar(
            select(RoleRow).where(RoleRow.member_id == member_id, RoleRow.kind == kind.value))

    def set(self, member_id: int, kind: RoleKind, holder_id: int,
            expected_version: int | None = None) -> tuple[Role | None, Role]:
        """Give the role to ``holder_id``; returns (the role before, the role now)."""
        from familycare.storage.rows import RoleRow

        row = self._row(member_id, kind)
        before = self._check_version(row, member_id, kind, expected_version)
        if row is None:
            row = RoleRow(member_id=member_id, kind=kind.value, holder_member_id=holder_id)
            self._orm().add(row)
        else:
            row.holder_member_id = holder_id
        self._orm().flush()
        return before, self._get(row.id)

    def clear(self, member_id: int, kind: RoleKind,
              expected_version: int | None = None) -> Role | None:
        """Leave the role to nobody; returns the role removed (None: nobody held it)."""
        row = self._row(member_id, kind)
        before = self._check_version(row, member_id, kind, expected_version)
        if row is not None:
            self._orm().delete(row)
            self._orm().flush()
        return before

    def delete_involving(self, member_id: int) -> int:
        result = self._session.execute(
            delete(roles).where(
                or_(roles.c.member_id == member_id, roles.c.holder_member_id == member_id))
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def _get(self, role_id: int) -> Role:
        values = self._session.execute(_with_holder().where(_ROLES.c.id == role_id)).one()
        return _role(tuple(values))

    def _check_version(self, row: RoleRow | None, member_id: int, kind: RoleKind,
                       expected_version: int | None) -> Role | None:
        """The role as it is; ConcurrentEdit if it is not what the person saw.

        ``expected_version``: None, no check (the command line); 0, they saw nobody in the
        role; otherwise the version of the role they saw."""
        before = self._get(row.id) if row is not None else None
        if expected_version is None:
            return before
        seen_now = row.version if row is not None else 0
        if seen_now != expected_version:
            raise ConcurrentEdit(
                f"role {kind.value} of member {member_id} is at version {seen_now}, the change "
                f"was based on {expected_version}",
                entity="role", id=member_id,
            )
        return before
