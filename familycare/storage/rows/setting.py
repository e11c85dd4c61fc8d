from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import settings


class SettingRow(Base):
    """Household-level key/value settings (user name, language, rule overrides)."""

    __table__ = settings
    __mapper_args__ = {"version_id_col": settings.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
    key: Mapped[str]
    value: Mapped[str]
