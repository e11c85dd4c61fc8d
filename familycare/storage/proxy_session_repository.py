"""Guarded sessions and their checklist steps in and out of the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from familycare.domain.proxy_session import (
    AFTER_STEPS,
    BEFORE_STEPS,
    ProxySession,
    SessionState,
    StepKey,
    phase_of,
)
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import ChecklistStepRow, ProxySessionRow

_KNOWN_STEPS = {k.value for k in StepKey}


class ProxySessionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, session_id: int) -> ProxySessionRow:
        row = self._session.get(ProxySessionRow, session_id)
        if row is None:
            raise NotFound(f"proxy session {session_id}", entity="proxy_session", id=session_id)
        return row

    def _from_row(self, row: ProxySessionRow) -> ProxySession:
        steps: dict[StepKey, datetime | None] = {k: None for k in (*BEFORE_STEPS, *AFTER_STEPS)}
        for step in self._session.scalars(
            select(ChecklistStepRow).where(ChecklistStepRow.session_id == row.id)
        ):
            if step.step_key in _KNOWN_STEPS:
                steps[StepKey(step.step_key)] = step.done_at
        return ProxySession(row.id, row.member_id, row.device_id, row.started_at, row.ended_at,
                            SessionState(row.state), steps, row.version)

    def get(self, session_id: int) -> ProxySession:
        return self._from_row(self._row(session_id))

    def pending_for_device(self, device_id: str) -> ProxySession | None:
        row = self._session.scalar(
            select(ProxySessionRow)
            .where(ProxySessionRow.device_id == device_id,
                   ProxySessionRow.state != SessionState.DONE.value)
            .order_by(ProxySessionRow.id.desc())
        )
        return self._from_row(row) if row is not None else None

    def recent(self, limit: int = 50) -> list[ProxySession]:
        rows = self._session.scalars(
            select(ProxySessionRow).order_by(ProxySessionRow.id.desc()).limit(limit)
        )
        return [self._from_row(r) for r in rows]

    def add(self, session: ProxySession) -> ProxySession:
        row = ProxySessionRow(member_id=session.member_id, device_id=session.device_id,
                              started_at=session.started_at, ended_at=session.ended_at,
                              state=session.state.value)
        self._session.add(row)
        self._session.flush()
        self._save_steps(row.id, session)
        return self._from_row(row)

    def save(self, session: ProxySession) -> ProxySession:
        """Write state, end time and steps; refused if another window changed it meanwhile."""
        assert session.id is not None
        row = self._row(session.id)
        if row.version != session.version:
            raise ConcurrentEdit(
                f"proxy session {session.id} is at version {row.version}, change was based on "
                f"{session.version}", entity="proxy_session", id=session.id,
            )
        row.state = session.state.value
        row.ended_at = session.ended_at
        self._save_steps(row.id, session)
        # Steps live in their own table: touch the session row so its version moves on.
        flag_modified(row, "state")
        self._session.flush()
        return self._from_row(row)

    def _save_steps(self, session_id: int, session: ProxySession) -> None:
        existing = {
            r.step_key: r for r in self._session.scalars(
                select(ChecklistStepRow).where(ChecklistStepRow.session_id == session_id)
            )
        }
        for key, done_at in session.steps.items():
            row = existing.get(key.value)
            if row is None:
                self._session.add(ChecklistStepRow(session_id=session_id,
                                                   phase=phase_of(key).value,
                                                   step_key=key.value, done_at=done_at))
            elif row.done_at != done_at:
                row.done_at = done_at
        self._session.flush()
