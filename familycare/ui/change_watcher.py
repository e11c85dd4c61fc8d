"""Another computer (or a `familycare` command) changed the household: show it without a
restart.

Every change writes an audit event, so the number of audit events is a cheap change marker.
A QTimer asks for it off the UI thread (a shared server may be slow or away); when it grew
by more than this window's own saves, the page on screen is reloaded and every other page
is marked stale and reloaded when it is next shown. Nothing is reloaded while the person
is in a dialog or has unsaved edits on the Family tab: the refresh waits until they are done.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from familycare.i18n.text import translate
from familycare.services.secret_worker import SecretWorker

log = logging.getLogger(__name__)

POLL_MS = 5000
_SEEN = "_familycare_seen_changes"  # attribute on each page: the generation it shows


def refresh_page(page: QWidget) -> None:
    """Reload what ``page`` shows from the database, keeping the person's place."""
    if hasattr(page, "reload_day"):  # Visits: the choices and the day's saved plans
        page.reload_choices()  # type: ignore[attr-defined]
        page.reload_day()  # type: ignore[attr-defined]
    elif hasattr(page, "reload"):
        page.reload()  # type: ignore[attr-defined]


class ChangeWatcher(QObject):
    """Polls ``window.household`` (read each time: the household can be switched)."""

    refreshed = Signal()  # a change from elsewhere was put on screen

    def __init__(self, window: QWidget, interval_ms: int = POLL_MS) -> None:
        super().__init__(window)
        self._window = window
        self._worker = SecretWorker(self)  # one thread, calls in order
        self._household: object | None = None
        self._seen: tuple[int, int] | None = None  # (events in the database, own events)
        self.generation = 0  # bumped for each change from elsewhere
        self._unreachable = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        window.tabs.currentChanged.connect(self._tab_shown)  # type: ignore[attr-defined]

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None:  # no question may be out while the household closes
            app.aboutToQuit.connect(self.stop)  # type: ignore[attr-defined]
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._worker.wait()

    # -- polling ---------------------------------------------------------------------------
    def poll(self) -> None:
        if self._worker.busy:
            return  # the previous question is still out (a slow server)
        if not self._window.isVisible():
            return  # a closed window asks nothing of a household that may be closed too
        household = self._window.household  # type: ignore[attr-defined]
        history = household.history  # built here, on the UI thread (it is built on first use)

        def ask() -> tuple[int, int]:
            # Own events read after the count: one committed meanwhile is then taken for
            # our own change (no refresh), never another device's taken for ours.
            count = history.change_count()
            return count, household.audit.recorded

        self._worker.run(ask, lambda seen: self._answered(household, seen),
                         lambda exc: self._failed(household, exc))

    def _answered(self, household: object, seen: tuple[int, int]) -> None:
        if self._unreachable:
            self._unreachable = False
            self._status("")
        if household is not self._window.household:  # type: ignore[attr-defined]
            return  # switched meanwhile: the next poll starts afresh
        if household is not self._household or self._seen is None:
            self._household, self._seen = household, seen
            return
        count, own = seen
        before_count, before_own = self._seen
        from_elsewhere = (count - before_count) - (own - before_own)
        if from_elsewhere <= 0:
            self._seen = seen
            return
        if self._busy_editing():
            return  # keep the old marker: the refresh happens on a later poll
        self._seen = seen
        self.generation += 1
        page = self._window.tabs.currentWidget()  # type: ignore[attr-defined]
        if page is not None:
            self._refresh(page)
        self.refreshed.emit()

    def _failed(self, household: object, exc: BaseException) -> None:
        if household is not self._window.household:  # type: ignore[attr-defined]
            return  # closed by a switch while the question was out: not a failure
        log.warning("change check failed: %s: %s", type(exc).__name__, exc)
        if not self._unreachable:
            self._unreachable = True
            self._status(translate(
                "changes", "The household database cannot be reached right now. Changes "
                           "from other computers appear when it answers again."))

    # -- refreshing ------------------------------------------------------------------------
    def _members_page(self) -> QWidget | None:
        # A Family tab not built yet (ui/lazy_tabs.py) has no edits: never build it to ask.
        built = getattr(self._window, "built_members_page", None)
        return built() if built is not None else getattr(self._window, "members_page", None)

    def _busy_editing(self) -> bool:
        if QApplication.activeModalWidget() is not None:
            return True
        members = self._members_page()
        return bool(members is not None and members.has_unsaved_changes())  # type: ignore[attr-defined]

    def _refresh(self, page: QWidget) -> None:
        members = self._members_page()
        if page is members and members.has_unsaved_changes():  # type: ignore[union-attr]
            return  # stays stale
        refresh_page(page)
        setattr(page, _SEEN, self.generation)

    def _tab_shown(self, index: int) -> None:
        page = self._window.tabs.widget(index)  # type: ignore[attr-defined]
        if page is not None and getattr(page, _SEEN, 0) < self.generation:
            self._refresh(page)

    def _status(self, text: str) -> None:
        bar = getattr(self._window, "statusBar", None)
        if bar is None:
            return
        if text:
            bar().showMessage(text)
        else:
            bar().clearMessage()
