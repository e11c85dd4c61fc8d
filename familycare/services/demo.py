"""The demo household (DEMO_FAMILY.md), built through the services as a user would.

Dates are relative to the day the demo is created (T), so it stays interesting whenever it
is opened. Later features (cards, coverage, visits …) add their part in ``DEMO_STEPS``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import Household
from familycare.services.demo_delegations import add_demo_delegations
from familycare.services.demo_records import add_demo_records
from familycare.services.demo_roles import add_demo_roles, assign_demo_todo
from familycare.services.demo_visits import add_demo_visits

DemoStep = Callable[[Household, date], None]


def years_before(day: date, years: int, extra_days: int = 0) -> date:
    """The date ``years`` before ``day`` (28 Feb for 29 Feb), shifted by ``extra_days``."""
    try:
        base = day.replace(year=day.year - years)
    except ValueError:
        base = day.replace(year=day.year - years, day=28)
    return base + timedelta(days=extra_days)


def demo_members(t: date) -> list[MemberDraft]:
    return [
        MemberDraft("山田 花子", years_before(t, 78, -100), Relationship.PARENT, "やまだ はなこ",
                    "#E69F00", "母。顔認証マイナンバーカード"),
        MemberDraft("山田 太郎", years_before(t, 81, 40), Relationship.PARENT, "やまだ たろう",
                    "#56B4E9", "父。暗証番号を2回まちがえた"),
        MemberDraft("佐藤 一郎", years_before(t, 75, 20), Relationship.PARENT, "さとう いちろう",
                    "#009E73", "妻の父"),
        MemberDraft("山田 健", years_before(t, 50, -40), Relationship.SELF, "やまだ けん",
                    "#0072B2", ""),
        MemberDraft("山田 美咲", years_before(t, 48, -30), Relationship.SPOUSE, "やまだ みさき",
                    "#D55E00", ""),
        MemberDraft("山田 陽菜", years_before(t, 15, 60), Relationship.CHILD, "やまだ ひな",
                    "#CC79A7", "中学生"),
        MemberDraft("山田 蓮", years_before(t, 8, -30), Relationship.CHILD, "やまだ れん",
                    "#999999", "小学生"),
    ]


def add_demo_members(household: Household, t: date) -> None:
    for draft in demo_members(t):
        household.members.add_member(draft)


DEMO_STEPS: list[DemoStep] = [
    add_demo_members,
    add_demo_records,
    add_demo_roles,
    add_demo_visits,
    add_demo_delegations,
    assign_demo_todo,
]


def build_demo_family(household: Household, today: date | None = None) -> None:
    t = today or household.clock.today()
    for step in DEMO_STEPS:
        step(household, t)
