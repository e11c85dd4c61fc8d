"""ORM rows (``*Row``). Importing this package registers every table on ``Base.metadata``."""

from __future__ import annotations

from familycare.storage.rows.audit import AuditEventRow
from familycare.storage.rows.base import Base
from familycare.storage.rows.member import MemberRow
from familycare.storage.rows.setting import SettingRow

__all__ = ["AuditEventRow", "Base", "MemberRow", "SettingRow"]
