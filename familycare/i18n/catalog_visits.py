"""Texts for visit cards and the Visits tab (English sources, context "visits").

Qt-free. Route, authentication, bring and warning texts come from ``catalog_plan``; this
catalog adds the one-sentence route, the English glosses of the reception phrases, the
high-cost care cap notes and the card's headings.
"""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "visits"

# The route in one sentence, keyed "route" or "route/auth".
ROUTE_SENTENCES = {
    "mynacard/face": QT_TRANSLATE_NOOP(
        "visits", "Put the My Number Card on the card reader and look at the camera."
    ),
    "mynacard/pin": QT_TRANSLATE_NOOP(
        "visits", "Put the My Number Card on the card reader and enter the 4-digit PIN."
    ),
    "mynacard": QT_TRANSLATE_NOOP("visits", "Put the My Number Card on the card reader."),
    "card_with_notice": QT_TRANSLATE_NOOP(
        "visits", "Hand the My Number Card to reception together with the qualification notice."
    ),
    "qualification_certificate": QT_TRANSLATE_NOOP(
        "visits", "Hand the qualification certificate to reception."
    ),
    "self_declaration": QT_TRANSLATE_NOOP(
        "visits",
        "Tell reception there is no valid proof of insurance and fill in the "
        "self-declaration form.",
    ),
}

# English meaning of each phrase said at reception (the phrase itself stays Japanese).
PHRASE_GLOSSES = {
    "insurer_just_changed": QT_TRANSLATE_NOOP("visits", "(My insurance has just changed.)"),
    "ask_other_way": QT_TRANSLATE_NOOP("visits", "(Can you check my eligibility another way?)"),
}

COST_CAP = {
    "consent_at_reader": QT_TRANSLATE_NOOP(
        "visits",
        "High-cost care cap: agree to share it on the card reader screen; no cap "
        "certificate is needed.",
    ),
    "on_qualification_certificate": QT_TRANSLATE_NOOP(
        "visits",
        "High-cost care cap: the cap class can be printed on the qualification certificate "
        "(ask the insurer); show it.",
    ),
    "not_at_counter": QT_TRANSLATE_NOOP(
        "visits",
        "High-cost care cap: it cannot be applied automatically here. Keep the receipt and "
        "claim the amount above the cap from the insurer.",
    ),
}

FACILITY_KINDS = {
    "clinic": QT_TRANSLATE_NOOP("visits", "clinic"),
    "hospital": QT_TRANSLATE_NOOP("visits", "hospital"),
    "pharmacy": QT_TRANSLATE_NOOP("visits", "pharmacy"),
    "dental": QT_TRANSLATE_NOOP("visits", "dental clinic"),
}

CARD = {
    "title": QT_TRANSLATE_NOOP("visits", "Visit card"),
    "how": QT_TRANSLATE_NOOP("visits", "At reception"),
    "bring": QT_TRANSLATE_NOOP("visits", "Bring"),
    "say": QT_TRANSLATE_NOOP("visits", "If the reader fails, show this:"),
    "fallbacks": QT_TRANSLATE_NOOP("visits", "Then, in this order"),
    "warnings": QT_TRANSLATE_NOOP("visits", "Take care"),
    "do_not_try_pin": QT_TRANSLATE_NOOP(
        "visits",
        "DO NOT enter the PIN: one more wrong try locks it. Use face recognition, or hand the "
        "card to staff.",
    ),
    "pin_is_locked": QT_TRANSLATE_NOOP(
        "visits",
        "DO NOT enter the PIN: it is locked. Use face recognition, or hand the card to staff.",
    ),
    "lost": QT_TRANSLATE_NOOP(
        "visits", "Card lost or stolen? Call {phone} (free, 24 hours) to stop it."
    ),
    "lost_alt": QT_TRANSLATE_NOOP("visits", "Or {phone}."),
    "contact": QT_TRANSLATE_NOOP("visits", "Family contact: {name}"),
    "contact_phone": QT_TRANSLATE_NOOP("visits", "Family contact: {name}, {phone}"),
    "stuck_contact": QT_TRANSLATE_NOOP("visits", "If you are stuck, call: {name}"),
    "stuck_contact_phone": QT_TRANSLATE_NOOP("visits", "If you are stuck, call: {name}, {phone}"),
    "no_facility": QT_TRANSLATE_NOOP("visits", "Clinic or pharmacy not chosen"),
    "footer": QT_TRANSLATE_NOOP("visits", "Rules {version} · made {made}"),
}


def route_sentence(route: str, auth: str | None) -> str:
    """The route in one plain sentence (English source)."""
    key = f"{route}/{auth}" if auth else route
    return ROUTE_SENTENCES.get(key, ROUTE_SENTENCES[route])


def phrase_gloss(code: str) -> str:
    return PHRASE_GLOSSES[code]


def cost_cap_text(code: str) -> str:
    return COST_CAP[code]


def facility_kind_text(code: str) -> str | None:
    return FACILITY_KINDS.get(code)


def card_text(key: str) -> str:
    return CARD[key]


VALIDATION = {
    "visit_in_past": QT_TRANSLATE_NOOP(
        "visits", "The visit date {date} is in the past. Choose today or a later day."
    ),
}

CLI = {
    "no_member": QT_TRANSLATE_NOOP(
        "visits", "No family member is called {name}. See 'familycare member list'."
    ),
    "no_facility": QT_TRANSLATE_NOOP(
        "visits", "No clinic or pharmacy is called {name}. Check the name in the Visits tab."
    ),
    "no_folder": QT_TRANSLATE_NOOP("visits", "The folder {folder} does not exist."),
    "not_pdf": QT_TRANSLATE_NOOP("visits", "The output file must end in .pdf ({path})."),
    "cannot_write": QT_TRANSLATE_NOOP("visits", "Cannot write {path}: {reason}"),
    "written": QT_TRANSLATE_NOOP("visits", "Visit card for {name} on {date} written to {path}"),
}


def validation_text(code: str) -> str:
    return VALIDATION[code]


def cli_text(key: str) -> str:
    return CLI[key]
