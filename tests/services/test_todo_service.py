"""The family to-do list over a real database: order, done / undo / snooze, states that
go away with their item, lost-card steps, and the dashboard overview's worst-first order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from familycare.domain.card_record import LostCardStep
from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.member_facts import PinKind
from familycare.domain.member_status import BadgeCode
from familycare.domain.todo import TodoKind
from familycare.domain.validation import ValidationFailed
from tests.services.todo_helpers import standard_card, todo_world

TODAY = date(2026, 11, 25)


@pytest.fixture
def world(household):
    return todo_world(household)


def add(household, name: str, birth: date, relation: Relationship = Relationship.SELF):
    return household.members.add_member(MemberDraft(name, birth, relation))


def kinds(entries) -> list[TodoKind]:
    return [e.item.kind for e in entries]


def test_items_of_the_family_come_sorted_by_date(household, world) -> None:
    father = add(household, "山田 太郎", date(1946, 7, 1), Relationship.PARENT)
    wife = add(household, "山田 美咲", date(1978, 4, 20), Relationship.SPOUSE)
    world.cards.save_card(father.id, standard_card(date(2021, 9, 1),
                                                   notified_cert_expires_on=date(2027, 1, 4)))
    world.cards.save_card(wife.id, standard_card(date(2021, 9, 1),
                                                 notified_cert_expires_on=date(2026, 10, 26)))
    entries = world.todo.items()
    assert [e.item.due for e in entries] == sorted(e.item.due for e in entries)
    by_name = {e.member_name: e.item.kind for e in entries}
    assert by_name == {"山田 太郎": TodoKind.CERT_EXPIRY, "山田 美咲": TodoKind.GRACE_ENDS}


def test_done_undo_and_snooze(household, world, clock) -> None:
    me = add(household, "山田 健", date(1976, 10, 5))
    world.cards.save_card(me.id, standard_card(date(2021, 9, 1),
                                               notified_cert_expires_on=date(2027, 1, 4)))
    (entry,) = world.todo.items()
    world.todo.mark_done(entry.key)
    assert world.todo.items() == []
    overview = world.todo.overview()
    assert [e.key for e in overview.hidden] == [entry.key]
    assert overview.hidden[0].done
    assert world.todo.undo(entry.key)
    assert [e.key for e in world.todo.items()] == [entry.key]
    world.todo.snooze(entry.key, TODAY + timedelta(days=3))
    assert world.todo.items() == []
    assert world.todo.items(TODAY + timedelta(days=3)) == []
    assert [e.key for e in world.todo.items(TODAY + timedelta(days=4))] == [entry.key]
    with pytest.raises(ValidationFailed):
        world.todo.snooze(entry.key, TODAY - timedelta(days=1))


def test_within_days_keeps_urgent_now_items(household, world) -> None:
    me = add(household, "山田 健", date(1976, 10, 5))
    world.cards.save_card(me.id, standard_card(date(2021, 9, 1),
                                               notified_cert_expires_on=date(2027, 1, 4)))
    for _ in range(2):
        world.cards.record_pin_failure(me.id, PinKind.USER_CERT)
    soon = world.todo.items(within_days=7)
    assert kinds(soon) == [TodoKind.PIN_LAST_ATTEMPT]
    assert set(kinds(world.todo.items(within_days=60))) == {
        TodoKind.PIN_LAST_ATTEMPT, TodoKind.CERT_EXPIRY}


def test_a_done_mark_goes_away_with_its_problem(household, world) -> None:
    me = add(household, "山田 健", date(1976, 10, 5))
    world.cards.save_card(me.id, standard_card(date(2021, 9, 1),
                                               notified_cert_expires_on=date(2030, 1, 4)))
    for _ in range(3):
        world.cards.record_pin_failure(me.id, PinKind.USER_CERT)
    (locked,) = world.todo.items()
    assert locked.item.kind is TodoKind.PIN_LOCKED
    world.todo.mark_done(locked.key)
    world.cards.record_pin_reset(me.id, PinKind.USER_CERT)
    world.todo.overview()  # the item is gone: its state is forgotten
    assert locked.key not in world.todo.states()
    for _ in range(3):
        world.cards.record_pin_failure(me.id, PinKind.USER_CERT)
    assert [e.key for e in world.todo.items()] == [locked.key]  # locked again: shown again


def test_lost_card_steps_follow_the_checklist(household, world) -> None:
    son = add(household, "山田 蓮", date(2018, 10, 25), Relationship.CHILD)
    world.cards.save_card(son.id, standard_card(date(2023, 5, 1)))
    case = world.lost.mark_card_lost(son.id, TODAY - timedelta(days=7))
    steps = [e.item.params["step"] for e in world.todo.items()
             if e.item.kind is TodoKind.LOST_CARD_STEP]
    assert steps == ["suspend", "police", "qualification_certificate", "loss_report",
                     "reissue"]
    world.lost.complete_step(case.id, LostCardStep.SUSPENDED, TODAY - timedelta(days=7))
    world.lost.complete_step(case.id, LostCardStep.POLICE_REPORT, TODAY - timedelta(days=6))
    remaining = {e.item.params["step"] for e in world.todo.items()}
    assert remaining == {"qualification_certificate", "loss_report", "reissue"}
    status = world.todo.overview().member(son.id)
    assert status is not None
    assert status.status.badges[0].code is BadgeCode.LOST


def test_overview_puts_worst_news_first(household, world) -> None:
    fine = add(household, "A 元気", date(1980, 1, 1))
    grace = add(household, "B 猶予", date(1981, 1, 1))
    locked = add(household, "C 施錠", date(1982, 1, 1))
    world.cards.save_card(fine.id, standard_card(date(2024, 1, 10)))
    world.cards.save_card(grace.id, standard_card(date(2021, 9, 1),
                                                  notified_cert_expires_on=date(2026, 10, 26)))
    world.cards.save_card(locked.id, standard_card(date(2024, 1, 10)))
    for _ in range(3):
        world.cards.record_pin_failure(locked.id, PinKind.USER_CERT)
    order = [o.member.display_name for o in world.todo.overview().members]
    assert order[-1] == "A 元気"
    assert set(order[:2]) == {"B 猶予", "C 施錠"}


def test_member_near_75_with_a_recorded_dependent(household, world) -> None:
    from familycare.domain.member_facts import CoverageKind
    from familycare.services.coverage import CoverageService
    from familycare.services.plain_text_guard import PlainTextGuard
    from familycare.services.rule_set_loader import load_rule_set

    coverage = CoverageService(household.db, household.clock, household.audit, PlainTextGuard(),
                               load_rule_set, world.cards)
    father = add(household, "佐藤 一郎", date(1951, 12, 15), Relationship.PARENT)
    mother = add(household, "佐藤 和子", date(1955, 3, 3), Relationship.PARENT)
    coverage.change_job(father.id, date(2020, 4, 1), "某健保", CoverageKind.EMPLOYEE)
    coverage.become_dependent(mother.id, father.id, date(2020, 4, 1))
    entries = world.todo.items()
    spouse = next(e for e in entries if e.item.kind is TodoKind.SPOUSE_JOINS_NATIONAL)
    assert spouse.item.params["dependents"] == ("佐藤 和子",)
    assert spouse.member_name == "佐藤 一郎"
