"""ORM rows (``*Row``), mapped onto the tables of ``storage.tables``.

Importing this package imports SQLAlchemy's ORM and maps every table; the first screen reads
without it (storage/fact_rows.py).
"""

from __future__ import annotations

from familycare.storage.rows.audit import AuditEventRow
from familycare.storage.rows.base import Base
from familycare.storage.rows.card import CardRow, LostCardCaseRow, PinCounterRow
from familycare.storage.rows.coverage import CoverageRow
from familycare.storage.rows.delegation import DelegationRow
from familycare.storage.rows.document import DocumentRow
from familycare.storage.rows.facility import FacilityRow
from familycare.storage.rows.member import MemberRow
from familycare.storage.rows.note_ref import NoteRefRow
from familycare.storage.rows.proxy_session import ChecklistStepRow, ProxySessionRow
from familycare.storage.rows.role import RoleRow
from familycare.storage.rows.setting import SettingRow
from familycare.storage.rows.todo_state import TodoStateRow
from familycare.storage.rows.visit import VisitRow

__all__ = [
    "AuditEventRow",
    "Base",
    "CardRow",
    "ChecklistStepRow",
    "CoverageRow",
    "DelegationRow",
    "DocumentRow",
    "FacilityRow",
    "LostCardCaseRow",
    "MemberRow",
    "NoteRefRow",
    "PinCounterRow",
    "ProxySessionRow",
    "RoleRow",
    "SettingRow",
    "TodoStateRow",
    "VisitRow",
]
