"""Delegations in and out of the database (domain records, never rows). Scopes are stored
as JSON ``{"codes": [...], "text": "..."}``; unknown codes from a newer app are kept as
"other" rather than lost silently."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from familycare.domain.delegation import Delegation, DelegationDraft, DelegationKind, Scope
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import DelegationRow


def encode_scopes(codes: tuple[Scope, ...], free_text: str) -> str:
    return json.dumps({"codes": [c.value for c in codes], "text": free_text}, ensure_ascii=False)


def decode_scopes(stored: str) -> tuple[tuple[Scope, ...], str]:
    try:
        data = json.loads(stored) if stored else {}
    except ValueError:
        return (Scope.OTHER,), stored  # hand-edited text: keep it readable
    if not isinstance(data, dict):
        return (), ""
    known = {s.value for s in Scope}
    raw = [c for c in data.get("codes", []) if isinstance(c, str)]
    codes = {Scope(c) for c in raw if c in known}
    if any(c not in known for c in raw):
        codes.add(Scope.OTHER)
    text = data.get("text", "")
    return tuple(s for s in Scope if s in codes), text if isinstance(text, str) else ""


def delegation_from_row(row: DelegationRow) -> Delegation:
    codes, text = decode_scopes(row.scopes)
    return Delegation(
        id=row.id, principal_member_id=row.principal_member_id,
        agent_member_id=row.agent_member_id, kind=DelegationKind(row.kind), scopes=codes,
        scope_text=text, since=row.since, until=row.until, review_due=row.review_due,
        reviewed_on=row.reviewed_on, memo=row.memo, version=row.version,
    )


class DelegationRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, delegation_id: int) -> DelegationRow:
        row = self._session.get(DelegationRow, delegation_id)
        if row is None:
            raise NotFound(f"delegation {delegation_id}", entity="delegation", id=delegation_id)
        return row

    def get(self, delegation_id: int) -> Delegation:
        return delegation_from_row(self._row(delegation_id))

    def list_all(self) -> list[Delegation]:
        rows = self._session.scalars(select(DelegationRow).order_by(DelegationRow.id))
        return [delegation_from_row(r) for r in rows]

    def involving(self, member_id: int) -> list[Delegation]:
        """Every delegation where the member is principal or agent, oldest first."""
        rows = self._session.scalars(
            select(DelegationRow)
            .where(or_(DelegationRow.principal_member_id == member_id,
                       DelegationRow.agent_member_id == member_id))
            .order_by(DelegationRow.id)
        )
        return [delegation_from_row(r) for r in rows]

    def add(self, draft: DelegationDraft) -> Delegation:
        assert draft.principal_member_id is not None and draft.agent_member_id is not None
        assert draft.since is not None
        row = DelegationRow(principal_member_id=draft.principal_member_id,
                            agent_member_id=draft.agent_member_id, since=draft.since)
        self._copy(draft, row)
        self._session.add(row)
        self._session.flush()
        return delegation_from_row(row)

    def update(self, delegation_id: int, expected_version: int | None,
               draft: DelegationDraft) -> Delegation:
        row = self._checked(delegation_id, expected_version)
        assert draft.principal_member_id is not None and draft.agent_member_id is not None
        assert draft.since is not None
        row.principal_member_id = draft.principal_member_id
        row.agent_member_id = draft.agent_member_id
        row.since = draft.since
        self._copy(draft, row)
        self._session.flush()
        return delegation_from_row(row)

    def set_until(self, delegation_id: int, until: date) -> Delegation:
        row = self._row(delegation_id)
        row.until = until
        self._session.flush()
        return delegation_from_row(row)

    def set_reviewed(self, delegation_id: int, on: date) -> Delegation:
        row = self._row(delegation_id)
        row.reviewed_on = on
        self._session.flush()
        return delegation_from_row(row)

    def delete(self, delegation_id: int) -> None:
        self._session.delete(self._row(delegation_id))
        self._session.flush()

    def _checked(self, delegation_id: int, expected_version: int | None) -> DelegationRow:
        row = self._row(delegation_id)
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEdit(
                f"delegation {delegation_id} is at version {row.version}, edit was based on "
                f"{expected_version}", entity="delegation", id=delegation_id,
            )
        return row

    @staticmethod
    def _copy(draft: DelegationDraft, row: DelegationRow) -> None:
        row.kind = draft.kind.value
        row.scopes = encode_scopes(draft.scopes, draft.scope_text)
        row.until = draft.until
        row.review_due = draft.review_due
        row.memo = draft.memo
