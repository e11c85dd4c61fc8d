"""Keyring service names: each kind of secret has its own, so the demo can never touch a
person's real notes and a database password is never listed as a note."""

from __future__ import annotations

NOTES_SERVICE = "familycare"
DATABASE_PASSWORD_SERVICE = "familycare-db"
DEMO_SERVICE = "familycare-demo"
