"""Texts for validation codes, relationships and storage failures (English sources)."""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT_VALIDATION = "validation"
CONTEXT_RELATIONSHIP = "relationship"
CONTEXT_STORAGE = "storage"

VALIDATION = {
    "name_empty": QT_TRANSLATE_NOOP("validation", "Please enter a name."),
    "name_taken": QT_TRANSLATE_NOOP(
        "validation", "Someone in this family is already called {name}. Use another name."
    ),
    "too_long": QT_TRANSLATE_NOOP("validation", "This is too long (at most {max} characters)."),
    "birth_date_missing": QT_TRANSLATE_NOOP("validation", "Please enter the date of birth."),
    "birth_date_future": QT_TRANSLATE_NOOP(
        "validation", "The date of birth is in the future. Please check it."
    ),
    "birth_date_too_early": QT_TRANSLATE_NOOP(
        "validation", "The date of birth is before 1900. Please check it."
    ),
    "colour_invalid": QT_TRANSLATE_NOOP("validation", "Please choose a colour from the list."),
    "looks_like_my_number": QT_TRANSLATE_NOOP(
        "validation",
        "This looks like a My Number (12 digits). Do not type it here: this field is not "
        "secret. Keep it as a sensitive note instead.",
    ),
    "date_invalid": QT_TRANSLATE_NOOP(
        "validation", "Please enter a date such as 2026-12-01 or R8.12.1."
    ),
    "relationship_invalid": QT_TRANSLATE_NOOP(
        "validation", "Please choose a relationship from the list."
    ),
}

FIELD_NAMES = {
    "display_name": QT_TRANSLATE_NOOP("validation", "Name"),
    "kana": QT_TRANSLATE_NOOP("validation", "Kana reading"),
    "birth_date": QT_TRANSLATE_NOOP("validation", "Date of birth"),
    "relationship": QT_TRANSLATE_NOOP("validation", "Relationship"),
    "colour": QT_TRANSLATE_NOOP("validation", "Colour"),
    "memo": QT_TRANSLATE_NOOP("validation", "Memo"),
    "holder": QT_TRANSLATE_NOOP("validation", "Who holds the role"),
}

RELATIONSHIPS = {
    "self": QT_TRANSLATE_NOOP("relationship", "Me"),
    "parent": QT_TRANSLATE_NOOP("relationship", "Parent"),
    "spouse": QT_TRANSLATE_NOOP("relationship", "Spouse"),
    "child": QT_TRANSLATE_NOOP("relationship", "Child"),
    "grandparent": QT_TRANSLATE_NOOP("relationship", "Grandparent"),
    "other": QT_TRANSLATE_NOOP("relationship", "Other"),
}

STORAGE = {
    "schema_too_new": QT_TRANSLATE_NOOP(
        "storage",
        "This household was saved by a newer version of familycare. It was not changed. "
        "Please install the newer version to open it.",
    ),
    "foreign_database": QT_TRANSLATE_NOOP(
        "storage",
        "This file is not a familycare household. It was not changed. Choose another folder.",
    ),
    "database_corrupt": QT_TRANSLATE_NOOP(
        "storage",
        "The household file is damaged and cannot be read. It was not changed. Restore a "
        "backup or start a new household.",
    ),
    "database_unavailable": QT_TRANSLATE_NOOP(
        "storage",
        "The household could not be opened ({detail}). Check that the folder or server is "
        "reachable and try again.",
    ),
    "concurrent_edit": QT_TRANSLATE_NOOP(
        "storage",
        "Someone else changed this record after you opened it. Your change was not saved; "
        "the latest version is shown.",
    ),
    "not_found": QT_TRANSLATE_NOOP("storage", "That record no longer exists."),
    "database_busy": QT_TRANSLATE_NOOP(
        "storage",
        "The household is busy: another familycare window or command is saving. Nothing was "
        "changed. Wait a moment and try again.",
    ),
    "disk_full": QT_TRANSLATE_NOOP(
        "storage",
        "The disk is full, so this change was not saved. Everything saved before is safe. "
        "Free some space and try again.",
    ),
}
