from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table

from familycare.storage.tables.base import metadata, tracked

# A sensitive note's title and where its body lives. The body is never stored here: it lives
# only in the OS keyring of device ``device_id`` under ``keyring_id``.
note_refs = Table(
    "note_refs",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("title", String(200), nullable=False),
    Column("keyring_id", String(64), unique=True, nullable=False),
    Column("device_id", String(64), nullable=False),
    *tracked(),
)
