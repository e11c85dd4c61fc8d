"""Sensitive notes (機微なメモ): a title kept in the database, a body kept only in the OS
keyring of one device. Pure: validation returns codes, never sentences."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from familycare.domain.validation import ValidationIssue

MAX_TITLE_LENGTH = 200
# Windows' credential store holds at most 2,560 bytes of UTF-16; 1,000 characters keeps a
# note portable to every OS store (same limit as secrets.store.MAX_SECRET_LENGTH).
MAX_BODY_LENGTH = 1000


@dataclass(frozen=True)
class NoteRef:
    """Where a note's body lives: ``keyring_id`` in the keyring of device ``device_id``."""

    id: int
    member_id: int
    title: str
    keyring_id: str
    device_id: str
    created_at: datetime
    updated_at: datetime
    version: int

    def held_by(self, device_id: str) -> bool:
        return self.device_id == device_id


def normalised_title(title: str) -> str:
    return " ".join(title.split())


def validate_note(title: str, body: str, other_titles: frozenset[str]) -> list[ValidationIssue]:
    """Issues with a note about to be written; ``title`` already normalised."""
    issues: list[ValidationIssue] = []
    if not title:
        issues.append(ValidationIssue("title", "title_empty"))
    elif len(title) > MAX_TITLE_LENGTH:
        issues.append(ValidationIssue("title", "too_long", {"max": MAX_TITLE_LENGTH}))
    elif title in other_titles:
        issues.append(ValidationIssue("title", "title_taken", {"title": title}))
    if not body.strip():
        issues.append(ValidationIssue("body", "body_empty"))
    elif len(body) > MAX_BODY_LENGTH:
        issues.append(
            ValidationIssue("body", "body_too_long", {"max": MAX_BODY_LENGTH, "length": len(body)})
        )
    return issues
