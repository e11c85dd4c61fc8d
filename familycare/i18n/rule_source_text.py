"""A rule's source (and its note) in the UI language.

The rules data carries every source twice, ``source`` in English and ``source_ja`` in
Japanese (resources/rules/rules.toml says why they live there and not in this catalog). Which
of the two a screen shows is decided like a date's form (``date_text``): by the installed
translation of one marked format, so the rules dialog, the plan's basis lines and the CLI all
follow the UI language without being told it, and the English UI keeps the English text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from familycare.i18n.noop import QT_TRANSLATE_NOOP
from familycare.i18n.text import translate_code

if TYPE_CHECKING:
    from familycare.domain.rules import RuleEntry

# The Japanese translation is "{japanese}": the Japanese UI shows the Japanese text.
IN_UI_LANGUAGE = QT_TRANSLATE_NOOP("rules", "{english}")


def in_ui_language(english: str, japanese: str) -> str:
    """``japanese`` in the Japanese UI, ``english`` in the English UI."""
    return translate_code("rules", IN_UI_LANGUAGE, {"english": english, "japanese": japanese})


def source_text(entry: RuleEntry) -> str:
    return in_ui_language(entry.source, entry.source_ja)


def note_text(entry: RuleEntry) -> str:
    return in_ui_language(entry.note, entry.note_ja) if entry.note else ""
