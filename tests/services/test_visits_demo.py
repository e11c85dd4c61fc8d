"""The demo family's visits: 太郎 at the pharmacy at T+2, 花子 and 蓮 at the clinic at T+3."""

from __future__ import annotations

from datetime import timedelta

from familycare.domain.visit_plan import PlanWarning, Route
from familycare.services.demo import build_demo_family


def test_demo_visits(household, clock):
    build_demo_family(household)
    t = clock.today()
    (father,) = household.visits.visits_on(t + timedelta(days=2))
    assert father.member.display_name == "山田 太郎"
    assert father.card.do_not_try_pin
    assert PlanWarning.PIN_LAST_ATTEMPT in father.plan.warnings
    assert father.plan.route is Route.CARD_WITH_NOTICE
    morning = household.visits.visits_on(t + timedelta(days=3))
    assert [v.member.display_name for v in morning] == ["山田 花子", "山田 蓮"]
    assert {v.facility.id for v in morning if v.facility} and len(
        {v.facility.id for v in morning if v.facility}
    ) == 1
    assert len(household.visits.upcoming(t, within_days=3)) == 3
