"""Giving a to-do item to a family member: it shows on the item, survives done / undo /
snooze, is audited, and goes back to nobody (audited) when that member is deleted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.role import RoleKind
from familycare.storage.audit_repository import AuditRepository
from familycare.storage.errors import NotFound
from tests.services.todo_helpers import standard_card

TODAY = date(2026, 11, 25)


@pytest.fixture
def item(household):
    """太郎's certificate renewal, the one to-do item of a two-person family."""
    father = household.members.add_member(
        MemberDraft("山田 太郎", date(1946, 7, 1), Relationship.PARENT))
    ken = household.members.add_member(
        MemberDraft("山田 健", date(1976, 10, 16), Relationship.SELF))
    household.cards.save_card(ken.id, standard_card(date(2024, 1, 10)))  # nothing due
    household.cards.save_card(father.id, standard_card(
        date(2021, 9, 1), notified_cert_expires_on=date(2027, 1, 4)))
    (entry,) = household.todo.items()
    return entry


def son(household):
    return household.members.find_by_name("山田 健")


def assignee(household, key: str) -> int | None:
    entry = next(e for e in household.todo.overview().entries + household.todo.overview().hidden
                 if e.key == key)
    return entry.state.assignee_id if entry.state is not None else None


def todo_events(household, member_id: int) -> list[tuple[str, str]]:
    with household.db.unit_of_work() as session:
        events = AuditRepository(session).for_member(member_id)
    return [(e.action, e.summary) for e in reversed(events) if e.entity == "todo"]


def test_an_assigned_item_stays_on_the_list_with_its_assignee(household, item) -> None:
    ken = son(household)
    state = household.todo.assign(item.key, ken.id)
    assert state is not None and state.assignee_id == ken.id and not state.marked
    (entry,) = household.todo.items()  # assigning never hides an item
    assert entry.key == item.key and entry.state is not None
    assert entry.state.assignee_id == ken.id
    assert todo_events(household, ken.id) == [("assign", f"{item.key} → 山田 健")]


def test_done_undo_and_snooze_keep_the_assignee(household, item) -> None:
    ken = son(household)
    household.todo.assign(item.key, ken.id)
    household.todo.mark_done(item.key)
    assert household.todo.items() == []
    assert assignee(household, item.key) == ken.id
    assert household.todo.undo(item.key)
    (entry,) = household.todo.items()
    assert entry.state is not None and entry.state.assignee_id == ken.id
    assert not household.todo.undo(item.key)  # nothing done or snoozed to take back
    household.todo.snooze(item.key, TODAY + timedelta(days=3))
    assert household.todo.states()[item.key].assignee_id == ken.id


def test_unassigning_forgets_an_otherwise_empty_state(household, item) -> None:
    ken = son(household)
    household.todo.assign(item.key, ken.id)
    assert household.todo.assign(item.key, None) is None
    assert item.key not in household.todo.states()
    assert household.todo.assign(item.key, None) is None  # again: no event
    assert todo_events(household, ken.id) == [
        ("assign", f"{item.key} → 山田 健"), ("unassign", item.key)]


def test_an_unknown_member_cannot_take_an_item_on(household, item) -> None:
    with pytest.raises(NotFound):
        household.todo.assign(item.key, 999)
    assert item.key not in household.todo.states()


def test_deleting_the_assignee_puts_the_item_back_to_nobody(household, item) -> None:
    ken = son(household)
    father = household.members.find_by_name("山田 太郎")
    household.roles.set_role(father.id, RoleKind.CONTACT_WHEN_STUCK, ken.id)
    household.todo.assign(item.key, ken.id)
    household.todo.snooze(item.key, TODAY + timedelta(days=3))
    household.members.delete_member(ken.id)
    state = household.todo.states()[item.key]
    assert state.assignee_id is None and state.snoozed_until == TODAY + timedelta(days=3)
    assert todo_events(household, ken.id)[-1] == ("unassign", item.key)
