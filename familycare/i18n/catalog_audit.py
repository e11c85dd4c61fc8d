"""Words for the audit log's entity and action codes (context "audit"), shown in a member's
History tab. Unknown codes are shown as they are, so a new service never hides its events."""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "audit"

ENTITIES = {
    "member": QT_TRANSLATE_NOOP("audit", "Member"),
    "card": QT_TRANSLATE_NOOP("audit", "Card"),
    "pin_counter": QT_TRANSLATE_NOOP("audit", "PIN"),
    "coverage": QT_TRANSLATE_NOOP("audit", "Insurance"),
    "document": QT_TRANSLATE_NOOP("audit", "Document"),
    "lost_card_case": QT_TRANSLATE_NOOP("audit", "Lost card"),
    "note": QT_TRANSLATE_NOOP("audit", "Note"),
    "visit": QT_TRANSLATE_NOOP("audit", "Visit"),
    "delegation": QT_TRANSLATE_NOOP("audit", "Proxy permission"),
    "proxy_session": QT_TRANSLATE_NOOP("audit", "Acting for the member"),
    "facility": QT_TRANSLATE_NOOP("audit", "Clinic or pharmacy"),
    "setting": QT_TRANSLATE_NOOP("audit", "Setting"),
    "todo": QT_TRANSLATE_NOOP("audit", "To-do"),
    "role": QT_TRANSLATE_NOOP("audit", "Family role"),
}

ACTIONS = {
    "add": QT_TRANSLATE_NOOP("audit", "added"),
    "edit": QT_TRANSLATE_NOOP("audit", "changed"),
    "delete": QT_TRANSLATE_NOOP("audit", "deleted"),
    "reissue": QT_TRANSLATE_NOOP("audit", "reissued"),
    "end": QT_TRANSLATE_NOOP("audit", "ended"),
    "state": QT_TRANSLATE_NOOP("audit", "status changed"),
    "failure": QT_TRANSLATE_NOOP("audit", "wrong entry recorded"),
    "success": QT_TRANSLATE_NOOP("audit", "correct entry recorded"),
    "reset": QT_TRANSLATE_NOOP("audit", "reset"),
    "signing_cert_revoked": QT_TRANSLATE_NOOP(
        "audit", "signing certificate revoked by an address or name change"
    ),
    "move_home": QT_TRANSLATE_NOOP("audit", "moved home"),
    "job_change": QT_TRANSLATE_NOOP("audit", "changed job"),
    "retirement": QT_TRANSLATE_NOOP("audit", "retired"),
    "become_dependent": QT_TRANSLATE_NOOP("audit", "became a dependent"),
    "leave_dependent": QT_TRANSLATE_NOOP("audit", "no longer a dependent"),
    "confirm_late_elderly": QT_TRANSLATE_NOOP("audit", "late-elderly insurance confirmed"),
    "open": QT_TRANSLATE_NOOP("audit", "reported lost"),
    "step": QT_TRANSLATE_NOOP("audit", "step done"),
    "undo_step": QT_TRANSLATE_NOOP("audit", "step undone"),
    "found": QT_TRANSLATE_NOOP("audit", "found again"),
    "replan": QT_TRANSLATE_NOOP("audit", "plan updated"),
    "print": QT_TRANSLATE_NOOP("audit", "visit card printed"),
    "reviewed": QT_TRANSLATE_NOOP("audit", "reviewed"),
    "set": QT_TRANSLATE_NOOP("audit", "set"),
    "done": QT_TRANSLATE_NOOP("audit", "done"),
    "snooze": QT_TRANSLATE_NOOP("audit", "postponed"),
    "undo": QT_TRANSLATE_NOOP("audit", "undone"),
    "started": QT_TRANSLATE_NOOP("audit", "started"),
    "step_done": QT_TRANSLATE_NOOP("audit", "step done"),
    "step_undone": QT_TRANSLATE_NOOP("audit", "step undone"),
    "activated": QT_TRANSLATE_NOOP("audit", "card activated"),
    "pin_failed": QT_TRANSLATE_NOOP("audit", "wrong PIN entered"),
    "pin_accepted": QT_TRANSLATE_NOOP("audit", "PIN accepted"),
    "pin_now_locked": QT_TRANSLATE_NOOP("audit", "PIN now locked"),
    "pin_last_attempt": QT_TRANSLATE_NOOP("audit", "one PIN attempt left"),
    "closing": QT_TRANSLATE_NOOP("audit", "closing"),
    "ended": QT_TRANSLATE_NOOP("audit", "ended"),
    "cancelled": QT_TRANSLATE_NOOP("audit", "cancelled"),
    "clear": QT_TRANSLATE_NOOP("audit", "left to nobody"),
    "assign": QT_TRANSLATE_NOOP("audit", "assigned"),
    "unassign": QT_TRANSLATE_NOOP("audit", "no longer assigned"),
}


def entity_source(code: str) -> str | None:
    return ENTITIES.get(code)


def action_source(code: str) -> str | None:
    return ACTIONS.get(code)
