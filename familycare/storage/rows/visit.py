from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import visits


class VisitRow(Base):
    """A planned visit with the plan as saved and as last printed (to flag "reprint")."""

    __table__ = visits
    __mapper_args__ = {"version_id_col": visits.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    member_id: Mapped[int]
    facility_id: Mapped[int | None]
    visit_on: Mapped[date]
    plan_json: Mapped[str]
    plan_fingerprint: Mapped[str]
    printed_at: Mapped[datetime | None]
    printed_fingerprint: Mapped[str]
    memo: Mapped[str]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
