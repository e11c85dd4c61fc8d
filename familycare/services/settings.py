"""Household settings: the user's name (for the audit log), language, text size."""

from __future__ import annotations

from familycare.services.audit import AuditTrail
from familycare.storage.database import Database
from familycare.storage.settings_repository import SettingsRepository

USER_NAME = "user_name"
LANGUAGE = "language"  # "ja", "en" or "" (follow the system)
TEXT_SCALE = "text_scale"  # percent: "100", "150", "200"
WELCOMED = "welcomed"  # "1" once the first-start questions were shown (ui/first_start.py)

LANGUAGES = ("ja", "en")
TEXT_SCALES = (100, 150, 200)


class SettingsService:
    def __init__(self, db: Database, audit: AuditTrail) -> None:
        self._db = db
        self._audit = audit

    def all(self) -> dict[str, str]:
        with self._db.reading() as connection:
            return SettingsRepository(connection).all()

    def get(self, key: str, default: str = "") -> str:
        with self._db.reading() as connection:
            value = SettingsRepository(connection).get(key)
            return default if value is None else value

    def set(self, key: str, value: str) -> None:
        with self._db.unit_of_work() as session:
            SettingsRepository(session).set(key, value)
            self._audit.record(session, entity="setting", action="set", summary=key)
        if key == USER_NAME:
            self._audit.actor = value

    def language(self) -> str:
        value = self.get(LANGUAGE)
        return value if value in LANGUAGES else ""

    def text_scale(self) -> int:
        try:
            value = int(self.get(TEXT_SCALE, "100"))
        except ValueError:
            return 100
        return value if value in TEXT_SCALES else 100
