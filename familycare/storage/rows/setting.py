from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, TrackedFirst


class SettingRow(TrackedFirst, Base):
    """Household-level key/value settings (user name, language, rule overrides)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), unique=True, nullable=False)
    value: Mapped[str] = mapped_column(Text, nullable=False)
