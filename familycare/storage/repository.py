"""What every repository shares: reading through Core, writing through the unit of work."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from familycare.storage.database import Executor


class Repository:
    """Reads are Core statements on ``storage.tables``: they run on a reading connection
    (``Database.reading``, no ORM) or on a unit of work's session alike. Writes need the
    unit of work's session; the ORM rows are imported by the methods that write."""

    def __init__(self, session: Executor) -> None:
        self._session = session

    def _orm(self) -> Session:
        if isinstance(self._session, Connection):  # a programming error, not a user's
            raise TypeError(f"{type(self).__name__}: a write needs a unit of work")
        return self._session
