"""The demo family's caregiver roles: 健 registers proxies for 太郎 and 花子 and is the contact
when stuck for both parents and for 佐藤 一郎; 美咲 goes along on 花子's and the children's
visits. 太郎's certificate renewal on the to-do list is given to 健.

Runs before the demo visits step, so the saved visit cards already name the contact.
"""

from __future__ import annotations

from datetime import date

from familycare.domain.role import RoleKind
from familycare.domain.todo import TodoKind
from familycare.household import Household

DEMO_ROLES = (
    ("山田 太郎", RoleKind.REGISTERS_PROXIES, "山田 健"),
    ("山田 花子", RoleKind.REGISTERS_PROXIES, "山田 健"),
    ("山田 太郎", RoleKind.CONTACT_WHEN_STUCK, "山田 健"),
    ("山田 花子", RoleKind.CONTACT_WHEN_STUCK, "山田 健"),
    ("佐藤 一郎", RoleKind.CONTACT_WHEN_STUCK, "山田 健"),
    ("山田 花子", RoleKind.ACCOMPANIES_VISITS, "山田 美咲"),
    ("山田 陽菜", RoleKind.ACCOMPANIES_VISITS, "山田 美咲"),
    ("山田 蓮", RoleKind.ACCOMPANIES_VISITS, "山田 美咲"),
)


def add_demo_roles(household: Household, t: date) -> None:
    members = {m.display_name: m for m in household.members.list_members()}
    for member, kind, holder in DEMO_ROLES:
        household.roles.set_role(members[member].id, kind, members[holder].id)


def assign_demo_todo(household: Household, t: date) -> None:
    """The last step: the to-do list is complete only once every record exists."""
    taro = household.members.find_by_name("山田 太郎")
    ken = household.members.find_by_name("山田 健")
    mine = [e for e in household.todo.overview(t).entries if e.item.member_id == taro.id]
    chosen = next((e for e in mine if e.item.kind is TodoKind.CERT_EXPIRY), None)
    if chosen is None and mine:  # the demo's dates moved: still show an assigned item
        chosen = mine[0]
    if chosen is not None:
        household.todo.assign(chosen.key, ken.id)
