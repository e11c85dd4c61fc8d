"""Texts for delegations (who may act for whom) and the guarded session on a shared device.

Qt-free; ``pyside6-lupdate`` finds the texts through ``QT_TRANSLATE_NOOP("proxies", ...)``.
"""

from __future__ import annotations

from collections.abc import Mapping

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "proxies"

KINDS = {
    "portal_voluntary": QT_TRANSLATE_NOOP("proxies", "Portal proxy (voluntary agent)"),
    "legal_minor": QT_TRANSLATE_NOOP("proxies", "Legal representative of a minor"),
    "guardian": QT_TRANSLATE_NOOP("proxies", "Adult guardian"),
    "letter": QT_TRANSLATE_NOOP("proxies", "Letter of attorney"),
}

SCOPES = {
    "medical_info": QT_TRANSLATE_NOOP("proxies", "Medical information"),
    "insurance_details": QT_TRANSLATE_NOOP("proxies", "Insurance details"),
    "medicine_history": QT_TRANSLATE_NOOP("proxies", "Medicine history"),
    "checkups": QT_TRANSLATE_NOOP("proxies", "Health checkups"),
    "tax": QT_TRANSLATE_NOOP("proxies", "Tax"),
    "pension": QT_TRANSLATE_NOOP("proxies", "Pension"),
    "benefits": QT_TRANSLATE_NOOP("proxies", "Benefits"),
    "other": QT_TRANSLATE_NOOP("proxies", "Other (describe below)"),
}

PURPOSES = {
    "check_insurance": QT_TRANSLATE_NOOP("proxies", "Check the insurance registration"),
    "medical_expense_deduction": QT_TRANSLATE_NOOP("proxies", "Medical expense deduction"),
    "medicine_check": QT_TRANSLATE_NOOP("proxies", "See past medicines"),
    "checkup_results": QT_TRANSLATE_NOOP("proxies", "See checkup results"),
    "high_cost_cap": QT_TRANSLATE_NOOP("proxies", "High-cost care cap"),
    "pension": QT_TRANSLATE_NOOP("proxies", "Pension"),
    "benefits": QT_TRANSLATE_NOOP("proxies", "Benefits"),
}

VALIDATION = {
    "principal_missing": QT_TRANSLATE_NOOP("proxies", "Choose the person who is represented."),
    "agent_missing": QT_TRANSLATE_NOOP("proxies", "Choose the person who acts for them."),
    "agent_is_principal": QT_TRANSLATE_NOOP(
        "proxies", "A person cannot be their own agent. Choose someone else."),
    "since_missing": QT_TRANSLATE_NOOP("proxies", "Enter the day it started."),
    "since_before_birth": QT_TRANSLATE_NOOP(
        "proxies", "The start is before the person was born. Check the date."),
    "until_before_since": QT_TRANSLATE_NOOP("proxies", "The end is before the start."),
    "review_before_since": QT_TRANSLATE_NOOP(
        "proxies", "The review date is before the start."),
    "agent_under_18": QT_TRANSLATE_NOOP(
        "proxies",
        "The agent is {age} on that day. An agent of this kind must be 18 or over "
        "(from {adult_on})."),
    "principal_not_minor": QT_TRANSLATE_NOOP(
        "proxies",
        "A legal representative is only for a child under 18; this person was {age} on "
        "that day. Choose a portal proxy or a letter of attorney instead."),
    "until_after_majority": QT_TRANSLATE_NOOP(
        "proxies",
        "A legal representative's authority ends when the child turns 18 ({adult_on}). "
        "Choose an earlier end, or leave it empty."),
    "principal_face_auth_no_portal": QT_TRANSLATE_NOOP(
        "proxies",
        "This person has a face-authentication card, which cannot log in to マイナポータル, so a "
        "new portal proxy cannot be registered for them there. Use a letter of attorney, or "
        "switch to a standard card at the municipal office first."),
    "agent_face_auth_no_portal": QT_TRANSLATE_NOOP(
        "proxies",
        "The agent has a face-authentication card, which cannot log in to マイナポータル. The "
        "agent needs a standard card to be registered there."),
    "other_scope_needs_text": QT_TRANSLATE_NOOP(
        "proxies", "You chose “Other”: write in a few words what it covers."),
    "too_long": QT_TRANSLATE_NOOP("proxies", "Too long (at most {max} characters)."),
}

WARNINGS = {
    "registration_changes_at_15": QT_TRANSLATE_NOOP(
        "proxies",
        "Turns 15 on {birthday}: from then on the parent can no longer register proxies "
        "alone; the child takes part."),
    "legal_minor_ends_at_18": QT_TRANSLATE_NOOP(
        "proxies",
        "Turns 18 on {birthday}: the legal representative's authority ends that day. If help "
        "is still needed, the child registers a portal proxy."),
    "legal_minor_ended": QT_TRANSLATE_NOOP(
        "proxies", "Ended on {birthday} when the child turned 18."),
    "ends_soon": QT_TRANSLATE_NOOP("proxies", "Ends on {until}."),
    "review_due": QT_TRANSLATE_NOOP("proxies", "Review due on {review_due}."),
    "principal_face_auth": QT_TRANSLATE_NOOP(
        "proxies",
        "Face-authentication card: the portal cannot be used with it, and no new portal proxy "
        "can be registered."),
}

CARD_EVENTS = {
    "lost": QT_TRANSLATE_NOOP("proxies", "{name}'s card was lost on {on}."),
    "suspended": QT_TRANSLATE_NOOP("proxies", "{name}'s card was suspended on {on}."),
    "reissued": QT_TRANSLATE_NOOP("proxies", "{name}'s card was reissued on {on}."),
}
REVIEW_HINT = QT_TRANSLATE_NOOP(
    "proxies",
    "Delegations stay registered after a card is lost, suspended or reissued. Check in "
    "マイナポータル that this one is still right, then mark it reviewed.")

