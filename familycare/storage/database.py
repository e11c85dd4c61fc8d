"""One engine and its session factory; one session (unit of work) per user action."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from familycare.storage.errors import ConcurrentEdit


class Database:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A transaction: committed when the block ends normally, rolled back otherwise."""
        session = self._sessions()
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

    def dispose(self) -> None:
        self.engine.dispose()
