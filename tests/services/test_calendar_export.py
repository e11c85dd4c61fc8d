"""The iCalendar export parsed back: one event per deadline, reminders on the lead date,
UIDs stable across exports (so calendars update instead of duplicating)."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.member_facts import PinKind
from familycare.services.calendar_export import CalendarExport
from tests.services.todo_helpers import standard_card, todo_world


def events(data: bytes) -> dict[str, object]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def make_export(household) -> tuple[CalendarExport, object]:
    world = todo_world(household)
    return CalendarExport(world.todo, household.settings, household.clock), world


def test_export_twice_gives_the_same_uids_and_alarms(household) -> None:
    export, world = make_export(household)
    me = household.members.add_member(MemberDraft("山田 健", date(1976, 10, 5),
                                                  Relationship.SELF))
    world.cards.save_card(me.id, standard_card(date(2021, 9, 1),
                                               notified_cert_expires_on=date(2027, 1, 4)))
    first = events(export.ics_bytes())
    second = events(export.ics_bytes())
    assert first.keys() == second.keys()
    assert len(first) == 2  # the certificate expiry and the grace end (renewal is open)
    by_summary = {str(e["summary"]): e for e in first.values()}
    expiry = next(e for s, e in by_summary.items() if s.startswith("山田 健:")
                  and e.decoded("dtstart") == date(2027, 1, 4))
    (alarm,) = expiry.walk("VALARM")
    # Lead date = the day renewal opened (2026-10-05): 91 days before, at 9:00.
    assert alarm.decoded("trigger") == timedelta(days=-91, hours=9)
    assert str(expiry["description"])


def test_done_items_and_now_items_are_not_exported(household) -> None:
    export, world = make_export(household)
    me = household.members.add_member(MemberDraft("山田 健", date(1976, 10, 5),
                                                  Relationship.SELF))
    world.cards.save_card(me.id, standard_card(date(2021, 9, 1),
                                               notified_cert_expires_on=date(2027, 1, 4)))
    for _ in range(2):
        world.cards.record_pin_failure(me.id, PinKind.USER_CERT)  # "one try left": no date
    before = events(export.ics_bytes())
    (shown,) = [e for e in world.todo.items() if e.item.due == date(2027, 1, 4)]
    world.todo.mark_done(shown.key)
    after = events(export.ics_bytes())
    assert len(after) == len(before) - 1
    assert set(after) < set(before)


def test_two_households_never_share_uids(household, tmp_path, clock) -> None:
    from familycare.household import open_household
    from familycare.paths import resolve_paths

    other = open_household(resolve_paths(data_dir=tmp_path / "other", environ={}), clock)
    try:
        uids = []
        for h in (household, other):
            export, world = make_export(h)
            m = h.members.add_member(MemberDraft("同じ 名前", date(1976, 10, 5),
                                                 Relationship.SELF))
            world.cards.save_card(m.id, standard_card(
                date(2021, 9, 1), notified_cert_expires_on=date(2027, 1, 4)))
            uids.append(set(events(export.ics_bytes())))
        assert not uids[0] & uids[1]
    finally:
        other.close()
