"""Guarded sessions on a shared device (代理操作モード) and their checklist steps."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import checklist_steps, proxy_sessions


class ProxySessionRow(Base):
    """One person's turn at the shared device. At most one not-done session per device: the
    database refuses a second, even from two windows at once."""

    __table__ = proxy_sessions
    __mapper_args__ = {"version_id_col": proxy_sessions.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    member_id: Mapped[int]
    device_id: Mapped[str]
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    state: Mapped[str]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]


class ChecklistStepRow(Base):
    __table__ = checklist_steps
    __mapper_args__ = {"version_id_col": checklist_steps.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    session_id: Mapped[int]
    phase: Mapped[str]
    step_key: Mapped[str]
    done_at: Mapped[datetime | None]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
