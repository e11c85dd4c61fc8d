from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import coverages


class CoverageRow(Base):
    """One period of health insurance. Periods of one member never overlap."""

    __table__ = coverages
    __mapper_args__ = {"version_id_col": coverages.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    member_id: Mapped[int]
    kind: Mapped[str]
    insurer_name: Mapped[str]
    since: Mapped[date | None]
    until: Mapped[date | None]
    confirmed: Mapped[bool]
    is_dependent: Mapped[bool]
    holder_member_id: Mapped[int | None]
    memo: Mapped[str]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
