"""The schema revisions this version of the app knows, oldest first.

Kept as plain data so start-up can compare the stored revision with the head without
importing Alembic (~60 ms, ~10 MB). A test checks this list against the migration scripts.
"""

from __future__ import annotations

REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
