"""Who in the family takes a to-do item on (an assignee), kept with the item's stored state.

Used by ``TodoService.assign`` and, when a member is deleted, by ``MemberService`` (the
items they took on become unassigned, each with an audit event) inside the caller's unit of
work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from familycare.domain.todo_state import TodoState
from familycare.services.audit import AuditTrail
from familycare.storage.member_repository import MemberRepository
from familycare.storage.todo_state_repository import TodoStateRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def assign_todo(
    session: Session, audit: AuditTrail, key: str, member_id: int | None
) -> TodoState | None:
    """Give the item ``key`` to ``member_id`` (None: nobody); the stored state after."""
    repo = TodoStateRepository(session)
    before = repo.get(key)
    old = before.assignee_id if before is not None else None
    if old == member_id:
        return before
    members = MemberRepository(session)
    name = members.get(member_id).display_name if member_id is not None else ""
    state = repo.assign(key, member_id)
    if member_id is not None:
        audit.record(session, entity="todo", action="assign", member_id=member_id,
                     summary=f"{key} → {name}")
    else:
        audit.record(session, entity="todo", action="unassign", member_id=old,
                     summary=key)
    return state


def unassign_member(session: Session, audit: AuditTrail, member_id: int) -> list[str]:
    """Every item ``member_id`` took on goes back to nobody; returns their keys."""
    repo = TodoStateRepository(session)
    keys = repo.assigned_to(member_id)
    for key in keys:
        repo.assign(key, None)
        audit.record(session, entity="todo", action="unassign", member_id=member_id,
                     summary=key)
    return keys
