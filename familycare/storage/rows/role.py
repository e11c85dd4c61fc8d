"""Caregiver roles (家族の担当): who in the family does what for a member."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import roles


class RoleRow(Base):
    __table__ = roles
    __mapper_args__ = {"version_id_col": roles.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    member_id: Mapped[int]
    kind: Mapped[str]
    holder_member_id: Mapped[int]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
