"""Household-level settings as plain string key/values."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.storage.rows import SettingRow


class SettingsRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        return self._session.scalar(select(SettingRow.value).where(SettingRow.key == key))

    def all(self) -> dict[str, str]:
        return {r.key: r.value for r in self._session.scalars(select(SettingRow))}

    def set(self, key: str, value: str) -> None:
        row = self._session.scalar(select(SettingRow).where(SettingRow.key == key))
        if row is None:
            self._session.add(SettingRow(key=key, value=value))
        else:
            row.value = value
        self._session.flush()