STEPS = {
    "card_owner_checked": QT_TRANSLATE_NOOP(
        "proxies", "The card in hand is {name}'s own: check the name printed on it."),
    "pin_attempts_checked": QT_TRANSLATE_NOOP(
        "proxies", "{name}'s PIN (user certificate) still has attempts left."),
    "previous_person_logged_out": QT_TRANSLATE_NOOP(
        "proxies", "The previous person is logged out of マイナポータル and their card removed."),
    "logged_out": QT_TRANSLATE_NOOP("proxies", "Logged out of マイナポータル."),
    "card_removed": QT_TRANSLATE_NOOP(
        "proxies", "{name}'s card is out of the reader (or away from the phone)."),
    "browser_tab_closed": QT_TRANSLATE_NOOP("proxies", "The browser tab or app is closed."),
    "screen_cleared": QT_TRANSLATE_NOOP(
        "proxies", "Nothing of {name}'s is left on screen, printed or downloaded in view."),
}

REFUSALS = {
    "other_session_pending": QT_TRANSLATE_NOOP(
        "proxies",
        "{name}'s session on this device is not finished yet. Log {name} out, remove the "
        "card and finish that session first."),
    "no_card": QT_TRANSLATE_NOOP(
        "proxies", "{name} has no issued card recorded, so there is nothing to log in with."),
    "card_not_in_hand": QT_TRANSLATE_NOOP(
        "proxies",
        "{name}'s card is recorded as lost, suspended or being reissued. It cannot be used "
        "until it is back in hand."),
    "face_auth_no_portal": QT_TRANSLATE_NOOP(
        "proxies",
        "{name} has a face-authentication card. It cannot log in to マイナポータル, so there is "
        "no session to start."),
    "pin_locked": QT_TRANSLATE_NOOP(
        "proxies",
        "{name}'s PIN (user certificate) is locked after {failures} wrong entries. Do not try "
        "again: it must be reset at the municipal office (or at a convenience store with the "
        "JPKI app, if the signing password works)."),
    "pin_last_attempt_not_acknowledged": QT_TRANSLATE_NOOP(
        "proxies",
        "Only one attempt is left. Tick “I understand” before you go on."),
    "wrong_state": QT_TRANSLATE_NOOP(
        "proxies", "This session has moved on already (another window?). Look at it again."),
    "wrong_phase": QT_TRANSLATE_NOOP(
        "proxies", "This step belongs to the other checklist."),
    "steps_missing": QT_TRANSLATE_NOOP(
        "proxies", "Some steps are not ticked yet. Please check each one."),
}

PREFLIGHT_WARNINGS = {
    "pin_last_attempt": QT_TRANSLATE_NOOP(
        "proxies",
        "Only ONE attempt is left on {name}'s PIN. One more wrong entry locks it and means a "
        "trip to the municipal office. If you are not sure of the PIN, do not try it."),
    "pin_some_failed": QT_TRANSLATE_NOOP(
        "proxies",
        "{name}'s PIN was entered wrongly {failures} time(s) before: {remaining} attempts left. "
        "Failures count across days."),
}

PIN_EVENTS = {
    "pin_failed": QT_TRANSLATE_NOOP(
        "proxies", "Wrong PIN recorded for {name}: {remaining} attempts left."),
    "pin_last_attempt": QT_TRANSLATE_NOOP(
        "proxies",
        "Only one attempt left for {name}. Stop here unless you are sure of the PIN."),
    "pin_now_locked": QT_TRANSLATE_NOOP(
        "proxies",
        "{name}'s PIN is now locked. Do not try again: it must be reset at the municipal "
        "office."),
    "pin_accepted": QT_TRANSLATE_NOOP(
        "proxies", "PIN accepted for {name}: the count of wrong entries is back to 0."),
}

GENERIC = QT_TRANSLATE_NOOP("proxies", "That did not work. Nothing was changed.")


def _text(catalog: Mapping[str, str], code: str, params: Mapping[str, object] | None) -> str:
    from familycare.i18n.text import translate_code

    source = catalog.get(code)
    return translate_code(CONTEXT, source if source is not None else GENERIC, params)


def kind_text(code: str) -> str:
    return _text(KINDS, code, None)


def scope_text(code: str) -> str:
    return _text(SCOPES, code, None)


def purpose_text(code: str) -> str:
    return _text(PURPOSES, code, None)


def issue_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """A refused delegation field; falls back to the shared validation texts."""
    if code in VALIDATION:
        return _text(VALIDATION, code, params)
    from familycare.i18n.messages import validation_text

    return validation_text(code, params)


def warning_text(code: str, params: Mapping[str, object] | None = None) -> str:
    return _text(WARNINGS, code, params)


def card_event_text(code: str, params: Mapping[str, object] | None = None) -> str:
    return _text(CARD_EVENTS, code, params)


def step_text(code: str, params: Mapping[str, object] | None = None) -> str:
    return _text(STEPS, code, params)


def refusal_text(code: str, params: Mapping[str, object] | None = None) -> str:
    return _text(REFUSALS, code, params)


def preflight_warning_text(code: str, params: Mapping[str, object] | None = None) -> str:
    return _text(PREFLIGHT_WARNINGS, code, params)


def pin_event_text(code: str, params: Mapping[str, object] | None = None) -> str:
    return _text(PIN_EVENTS, code, params)
