"""Caregiver roles over a real database (SQLite and PostgreSQL): one holder per role, never
the member themself, every change audited on the cared-for member's history, stale screens
refused, and deleting a member leaves the roles they held to nobody, audited."""

from __future__ import annotations

from datetime import date

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.role import RoleKind
from familycare.domain.validation import ValidationFailed
from familycare.storage.audit_repository import AuditRepository
from familycare.storage.errors import ConcurrentEdit, NotFound

CONTACT = RoleKind.CONTACT_WHEN_STUCK
PROXIES = RoleKind.REGISTERS_PROXIES
GOES_ALONG = RoleKind.ACCOMPANIES_VISITS


@pytest.fixture
def family(household):
    def add(name: str, birth: date, relation: Relationship):
        return household.members.add_member(MemberDraft(name, birth, relation))

    return {
        "mother": add("山田 花子", date(1948, 3, 14), Relationship.PARENT),
        "father": add("山田 太郎", date(1946, 7, 1), Relationship.PARENT),
        "son": add("山田 健", date(1976, 10, 16), Relationship.SELF),
        "wife": add("山田 美咲", date(1978, 4, 20), Relationship.SPOUSE),
        "child": add("山田 陽菜", date(2012, 1, 24), Relationship.CHILD),
    }


def role_events(household, member_id: int) -> list[tuple[str, str]]:
    with household.db.unit_of_work() as session:
        events = AuditRepository(session).for_member(member_id)
    return [(e.action, e.summary) for e in reversed(events) if e.entity == "role"]


def holders(household, member_id: int) -> dict[RoleKind, str]:
    return {r.kind: r.holder_name for r in household.roles.roles_of(member_id).roles}


def test_roles_are_given_replaced_and_cleared_with_an_audit_trail(household, family) -> None:
    mother, son, wife = family["mother"], family["son"], family["wife"]
    household.roles.set_role(mother.id, CONTACT, son.id)
    household.roles.set_role(mother.id, GOES_ALONG, wife.id)
    assert holders(household, mother.id) == {CONTACT: "山田 健", GOES_ALONG: "山田 美咲"}

    change = household.roles.set_role(mother.id, CONTACT, wife.id)  # one holder per role
    assert change.before is not None and change.before.holder_name == "山田 健"
    assert holders(household, mother.id) == {CONTACT: "山田 美咲", GOES_ALONG: "山田 美咲"}
    household.roles.set_role(mother.id, CONTACT, None)  # "nobody" in the chooser
    assert holders(household, mother.id) == {GOES_ALONG: "山田 美咲"}
    assert role_events(household, mother.id) == [
        ("set", "contact_when_stuck: - → 山田 健"),
        ("set", "accompanies_visits: - → 山田 美咲"),
        ("set", "contact_when_stuck: 山田 健 → 山田 美咲"),
        ("clear", "contact_when_stuck: 山田 美咲 → -"),
    ]


def test_saving_the_same_holder_again_changes_and_records_nothing(household, family) -> None:
    mother, son = family["mother"], family["son"]
    first = household.roles.set_role(mother.id, CONTACT, son.id)
    again = household.roles.set_role(mother.id, CONTACT, son.id)
    assert not again.changed and again.after == first.after
    assert household.roles.clear_role(family["father"].id, CONTACT).before is None
    assert len(role_events(household, mother.id)) == 1
    assert role_events(household, family["father"].id) == []


@pytest.mark.parametrize(
    ("kind", "holder", "code"),
    [
        (CONTACT, "mother", "role_holder_is_member"),
        (PROXIES, "child", "role_holder_minor"),
    ],
)
def test_refused_holders_leave_nothing_behind(household, family, kind, holder, code) -> None:
    mother = family["mother"]
    with pytest.raises(ValidationFailed) as refused:
        household.roles.set_role(mother.id, kind, family[holder].id)
    assert [(i.field, i.code) for i in refused.value.issues] == [("holder", code)]
    assert holders(household, mother.id) == {}
    assert role_events(household, mother.id) == []


