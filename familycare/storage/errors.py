"""Storage failures a user can hit, as codes the UI and CLI turn into plain messages."""

from __future__ import annotations


class StorageError(Exception):
    """Base class. ``code`` is stable; ``detail`` is for the log (never a secret)."""

    code = "storage_error"

    def __init__(self, detail: str = "", **params: object) -> None:
        super().__init__(detail or self.code)
        self.detail = detail
        self.params = params


class SchemaTooNew(StorageError):
    """The database was written by a newer version of the app: never touch it."""

    code = "schema_too_new"


class ForeignDatabase(StorageError):
    """The file is a database, but not a familycare one."""

    code = "foreign_database"


class DatabaseCorrupt(StorageError):
    """The file is not a readable SQLite database (truncated, garbage)."""

    code = "database_corrupt"


class DatabaseUnavailable(StorageError):
    """The database could not be opened or reached (permissions, server down, locked)."""

    code = "database_unavailable"


class DatabaseBusy(StorageError):
    """Another program kept the database locked longer than the busy timeout."""

    code = "database_busy"


class DiskFull(StorageError):
    """The disk (or the file size limit) is full: the change was rolled back."""

    code = "disk_full"


class ConcurrentEdit(StorageError):
    """Someone else saved the same record first (optimistic locking)."""

    code = "concurrent_edit"


class NotFound(StorageError):
    code = "not_found"


class ConnectionFailed(DatabaseUnavailable):
    """A database server could not be used; ``problem`` says why (a code from
    ``storage.connection_problems``), so the UI and CLI can say what to do."""

    code = "connection_failed"

    def __init__(self, problem: str, detail: str = "", **params: object) -> None:
        super().__init__(detail or problem, **params)
        self.problem = problem
