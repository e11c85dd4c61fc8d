"""Runs keyring calls off the UI thread and hands the result back on the UI thread.

A keyring call can block for as long as an unlock prompt is open (or a D-Bus timeout, ~25 s),
so the UI never calls ``NoteService`` methods that touch the keyring directly: it passes
them to ``SecretWorker.run`` with a callback for the result and one for the error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._call = call
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # every failure goes back to the UI thread to be shown
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class SecretWorker(QObject):
    """One worker per window. ``busy_changed(bool)`` lets the UI disable its buttons."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        # A private pool with one thread: keyring calls run in the order they were asked,
        # and a hung unlock prompt does not starve Qt's global pool.
        self._pool = pool or QThreadPool(self)
        if pool is None:
            self._pool.setMaxThreadCount(1)
        self._pending: set[_Signals] = set()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        call: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        # The signals object lives in this (UI) thread, so the callbacks run here too.
        signals = _Signals(self)
        signals.done.connect(on_done)
        signals.failed.connect(on_error)
        signals.done.connect(lambda _r, s=signals: self._finished(s))
        signals.failed.connect(lambda _e, s=signals: self._finished(s))
        was_busy = self.busy
        self._pending.add(signals)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Task(call, signals))

    def _finished(self, signals: _Signals) -> None:
        self._pending.discard(signals)
        signals.deleteLater()
        if not self._pending:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until queued calls ran (tests, and closing the window)."""
        return self._pool.waitForDone(msecs)