def test_a_child_may_go_along_or_be_called(household, family) -> None:
    father, child = family["father"], family["child"]
    household.roles.set_role(father.id, GOES_ALONG, child.id)
    household.roles.set_role(father.id, CONTACT, child.id)
    assert holders(household, father.id) == {GOES_ALONG: "山田 陽菜", CONTACT: "山田 陽菜"}


def test_unknown_members_are_named_not_stored(household, family) -> None:
    with pytest.raises(NotFound):
        household.roles.set_role(family["mother"].id, CONTACT, 999)
    with pytest.raises(NotFound):
        household.roles.set_role(999, CONTACT, family["son"].id)
    assert household.roles.all_roles() == {}


def test_a_change_based_on_what_another_device_replaced_is_refused(household, family) -> None:
    mother, son, wife = family["mother"], family["son"], family["wife"]
    seen_empty = 0
    household.roles.set_role(mother.id, CONTACT, son.id, seen_empty)
    with pytest.raises(ConcurrentEdit):  # the other screen still shows "nobody"
        household.roles.set_role(mother.id, CONTACT, wife.id, seen_empty)
    seen = household.roles.roles_of(mother.id).holder(CONTACT)
    assert seen is not None
    household.roles.set_role(mother.id, CONTACT, wife.id, seen.version)
    with pytest.raises(ConcurrentEdit):
        household.roles.clear_role(mother.id, CONTACT, seen.version)
    assert holders(household, mother.id) == {CONTACT: "山田 美咲"}


def test_all_roles_of_the_family_come_in_one_call(household, family) -> None:
    mother, father, son, wife = family["mother"], family["father"], family["son"], family["wife"]
    household.roles.set_role(mother.id, CONTACT, son.id)
    household.roles.set_role(father.id, PROXIES, son.id)
    household.roles.set_role(father.id, GOES_ALONG, wife.id)
    everyone = household.roles.all_roles()
    assert set(everyone) == {mother.id, father.id}
    assert [(r.kind, r.holder_name) for r in everyone[father.id].in_order()] == [
        (PROXIES, "山田 健"), (GOES_ALONG, "山田 美咲")]
    assert [r.member_id for r in household.roles.held_by(son.id)] == [mother.id, father.id]


def test_deleting_a_holder_leaves_their_roles_to_nobody_audited(household, family) -> None:
    mother, father, son, wife = family["mother"], family["father"], family["son"], family["wife"]
    household.roles.set_role(mother.id, CONTACT, son.id)
    household.roles.set_role(father.id, PROXIES, son.id)
    household.roles.set_role(father.id, CONTACT, wife.id)
    household.roles.set_role(son.id, GOES_ALONG, wife.id)  # a role held FOR the son

    impact = household.members.deletion_impact(son.id)
    assert impact.roles_held == ((CONTACT, "山田 花子"), (PROXIES, "山田 太郎"))
    assert impact.dependents["roles"] == 3  # held by him, and held for him
    household.members.delete_member(son.id)

    assert holders(household, mother.id) == {}
    assert holders(household, father.id) == {CONTACT: "山田 美咲"}
    assert set(household.roles.all_roles()) == {father.id}
    assert role_events(household, mother.id)[-1] == ("clear", "contact_when_stuck: 山田 健 → -")
    assert role_events(household, father.id)[-1] == ("clear", "registers_proxies: 山田 健 → -")
    assert role_events(household, son.id)[-1] == ("clear", "accompanies_visits: 山田 美咲 → -")


def test_the_deletion_count_leaves_out_records_that_stay(household, family) -> None:
    """A to-do item he took on stays on the list (unassigned): it is not "removed"."""
    son = family["son"]
    household.todo.assign("turns_75:member:1:2023-03-14", son.id)
    impact = household.members.deletion_impact(son.id)
    assert impact.todos_assigned == 1
    assert "todo_states" not in impact.dependents
