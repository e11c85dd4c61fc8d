"""Household-level settings as plain string key/values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from familycare.storage.tables import settings

if TYPE_CHECKING:
    from familycare.storage.database import Executor


class SettingsRepository:
    def __init__(self, session: Executor) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        return self._session.scalar(select(settings.c.value).where(settings.c.key == key))

    def all(self) -> dict[str, str]:
        rows = self._session.execute(select(settings.c.key, settings.c.value))
        return {key: value for key, value in rows}

    def set(self, key: str, value: str) -> None:
        """Within a unit of work (an ORM session)."""
        from familycare.storage.rows import SettingRow

        session = self._session
        row = session.scalar(select(SettingRow).where(SettingRow.key == key))
        if row is None:
            session.add(SettingRow(key=key, value=value))  # type: ignore[union-attr]
        else:
            row.value = value
        session.flush()  # type: ignore[union-attr]
