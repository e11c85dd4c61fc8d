"""The household's tables (Core), in one ``metadata``; the ORM rows map onto them."""

from __future__ import annotations

from familycare.storage.tables.audit import audit_events
from familycare.storage.tables.base import metadata
from familycare.storage.tables.card import cards, lost_card_cases, pin_counters
from familycare.storage.tables.coverage import coverages
from familycare.storage.tables.delegation import delegations
from familycare.storage.tables.document import documents
from familycare.storage.tables.facility import facilities
from familycare.storage.tables.member import members
from familycare.storage.tables.note_ref import note_refs
from familycare.storage.tables.proxy_session import checklist_steps, proxy_sessions
from familycare.storage.tables.role import roles
from familycare.storage.tables.setting import settings
from familycare.storage.tables.todo_state import todo_states
from familycare.storage.tables.visit import visits

__all__ = [
    "audit_events",
    "cards",
    "checklist_steps",
    "coverages",
    "delegations",
    "documents",
    "facilities",
    "lost_card_cases",
    "members",
    "metadata",
    "note_refs",
    "pin_counters",
    "proxy_sessions",
    "roles",
    "settings",
    "todo_states",
    "visits",
]
