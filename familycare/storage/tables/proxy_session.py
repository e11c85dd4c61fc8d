"""Guarded sessions on a shared device (代理操作モード) and their checklist steps."""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    text,
)

from familycare.storage.tables.base import metadata, tracked

# One person's turn at the shared device. At most one not-done session per device: the
# database refuses a second, even from two windows at once.
proxy_sessions = Table(
    "proxy_sessions",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("device_id", String(64), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("ended_at", DateTime(timezone=True), nullable=True),
    Column("state", String(20), nullable=False),  # preflight / active / closing / done
    *tracked(),
    Index(
        "uq_proxy_sessions_one_open_per_device",
        "device_id",
        unique=True,
        sqlite_where=text("state <> 'done'"),
        # PostgreSQL's predicate: tables/postgresql_where.py (not named here, see there).
    ),
)

checklist_steps = Table(
    "checklist_steps",
    metadata,
    Column("session_id", Integer, ForeignKey("proxy_sessions.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("phase", String(10), nullable=False),  # before / after
    Column("step_key", String(40), nullable=False),
    Column("done_at", DateTime(timezone=True), nullable=True),
    *tracked(),
    UniqueConstraint("session_id", "step_key", name="uq_checklist_steps_session_step"),
)
