"""Adding, editing, listing and deleting family members: one unit of work per action."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from familycare.domain.member import Member, MemberDraft, validate_member
from familycare.domain.palette import next_free_colour
from familycare.domain.role import RoleKind
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.services.roles import clear_roles_involving
from familycare.services.todo_assignments import unassign_member
from familycare.storage.database import Database
from familycare.storage.dependents import count_member_dependents
from familycare.storage.errors import NotFound
from familycare.storage.member_repository import MemberRepository
from familycare.storage.role_repository import RoleRepository
from familycare.storage.todo_state_repository import TodoStateRepository

if TYPE_CHECKING:
    from familycare.services.notes import NoteService


@dataclass(frozen=True)
class DeletionImpact:
    member: Member
    dependents: dict[str, int]  # table name -> rows removed with the member
    # Roles they hold for others, with the name of whom they help: left to nobody.
    roles_held: tuple[tuple[RoleKind, str], ...] = ()
    todos_assigned: int = 0  # to-do items they took on: left to nobody


class MemberService:
    def __init__(
        self, db: Database, clock: Clock, audit: AuditTrail, guard: PlainTextGuard,
        notes: NoteService | None = None,
    ) -> None:
        self._db = db
        self._notes = notes
        self._clock = clock
        self._audit = audit
        self._guard = guard

    def list_members(self) -> list[Member]:
        with self._db.unit_of_work() as session:
            return MemberRepository(session).list_all()

    def get(self, member_id: int) -> Member:
        with self._db.unit_of_work() as session:
            return MemberRepository(session).get(member_id)

    def find_by_name(self, name: str) -> Member:
        """The member called ``name`` (exact, then case- and space-insensitive)."""
        with self._db.unit_of_work() as session:
            repo = MemberRepository(session)
            found = repo.find_by_name(name)
            if found is None:
                wanted = " ".join(name.split()).casefold()
                matches = [m for m in repo.list_all() if m.display_name.casefold() == wanted]
                found = matches[0] if len(matches) == 1 else None
            if found is None:
                raise NotFound(f"no member named {name!r}", entity="member", name=name)
            return found

    def _check(self, draft: MemberDraft, names: frozenset[str]) -> MemberDraft:
        draft = draft.normalised()
        issues = validate_member(draft, self._clock.today(), names)
        issues += self._guard.check_fields(
            {"display_name": draft.display_name, "kana": draft.kana, "memo": draft.memo}
        )
        if draft.colour and not _is_hex_colour(draft.colour):
            issues.append(ValidationIssue("colour", "colour_invalid"))
        if issues:
            raise ValidationFailed(issues)
        return draft

    def add_member(self, draft: MemberDraft) -> Member:
        with self._db.unit_of_work() as session:
            repo = MemberRepository(session)
            draft = self._check(draft, repo.names())
            if not draft.colour:
                draft = replace(draft, colour=next_free_colour(repo.colours()))
            member = repo.add(draft)
            self._audit.record(
                session, entity="member", action="add", entity_id=member.id,
                member_id=member.id, summary=member.display_name,
            )
            return member

    def update_member(self, member_id: int, expected_version: int, draft: MemberDraft) -> Member:
        with self._db.unit_of_work() as session:
            repo = MemberRepository(session)
            before = repo.get(member_id)
            draft = self._check(draft, repo.names(excluding_id=member_id))
            if not draft.colour:
                draft = replace(draft, colour=before.colour)
            member = repo.update(member_id, expected_version, draft)
            changed = _changed_fields(before, member)
            self._audit.record(
                session, entity="member", action="edit", entity_id=member_id,
                member_id=member_id, summary=", ".join(changed),
            )
            return member

    def deletion_impact(self, member_id: int) -> DeletionImpact:
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            repo = MemberRepository(session)
            held = tuple((r.kind, repo.get(r.member_id).display_name)
                         for r in RoleRepository(session).involving(member_id)
                         if r.holder_id == member_id)
            assigned = len(TodoStateRepository(session).assigned_to(member_id))
            return DeletionImpact(member, count_member_dependents(session, member_id), held,
                                  assigned)

    def delete_member(self, member_id: int) -> Member:
        if self._notes is not None:
            # Keyring entries first: a locked keyring stops the deletion, leaving no orphan.
            self._notes.delete_member_notes(member_id)
        with self._db.unit_of_work() as session:
            repo = MemberRepository(session)
            member = repo.get(member_id)
            # Roles and to-do items point at other members too: clear them first, each with
            # its own audit event, instead of leaving it to the database's cascades.
            clear_roles_involving(session, self._audit, member_id)
            unassign_member(session, self._audit, member_id)
            repo.delete(member_id)
            self._audit.record(
                session, entity="member", action="delete", entity_id=member_id,
                member_id=member_id, summary=member.display_name,
            )
            return member

    def today(self) -> date:
        return self._clock.today()


def _is_hex_colour(value: str) -> bool:
    return len(value) == 7 and value[0] == "#" and all(
        c in "0123456789abcdefABCDEF" for c in value[1:]
    )


def _changed_fields(before: Member, after: Member) -> list[str]:
    fields = ("display_name", "kana", "birth_date", "relationship", "colour", "memo")
    return [f for f in fields if getattr(before, f) != getattr(after, f)]
