from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import todo_states


class TodoStateRow(Base):
    """Done / snoozed state and assignee of a derived to-do item (the items themselves are not
    stored)."""

    __table__ = todo_states
    __mapper_args__ = {"version_id_col": todo_states.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    todo_key: Mapped[str]
    done_at: Mapped[datetime | None]
    snoozed_until: Mapped[date | None]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
    assignee_member_id: Mapped[int | None]
