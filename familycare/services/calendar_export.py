"""The family's deadlines as an iCalendar file (RFC 5545) for any calendar app.

One all-day event per dated to-do item that is not done, with a reminder (VALARM) on the
item's lead date at 9:00. The UID is derived from the item's stable key and a per-household
id, so importing a fresh export updates the events instead of duplicating them, and two
households never overwrite each other's events.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from familycare import __version__
from familycare.services.clock import Clock
from familycare.services.settings import SettingsService
from familycare.services.todo import TodoEntry, TodoService

CALENDAR_ID_SETTING = "calendar_id"
REMINDER_HOUR = 9
UID_DOMAIN = "familycare.invalid"

Describe = Callable[[TodoEntry], tuple[str, str]]  # entry → (summary, description)


def default_describe(entry: TodoEntry) -> tuple[str, str]:
    """Summary ``name: title`` and the action as description, in the installed language."""
    from familycare.i18n.todo_text import item_action, item_title

    return f"{entry.member_name}: {item_title(entry.item)}", item_action(entry.item)


def event_uid(calendar_id: str, key: str) -> str:
    digest = hashlib.sha256(f"{calendar_id}\n{key}".encode()).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def build_calendar(
    entries: Iterable[TodoEntry],
    calendar_id: str,
    stamp: datetime,
    describe: Describe = default_describe,
    name: str = "familycare",
) -> Calendar:
    cal = Calendar()
    cal.add("prodid", f"-//familycare//familycare {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for entry in entries:
        item = entry.item
        if item.floating or entry.done:
            continue
        summary, description = describe(entry)
        event = Event()
        event.add("uid", event_uid(calendar_id, item.key))
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + timedelta(days=1))
        event.add("summary", summary)
        event.add("description", description)
        event.add("categories", [item.kind.value])
        event.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        # Relative to the all-day start (00:00 on the due date): the lead date at 9:00.
        lead_days = max((item.due - item.lead).days, 0)
        alarm.add("trigger", timedelta(days=-lead_days, hours=REMINDER_HOUR))
        event.add_component(alarm)
        cal.add_component(event)
    return cal


class CalendarExport:
    def __init__(
        self, todo: TodoService, settings: SettingsService, clock: Clock,
        describe: Describe = default_describe,
    ) -> None:
        self._todo = todo
        self._settings = settings
        self._clock = clock
        self._describe = describe

    def calendar_id(self) -> str:
        """This household's calendar id, made once and kept in the settings."""
        found = self._settings.get(CALENDAR_ID_SETTING)
        if not found:
            found = uuid.uuid4().hex
            self._settings.set(CALENDAR_ID_SETTING, found)
        return found

    def ics_bytes(self, today: date | None = None) -> bytes:
        overview = self._todo.overview(today)
        cal = build_calendar(overview.upcoming, self.calendar_id(), self._clock.now(),
                             self._describe)
        return cal.to_ical()
