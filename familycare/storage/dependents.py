"""What else goes when a member is deleted: rows in every table that points at members.

Found from the schema's foreign keys, so a new member-owned table is counted without
anyone remembering to add it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from familycare.storage.tables import metadata

if TYPE_CHECKING:
    from familycare.storage.database import Executor


def count_member_dependents(session: Executor, member_id: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in metadata.sorted_tables:
        for fk in table.foreign_keys:
            # SET NULL rows stay (a coverage's holder, a to-do's assignee): not removed.
            if fk.column.table.name != "members" or fk.ondelete == "SET NULL":
                continue
            n = session.scalar(
                select(func.count()).select_from(table).where(fk.parent == member_id)
            )
            if n:
                counts[table.name] = counts.get(table.name, 0) + int(n)
    return counts
