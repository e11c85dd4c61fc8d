"""Texts for caregiver roles (家族の担当): the role names, the short labels the Home tab
shows per member, and the validation codes of ``domain.role``.

Qt-free; ``pyside6-lupdate`` finds the texts through ``QT_TRANSLATE_NOOP("roles", ...)``.
"""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "roles"

# What the role is, as a label in front of the holder's name (member detail, CLI).
KINDS = {
    "registers_proxies": QT_TRANSLATE_NOOP("roles", "Registers proxies in Mynaportal"),
    "accompanies_visits": QT_TRANSLATE_NOOP("roles", "Goes along on visit days"),
    "contact_when_stuck": QT_TRANSLATE_NOOP("roles", "Contact when stuck"),
}

# What each role means, under its chooser.
HINTS = {
    "registers_proxies": QT_TRANSLATE_NOOP(
        "roles",
        "Sets up and reviews who may act for them in マイナポータル (Mynaportal, the "
        "government's online service). Must be 18 or over.",
    ),
    "accompanies_visits": QT_TRANSLATE_NOOP(
        "roles", "Goes with them to the clinic or pharmacy and helps at reception."
    ),
    "contact_when_stuck": QT_TRANSLATE_NOOP(
        "roles", "Printed on the visit card: the person to call when the card does not work."
    ),
}

# Short labels for the Home tab: 付き添い: 健 / 連絡先: 健.
SHORT = {
    "registers_proxies": QT_TRANSLATE_NOOP("roles", "Proxies: {name}"),
    "accompanies_visits": QT_TRANSLATE_NOOP("roles", "Goes along: {name}"),
    "contact_when_stuck": QT_TRANSLATE_NOOP("roles", "Contact: {name}"),
}

VALIDATION = {
    "role_holder_is_member": QT_TRANSLATE_NOOP(
        "roles", "Choose someone other than {name}: a role is someone else helping them."
    ),
    "role_holder_minor": QT_TRANSLATE_NOOP(
        "roles", "{name} is under {age}. Registering proxies needs an adult; choose someone else."
    ),
}


def short_name(display_name: str) -> str:
    """The given name of 「山田 健」 (健), which is how a family says it; a one-word name as is."""
    parts = display_name.split()
    return parts[-1] if len(parts) > 1 else display_name
