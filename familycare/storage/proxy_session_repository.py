"""Guarded sessions and their checklist steps in and out of the database.

Reads are Core statements on the tables (a reading connection or a unit of work's session:
the guarded-session banner reads before the ORM is loaded); writes need a unit of work.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select

from familycare.domain.proxy_session import (
    AFTER_STEPS,
    BEFORE_STEPS,
    ProxySession,
    SessionState,
    StepKey,
    phase_of,
)
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.repository import Repository
from familycare.storage.tables import checklist_steps, proxy_sessions

if TYPE_CHECKING:

    from familycare.storage.rows import ProxySessionRow

_KNOWN_STEPS = {k.value for k in StepKey}
_p = proxy_sessions.c
_COLUMNS = (_p.id, _p.member_id, _p.device_id, _p.started_at, _p.ended_at, _p.state, _p.version)


class ProxySessionRepository(Repository):
    def _row(self, session_id: int) -> ProxySessionRow:
        from familycare.storage.rows import ProxySessionRow

        row = self._orm().get(ProxySessionRow, session_id)
        if row is None:
            raise NotFound(f"proxy session {session_id}", entity="proxy_session", id=session_id)
        return row


    def _from_values(self, row: Row[Any] | ProxySessionRow) -> ProxySession:
        steps: dict[StepKey, datetime | None] = {k: None for k in (*BEFORE_STEPS, *AFTER_STEPS)}
        c = checklist_steps.c
        for step_key, done_at in self._session.execute(
            select(c.step_key, c.done_at).where(c.session_id == row.id)
        ):
            if step_key in _KNOWN_STEPS:
                steps[StepKey(step_key)] = done_at
        return ProxySession(row.id, row.member_id, row.device_id, row.started_at, row.ended_at,
                            SessionState(row.state), steps, row.version)

    def get(self, session_id: int) -> ProxySession:
        row = self._session.execute(select(*_COLUMNS).where(_p.id == session_id)).first()
        if row is None:
            raise NotFound(f"proxy session {session_id}", entity="proxy_session", id=session_id)
        return self._from_values(row)

    def pending_for_device(self, device_id: str) -> ProxySession | None:
        row = self._session.execute(
            select(*_COLUMNS)
            .where(_p.device_id == device_id, _p.state != SessionState.DONE.value)
            .order_by(_p.id.desc())
        ).first()
        return self._from_values(row) if row is not None else None

    def recent(self, limit: int = 50) -> list[ProxySession]:
        rows = self._session.execute(select(*_COLUMNS).order_by(_p.id.desc()).limit(limit))
        return [self._from_values(r) for r in rows.all()]

    def add(self, session: ProxySession) -> ProxySession:
        from familycare.storage.rows import ProxySessionRow

        row = ProxySessionRow(member_id=session.member_id, device_id=session.device_id,
                              started_at=session.started_at, ended_at=session.ended_at,
                              state=session.state.value)
        self._orm().add(row)
        self._orm().flush()
        self._save_steps(row.id, session)
        return self._from_values(row)

    def save(self, session: ProxySession) -> ProxySession:
        """Write state, end time and steps; refused if another window changed it meanwhile."""
        from sqlalchemy.orm.attributes import flag_modified

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
        self._orm().flush()
        return self._from_values(row)

    def _save_steps(self, session_id: int, session: ProxySession) -> None:
        from familycare.storage.rows import ChecklistStepRow

        existing = {
            r.step_key: r for r in self._orm().scalars(
                select(ChecklistStepRow).where(ChecklistStepRow.session_id == session_id)
            )
        }
        for key, done_at in session.steps.items():
            row = existing.get(key.value)
            if row is None:
                self._orm().add(ChecklistStepRow(session_id=session_id,
                                                   phase=phase_of(key).value,
                                                   step_key=key.value, done_at=done_at))
            elif row.done_at != done_at:
                row.done_at = done_at
        self._orm().flush()
