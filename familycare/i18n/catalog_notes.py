"""Texts for sensitive notes, keyring problems, backups, restores and JSON import/export."""

from __future__ import annotations

from collections.abc import Mapping

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "notes"

NOTE_VALIDATION = {
    "title_empty": QT_TRANSLATE_NOOP("notes", "Please enter a title."),
    "title_taken": QT_TRANSLATE_NOOP(
        "notes", "This person already has a note called {title}. Use another title."
    ),
    "too_long": QT_TRANSLATE_NOOP("notes", "The title is too long (at most {max} characters)."),
    "body_empty": QT_TRANSLATE_NOOP("notes", "Please write the note."),
    "body_too_long": QT_TRANSLATE_NOOP(
        "notes",
        "The note is too long ({length} characters). The keyring holds at most {max} "
        "characters per note.",
    ),
    "looks_like_my_number": QT_TRANSLATE_NOOP(
        "notes",
        "The title looks like a My Number (12 digits). Titles are not secret: put the number "
        "in the note itself.",
    ),
}

# SecretsUnavailable reason codes, and the note-specific reasons a body cannot be shown.
SECRETS = {
    "locked": QT_TRANSLATE_NOOP(
        "notes",
        "The keyring is locked, so notes stay locked. Unlock your keyring (パスワードとキー) and "
        "try again.",
    ),
    "no_backend": QT_TRANSLATE_NOOP(
        "notes",
        "No keyring found on this computer: notes stay locked; nothing is written elsewhere.",
    ),
    "plaintext_backend_refused": QT_TRANSLATE_NOOP(
        "notes",
        "The only keyring on this computer stores text unencrypted, so familycare does not use "
        "it. Notes stay locked; nothing is written elsewhere.",
    ),
    "backend_error": QT_TRANSLATE_NOOP(
        "notes",
        "The keyring did not answer. Notes stay locked; nothing was written elsewhere. Try "
        "again, or restart the computer.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "notes", "The note is too long for the keyring (at most 1000 characters)."
    ),
    "other_device": QT_TRANSLATE_NOOP(
        "notes",
        "This note was written on another computer and its text is kept only there.",
    ),
    "body_missing": QT_TRANSLATE_NOOP(
        "notes",
        "The text of this note is no longer in the keyring. Edit the note to write it again, "
        "or delete it.",
    ),
}

BACKUP = {
    "passphrase_too_short": QT_TRANSLATE_NOOP(
        "notes", "The passphrase is too short (at least {min} characters)."
    ),
    "passphrases_differ": QT_TRANSLATE_NOOP(
        "notes", "The two passphrases are not the same. Nothing was written."
    ),
    "backup_exists": QT_TRANSLATE_NOOP(
        "notes", "{path} already exists. Choose a new file name; nothing was written."
    ),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "notes", "This file is not a familycare backup. Nothing was changed."
    ),
    "backup_version_unsupported": QT_TRANSLATE_NOOP(
        "notes",
        "This backup was made by a newer version of familycare. Nothing was changed.",
    ),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "notes", "The backup file is damaged or incomplete. Nothing was changed."
    ),
    "wrong_passphrase_or_damaged": QT_TRANSLATE_NOOP(
        "notes",
        "Wrong passphrase, or the backup file is damaged. Nothing was changed.",
    ),
    "backup_too_large": QT_TRANSLATE_NOOP(
        "notes", "This file is too large to be a familycare backup. Nothing was changed."
    ),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "notes", "The file could not be read. Nothing was changed."
    ),
    "target_not_empty": QT_TRANSLATE_NOOP(
        "notes",
        "The target household is not empty. Restore and import only fill a new, empty data "
        "folder; nothing was changed.",
    ),
    "import_too_large": QT_TRANSLATE_NOOP(
        "notes", "The file is too large (at most {max_mb} MB). Nothing was changed."
    ),
    "import_unreadable": QT_TRANSLATE_NOOP(
        "notes", "The file could not be read. Nothing was changed."
    ),
    "import_not_json": QT_TRANSLATE_NOOP(
        "notes", "The file is not valid JSON. Nothing was changed."
    ),
    "import_not_an_export": QT_TRANSLATE_NOOP(
        "notes", "The file is not a familycare JSON export. Nothing was changed."
    ),
    "import_version_unsupported": QT_TRANSLATE_NOOP(
        "notes", "This export was made by a newer version of familycare. Nothing was changed."
    ),
    "dump_format_unknown": QT_TRANSLATE_NOOP(
        "notes", "The household data in the file is not in a known format. Nothing was changed."
    ),
    "dump_version_unsupported": QT_TRANSLATE_NOOP(
        "notes",
        "The household data was written by a newer version of familycare. Nothing was changed.",
    ),
    "dump_schema_newer": QT_TRANSLATE_NOOP(
        "notes",
        "The household data was written by a newer version of familycare. Nothing was changed.",
    ),
    "dump_schema_older": QT_TRANSLATE_NOOP(
        "notes",
        "The household data was written by an older version of familycare that this version "
        "cannot read back yet. Nothing was changed.",
    ),
    "dump_malformed": QT_TRANSLATE_NOOP(
        "notes", "The household data in the file is damaged. Nothing was changed."
    ),
    "dump_count_mismatch": QT_TRANSLATE_NOOP(
        "notes", "Not every record could be loaded, so nothing was kept."
    ),
    "target_schema_mismatch": QT_TRANSLATE_NOOP(
        "notes", "The target database has another schema version. Nothing was changed."
    ),
    "target_not_migrated": QT_TRANSLATE_NOOP(
        "notes", "The target is not a familycare database. Nothing was changed."
    ),
}

GENERIC = QT_TRANSLATE_NOOP("notes", "Something went wrong. Nothing was changed.")


def notes_message(code: str, params: Mapping[str, object] | None = None) -> str:
    """The translated sentence for a notes, keyring, backup or import code."""
    from familycare.i18n.text import translate_code

    for catalog in (SECRETS, BACKUP, NOTE_VALIDATION):
        source = catalog.get(code)
        if source is not None:
            return translate_code(CONTEXT, source, params)
    return translate_code(CONTEXT, GENERIC)


def note_issue_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """A validation issue of a note (its title or body)."""
    from familycare.i18n.text import translate_code

    source = NOTE_VALIDATION.get(code)
    if source is None:
        return notes_message(code, params)
    return translate_code(CONTEXT, source, params)
