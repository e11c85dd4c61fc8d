"""One familycare window per household file.

Two windows on one SQLite file would each show a stale picture and overwrite each other's
edits. The GUI takes a lock file next to the database (``familycare.sqlite3.lock``, a
QLockFile: it records the owner's PID, so a lock left by a crash is recognised and taken
over). A second window is refused; it asks the first one, over a local socket named after
the data folder, to come to the front.

Command-line commands do not take this lock: they rely on SQLite's busy timeout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

from familycare.paths import AppPaths

LOCK_SUFFIX = ".lock"
ACTIVATE_MESSAGE = b"activate\n"


@dataclass(frozen=True)
class LockOwner:
    """Who holds the lock (for the message shown to the second window)."""

    pid: int
    hostname: str


def server_name(data_dir: Path) -> str:
    """A local-socket name unique to the data folder (short: socket paths are limited)."""
    import hashlib  # after the first paint: it loads OpenSSL's libcrypto

    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"familycare-{digest}"


def lock_path(paths: AppPaths) -> Path | None:
    """The lock file next to the SQLite file, or None for a database server."""
    sqlite_file = paths.sqlite_file
    if sqlite_file is None:
        return None
    return sqlite_file.with_name(sqlite_file.name + LOCK_SUFFIX)


class InstanceLock:
    """Hold the household's lock for the life of the window."""

    def __init__(self, lock_file: Path) -> None:
        self.path = lock_file
        self._lock = QLockFile(str(lock_file))
        # Never treat a lock as stale because of its age: the window may stay open for days.
        # A lock whose process is gone is still recovered (QLockFile checks the PID).
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if a live process has it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self._lock.tryLock(0):
            return True
        # A crashed owner's lock: QLockFile recovers it when the PID is no longer running.
        if self._lock.error() == QLockFile.LockError.LockFailedError and self._owner_is_gone():
            self._lock.removeStaleLockFile()
            return bool(self._lock.tryLock(0))
        return False

    def _owner_is_gone(self) -> bool:
        owner = self.owner()
        if owner is None:
            return False
        import socket

        if owner.hostname and owner.hostname != socket.gethostname():
            return False  # another computer (shared folder): we cannot tell, so refuse
        return not _process_is_running(owner.pid)

    def owner(self) -> LockOwner | None:
        info = self._lock.getLockInfo()  # PySide6: (pid, hostname, appname), or falsy
        if not info or len(info) < 2 or not info[0]:
            return None
        return LockOwner(int(info[0]), str(info[1]))

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    @property
    def held(self) -> bool:
        return bool(self._lock.isLocked())


def _process_is_running(pid: int) -> bool:
    if pid <= 0:
        return False
    import os

    if os.name == "nt":
        return True  # QLockFile itself checks processes on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def lock_for(paths: AppPaths) -> InstanceLock | None:
    path = lock_path(paths)
    return InstanceLock(path) if path is not None else None


class ActivationServer(QObject):
    """Listens for "come to the front" requests from a second window of the same household."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server = QLocalServer(self)
        self._sockets: list[object] = []
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        from PySide6.QtNetwork import QLocalServer

        # Only the lock holder listens, so a socket file left by a crash can be removed.
        QLocalServer.removeServer(self.name)
        return bool(self._server.listen(self.name))

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            self._sockets.append(self._server.nextPendingConnection())
        self._read_pending()
        # Not imported at module level: this module is loaded before the first paint, and
        # the first use of Qt's enum namespace costs ~40 ms (app.show_skeleton).
        from PySide6.QtCore import Qt

        for socket in self._sockets:
            # Bound methods, not lambdas holding the socket: Qt owns and deletes it.
            socket.readyRead.connect(self._read_pending, Qt.ConnectionType.UniqueConnection)

    def _read_pending(self) -> None:
        heard = False
        for socket in list(self._sockets):
            if socket.bytesAvailable():
                heard |= ACTIVATE_MESSAGE.strip() in bytes(socket.readAll().data())
                socket.disconnectFromServer()
                self._sockets.remove(socket)
                socket.deleteLater()
        if heard:
            self.activation_requested.emit()

    def close(self) -> None:
        for socket in self._sockets:
            socket.abort()
        self._sockets.clear()
        self._server.close()


def ask_running_window_to_activate(data_dir: Path, timeout_ms: int = 1000) -> bool:
    """Tell the window that holds the household to come to the front; True if it heard."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE_MESSAGE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return bool(sent)
