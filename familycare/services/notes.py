"""Sensitive notes: the title in the database, the body only in this device's OS keyring.

Order of writes keeps two promises: never an orphan, never plaintext anywhere.
- create / edit: the body goes into the keyring under a NEW key first, then the row points
  at it in one unit of work; if the database write fails the new entry is deleted again
  (and an edited note's previous entry is deleted only after the row moved on).
- delete: the keyring entry goes first; if that fails the row stays, so nothing is lost
  track of.
Every method that touches the keyring may block (unlock prompt): call it off the UI thread
(``services.secret_worker``). ``list_notes`` never touches the keyring.
"""

from __future__ import annotations

import logging
import secrets as token_source
import uuid
from dataclasses import dataclass
from datetime import datetime

from familycare.domain.note import NoteRef, normalised_title, validate_note
from familycare.domain.validation import ValidationFailed
from familycare.secrets.store import SecretStore
from familycare.services.audit import AuditTrail
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.storage.database import Database
from familycare.storage.member_repository import MemberRepository
from familycare.storage.note_repository import NoteRepository
from familycare.storage.settings_repository import SettingsRepository

log = logging.getLogger(__name__)

# Keys are "<household tag>-<random>": several households (one per client, for a care
# worker) share the keyring service, and orphan detection must only look at this one's.
KEYRING_TAG_SETTING = "notes.keyring_tag"
# "device_name.<device id>": the name of the computer whose keyring holds a note's text,
# written with that computer's notes, so other computers can say where a text is.
DEVICE_NAME_PREFIX = "device_name."


class NoteUnreadable(Exception):
    """The body cannot be read here: ``other_device`` or ``body_missing`` (entry gone)."""

    def __init__(self, code: str, note: NoteRef) -> None:
        super().__init__(code)
        self.code = code
        self.note = note


@dataclass(frozen=True)
class NoteInfo:
    """What a list shows: never the body."""

    id: int
    member_id: int
    title: str
    created_at: datetime
    updated_at: datetime
    device_id: str
    on_this_device: bool
    version: int
    device_name: str = ""  # the holding computer's name; "" when not known


@dataclass(frozen=True)
class NoteOrphans:
    missing_entries: list[NoteInfo]  # this device's notes whose keyring entry is gone
    unreferenced_keys: list[str] | None  # entries no note refers to; None: cannot list

    @property
    def empty(self) -> bool:
        return not self.missing_entries and not self.unreferenced_keys


