"""One engine and its session factory; one session (unit of work) per user action.

Reading goes through ``reading()``, a Core connection: the first screen and every refresh
read the household without SQLAlchemy's ORM, which (with the mapped rows) is imported by the
first ``unit_of_work()``, the first write or single-record edit.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeAlias

from sqlalchemy import Connection, Engine

from familycare.storage.errors import ConcurrentEdit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# What a read query runs on: a unit of work's session or a reading connection. Core
# statements give the same rows through either.
Executor: TypeAlias = "Connection | Session"


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions: sessionmaker[Session] | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection for Core reads (as a unit of work's session reads: same engine, same
        transaction handling), rolled back when the block ends: it writes nothing."""
        with self.engine.connect() as connection:
            yield connection

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A transaction: committed when the block ends normally, rolled back otherwise."""
        from sqlalchemy.orm.exc import StaleDataError

        session = self._session_factory()()
        try:
            with session.begin():
                yield session
        except StaleDataError as exc:
            # The version column's UPDATE ... WHERE version = :read matched nothing: another
            # device saved the same row after this one read it (a race the services' own
            # version comparison cannot see). The same refusal, so the UI offers a reload.
            raise ConcurrentEdit(str(exc)) from exc
        finally:
            session.close()

    def _session_factory(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            import familycare.storage.rows  # noqa: F401 - every row mapped before the first query

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessions

    def dispose(self) -> None:
        self.engine.dispose()
