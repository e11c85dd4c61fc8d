"""Wait for a blocking call (a keyring lookup that may sit behind an unlock prompt, a
database server that takes its time) without freezing the window: the call runs on a
plain thread while the UI thread keeps painting. For start-up, before the event loop runs;
later, dialogs use ``SecretWorker`` and callbacks instead."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_off_ui_thread(call: Callable[[], T]) -> T:
    """``call()``'s result (or its exception, re-raised here), run on another thread."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    outcome: dict[str, object] = {}
    done = threading.Event()

    def work() -> None:
        try:
            outcome["value"] = call()
        except BaseException as exc:  # handed back to the caller's thread
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=work, name="familycare-off-ui", daemon=True).start()
    app = QCoreApplication.instance()
    while not done.wait(0.02):
        if app is not None:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