class NoteService:
    def __init__(
        self,
        db: Database,
        secret_store: SecretStore,
        device_id: str,
        audit: AuditTrail,
        guard: PlainTextGuard,
        device_name: str = "",
    ) -> None:
        self._db = db
        self.secret_store = secret_store
        self.device_id = device_id
        self.device_name = device_name
        self._audit = audit
        self._guard = guard

    # -- reading -------------------------------------------------------------------------
    def list_notes(self, member_id: int | None = None) -> list[NoteInfo]:
        with self._db.unit_of_work() as session:
            names = _device_names(session)
            return [self._info(n, names) for n in NoteRepository(session).list_all(member_id)]

    def get(self, note_id: int) -> NoteInfo:
        with self._db.unit_of_work() as session:
            return self._info(NoteRepository(session).get(note_id), _device_names(session))

    def find(self, member_id: int, title: str) -> NoteInfo | None:
        with self._db.unit_of_work() as session:
            note = NoteRepository(session).find(member_id, normalised_title(title))
            return self._info(note) if note is not None else None

    def read_body(self, note_id: int) -> str:
        """The body, from this device's keyring. Raises ``NoteUnreadable`` or
        ``SecretsUnavailable``."""
        with self._db.unit_of_work() as session:
            note = NoteRepository(session).get(note_id)
        if not note.held_by(self.device_id):
            raise NoteUnreadable("other_device", note)
        body = self.secret_store.get(note.keyring_id)
        if body is None:
            raise NoteUnreadable("body_missing", note)
        return body

    # -- writing -------------------------------------------------------------------------
    def set_note(self, member_id: int, title: str, body: str) -> NoteInfo:
        """Create the note ``title`` of the member, or replace its body if it exists."""
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)  # NotFound before any keyring call
            existing = NoteRepository(session).find(member_id, normalised_title(title))
        if existing is None:
            return self._create(member_id, title, body)
        return self.edit_note(existing.id, existing.version, title, body)

    def _create(self, member_id: int, title: str, body: str) -> NoteInfo:
        title = normalised_title(title)
        with self._db.unit_of_work() as session:
            self._check(title, body, NoteRepository(session).titles(member_id))
            tag = self._keyring_tag(session)
        key = _new_key(tag)
        self.secret_store.set(key, body)
        try:
            with self._db.unit_of_work() as session:
                note = NoteRepository(session).add(member_id, title, key, self.device_id)
                self._name_this_device(session)
                self._audit.record(
                    session, entity="note", action="add", entity_id=note.id,
                    member_id=member_id, summary=title,
                )
        except BaseException:
            self._forget_new_entry(key)
            raise
        return self._info(note)

    def edit_note(self, note_id: int, expected_version: int, title: str, body: str) -> NoteInfo:
        """New title and body. A note held by another device moves to this one (its old
        entry there becomes an orphan that device's ``orphans()`` reports)."""
        title = normalised_title(title)
        with self._db.unit_of_work() as session:
            repo = NoteRepository(session)
            before = repo.get(note_id)
            self._check(title, body, repo.titles(before.member_id, excluding_id=note_id))
            tag = self._keyring_tag(session)
        key = _new_key(tag)
        self.secret_store.set(key, body)
        try:
            with self._db.unit_of_work() as session:
                note = NoteRepository(session).update(
                    note_id, expected_version, title, key, self.device_id
                )
                self._name_this_device(session)
                self._audit.record(
                    session, entity="note", action="edit", entity_id=note_id,
                    member_id=note.member_id, summary=title,
                )
        except BaseException:
            self._forget_new_entry(key)
            raise
        if before.held_by(self.device_id):
            self._delete_entry_quietly(before.keyring_id)
        return self._info(note)

    def delete_note(self, note_id: int) -> NoteInfo:
        with self._db.unit_of_work() as session:
            note = NoteRepository(session).get(note_id)
        if note.held_by(self.device_id):
            self.secret_store.delete(note.keyring_id)
        with self._db.unit_of_work() as session:
            NoteRepository(session).delete(note_id)
            self._audit.record(
                session, entity="note", action="delete", entity_id=note_id,
                member_id=note.member_id, summary=note.title,
            )
        return self._info(note)

    def delete_member_notes(self, member_id: int) -> int:
        """Remove every note of the member, keyring entries first (called before the member
        is deleted, so a locked keyring stops the deletion instead of leaving orphans)."""
        with self._db.unit_of_work() as session:
            notes = NoteRepository(session).list_all(member_id)
        for note in notes:
            if note.held_by(self.device_id):
                self.secret_store.delete(note.keyring_id)
        with self._db.unit_of_work() as session:
            repo = NoteRepository(session)
            for note in notes:
                repo.delete(note.id)
        return len(notes)

    # -- housekeeping --------------------------------------------------------------------
    def forget_device_entries(self) -> int:
        """Delete the keyring entries of every note this device holds (the demo on exit);
        failures are logged, not raised: this runs while closing."""
        with self._db.unit_of_work() as session:
            keys = [n.keyring_id for n in NoteRepository(session).list_all()
                    if n.held_by(self.device_id)]
        removed = 0
        for key in keys:
            try:
                self.secret_store.delete(key)
                removed += 1
            except Exception:
                log.exception("could not remove a demo note's keyring entry")
        return removed

    def orphans(self) -> NoteOrphans:
        """This device's notes whose entry is missing, and this household's entries that no
        note refers to (None when the backend cannot list)."""
        with self._db.unit_of_work() as session:
            repo = NoteRepository(session)
            notes = [n for n in repo.list_all() if n.held_by(self.device_id)]
            referenced = repo.keyring_ids()
            tag = SettingsRepository(session).get(KEYRING_TAG_SETTING)
        missing = [self._info(n) for n in notes if self.secret_store.get(n.keyring_id) is None]
        keys = self.secret_store.list_keys()
        unreferenced: list[str] | None = None
        if keys is not None:
            prefix = f"{tag}-" if tag else None
            unreferenced = [
                k for k in keys
                if prefix is not None and k.startswith(prefix) and k not in referenced
            ]
        return NoteOrphans(missing, unreferenced)

    def bodies_of_this_device(self) -> tuple[dict[int, str], list[int]]:
        """Bodies of this device's notes by note id, and ids whose entry is missing (for
        backups)."""
        with self._db.unit_of_work() as session:
            notes = [n for n in NoteRepository(session).list_all() if n.held_by(self.device_id)]
        bodies: dict[int, str] = {}
        missing: list[int] = []
        for note in notes:
            body = self.secret_store.get(note.keyring_id)
            if body is None:
                missing.append(note.id)
            else:
                bodies[note.id] = body
        return bodies, missing

    # -- helpers -------------------------------------------------------------------------
    def _check(self, title: str, body: str, other_titles: frozenset[str]) -> None:
        issues = validate_note(title, body, other_titles)
        issues += self._guard.check_fields({"title": title})
        if issues:
            raise ValidationFailed(issues)

    def _name_this_device(self, session: object) -> None:
        """Record this computer's name (in the unit of work that saves one of its notes)."""
        if not self.device_name:
            return
        repo = SettingsRepository(session)  # type: ignore[arg-type]
        key = DEVICE_NAME_PREFIX + self.device_id
        if repo.get(key) != self.device_name:
            repo.set(key, self.device_name)

    def _keyring_tag(self, session: object) -> str:
        return household_keyring_tag(session)

    def _forget_new_entry(self, key: str) -> None:
        try:
            self.secret_store.delete(key)
        except Exception:  # the original failure matters more; orphans() reports this one
            log.exception("could not remove the keyring entry of a note that was not saved")

    def _delete_entry_quietly(self, key: str) -> None:
        try:
            self.secret_store.delete(key)
        except Exception:  # the edit is saved; orphans() reports the stale entry
            log.exception("could not remove the previous keyring entry of an edited note")

    def _info(self, note: NoteRef, device_names: dict[str, str] | None = None) -> NoteInfo:
        names = device_names or {}
        return NoteInfo(
            id=note.id,
            member_id=note.member_id,
            title=note.title,
            created_at=note.created_at,
            updated_at=note.updated_at,
            device_id=note.device_id,
            on_this_device=note.held_by(self.device_id),
            version=note.version,
            device_name=(self.device_name if note.held_by(self.device_id)
                         else names.get(note.device_id, "")),
        )


def _device_names(session: object) -> dict[str, str]:
    """Device id -> computer name, as recorded with each computer's notes."""
    settings = SettingsRepository(session).all()  # type: ignore[arg-type]
    return {key[len(DEVICE_NAME_PREFIX):]: value for key, value in settings.items()
            if key.startswith(DEVICE_NAME_PREFIX)}


def household_keyring_tag(session: object) -> str:
    """This household's key prefix, created (in ``session``) on first use."""
    repo = SettingsRepository(session)  # type: ignore[arg-type]
    tag = repo.get(KEYRING_TAG_SETTING)
    if not tag:
        tag = token_source.token_hex(8)
        repo.set(KEYRING_TAG_SETTING, tag)
    return tag


def _new_key(tag: str) -> str:
    return f"{tag}-{uuid.uuid4().hex}"
