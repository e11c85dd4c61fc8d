"""Household-level settings as plain string key/values."""

from __future__ import annotations

from sqlalchemy import select

from familycare.storage.repository import Repository
from familycare.storage.tables import settings


class SettingsRepository(Repository):
    def get(self, key: str) -> str | None:
        return self._session.scalar(select(settings.c.value).where(settings.c.key == key))

    def all(self) -> dict[str, str]:
        rows = self._session.execute(select(settings.c.key, settings.c.value))
        return {key: value for key, value in rows}

    def set(self, key: str, value: str) -> None:
        """Within a unit of work (an ORM session)."""
        from familycare.storage.rows import SettingRow

        session = self._orm()
        row = session.scalar(select(SettingRow).where(SettingRow.key == key))
        if row is None:
            session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        session.flush()
