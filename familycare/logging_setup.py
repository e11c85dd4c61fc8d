"""The rotating log in the data folder, and crash reports next to it.

Neither ever holds a secret: a filter masks anything that looks like a My Number or a
4-digit PIN phrase, and note bodies are never passed to the logger in the first place.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

LOG_FILE = "familycare.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
_TWELVE_DIGITS = re.compile(r"(?<!\d)(?:\d[ \-]?){11}\d(?!\d)")


def scrub(text: str) -> str:
    """Mask 12-digit runs (possible My Numbers) in text bound for a log or report."""
    return _TWELVE_DIGITS.sub("[12 digits removed]", text)


class ScrubbingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class CappedFileHandler(logging.FileHandler):
    """The log file, moved aside to ``.1`` … ``.{backups}`` (the oldest dropped) before a
    record would take it past ``max_bytes``: what ``logging.handlers.RotatingFileHandler``
    does, without importing that module, which brings socket, pickle and queue (~10-15 ms)
    before the first paint. ``Handler.handle`` holds the handler's lock around ``emit``."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self._path = path
        self._max_bytes = max_bytes
        self._backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self._max_bytes > 0:
                size = self.stream.tell() + len(self.format(record).encode("utf-8")) + 1
                if size > self._max_bytes and self.stream.tell() > 0:
                    self._roll_over()
        except Exception:  # noqa: BLE001 - logging must never take the app down
            self.handleError(record)
            return
        super().emit(record)

    def _roll_over(self) -> None:
        self.close_stream()
        for number in range(self._backups - 1, 0, -1):
            older = self._path.with_name(f"{self._path.name}.{number}")
            if older.exists():
                os.replace(older, self._path.with_name(f"{self._path.name}.{number + 1}"))
        if self._backups > 0:
            os.replace(self._path, self._path.with_name(f"{self._path.name}.1"))
        else:
            self._path.unlink(missing_ok=True)
        self.stream = self._open()

    def close_stream(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/familycare.log`` (rotating); returns the file or None if unwritable."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_familycare", False):
            root.removeHandler(handler)
            handler.close()
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / LOG_FILE
        handler = CappedFileHandler(path, LOG_MAX_BYTES, LOG_BACKUPS)
    except OSError as exc:
        print(f"familycare: cannot write the log in {log_dir}: {exc}", file=sys.stderr)
        return None
    handler._familycare = True  # type: ignore[attr-defined]
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def write_crash_report(
    log_dir: Path,
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> Path | None:
    """A report without locals (they could hold secrets), scrubbed of 12-digit runs."""
    from familycare import __version__

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    lines = [
        f"familycare {__version__} crash report {stamp}",
        f"python {sys.version.split()[0]} on {sys.platform}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / f"crash-{stamp}-{os.getpid()}.txt"
        path.write_text(scrub("".join(lines)), encoding="utf-8")
        return path
    except OSError:
        return None


def route_qt_messages_to_log() -> None:
    """Send Qt's own warnings (e.g. the offscreen plugin's) to the log, not the terminal."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type: object, _context: object, message: str) -> None:
        qt_log.log(levels.get(msg_type, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)


CrashNotifier = Callable[[Path | None], None]


def install_excepthook(log_dir: Path, notify: CrashNotifier | None = None) -> None:
    def hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        logging.getLogger("familycare").error(
            "uncaught %s", exc_type.__name__, exc_info=(exc_type, exc, tb)
        )
        report = write_crash_report(log_dir, exc_type, exc, tb)
        if notify is not None:
            try:
                notify(report)
            except Exception:  # the notifier itself must never take the app down
                logging.getLogger("familycare").exception("crash dialog failed")
        else:
            print(f"familycare: unexpected error; report: {report}", file=sys.stderr)

    sys.excepthook = hook
