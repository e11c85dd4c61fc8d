"""Guarded sessions on a shared device (代理操作モード) and their checklist steps."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class ProxySessionRow(Tracked, Base):
    """One person's turn at the shared device. At most one not-done session per device: the
    database refuses a second, even from two windows at once."""

    __tablename__ = "proxy_sessions"
    __table_args__ = (
        Index(
            "uq_proxy_sessions_one_open_per_device",
            "device_id",
            unique=True,
            sqlite_where=text("state <> 'done'"),
            # PostgreSQL's predicate: rows/postgresql_where.py (not named here, see there).
        ),
    )

    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    device_id: Mapped[str] = mapped_column(String(64), nullable=False)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    state: Mapped[str] = mapped_column(String(20), nullable=False)  # preflight/active/closing/done


class ChecklistStepRow(Tracked, Base):
    __tablename__ = "checklist_steps"
    __table_args__ = (
        UniqueConstraint("session_id", "step_key", name="uq_checklist_steps_session_step"),
    )

    session_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("proxy_sessions.id", ondelete="CASCADE"), nullable=False, index=True
    )
    phase: Mapped[str] = mapped_column(String(10), nullable=False)  # before/after
    step_key: Mapped[str] = mapped_column(String(40), nullable=False)
    done_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
