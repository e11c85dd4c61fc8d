"""Delegations through the service: refusals tied to fields, who acts for whom, ending and
deleting, and the review prompt after a card was lost, suspended or reissued."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from familycare.domain.delegation import DelegationDraft, DelegationKind, Scope, WarningCode
from familycare.domain.member import Relationship
from familycare.domain.member_facts import CardState
from familycare.domain.validation import ValidationFailed
from familycare.storage.rows import AuditEventRow
from tests.services.proxy_helpers import member_with_card
from tests.services.records_helpers import standard_card


@pytest.fixture
def family(household):
    taro = member_with_card(household, "山田 太郎", date(1946, 7, 1), relation=Relationship.PARENT)
    ken = member_with_card(household, "山田 健")
    hina = member_with_card(household, "山田 陽菜", date(2012, 1, 24), relation=Relationship.CHILD)
    return household, taro, ken, hina


def voluntary(principal, agent, **kw) -> DelegationDraft:
    values = {"scopes": (Scope.MEDICAL_INFO, Scope.INSURANCE_DETAILS), "since": date(2026, 5, 1)}
    values.update(kw)
    return DelegationDraft(principal.id, agent.id, DelegationKind.PORTAL_VOLUNTARY, **values)


def test_who_acts_for_whom_with_scopes_and_dates(family) -> None:
    household, taro, ken, hina = family
    household.delegations.add(voluntary(taro, ken))
    household.delegations.add(DelegationDraft(hina.id, ken.id, DelegationKind.LEGAL_MINOR,
                                              since=hina.birth_date))
    for_taro = household.delegations.for_member(taro.id)
    assert [(v.agent.display_name, v.delegation.scopes, v.active) for v in for_taro.acted_for_by
            ] == [("山田 健", (Scope.MEDICAL_INFO, Scope.INSURANCE_DETAILS), True)]
    for_ken = household.delegations.for_member(ken.id)
    assert [v.principal.display_name for v in for_ken.acts_for] == ["山田 太郎", "山田 陽菜"]
    hina_view = household.delegations.for_member(hina.id).acted_for_by[0]
    assert hina_view.ends_on == date(2030, 1, 23)
    assert [w.code for w in hina_view.warnings] == [WarningCode.REGISTRATION_CHANGES_AT_15]


def test_refusals_are_tied_to_their_fields_and_nothing_is_saved(family) -> None:
    household, taro, ken, hina = family
    with pytest.raises(ValidationFailed) as failed:
        household.delegations.add(voluntary(taro, hina))
    assert [(i.field, i.code) for i in failed.value.issues] == [
        ("agent_member_id", "agent_under_18")]
    with pytest.raises(ValidationFailed) as legal:
        household.delegations.add(DelegationDraft(taro.id, ken.id, DelegationKind.LEGAL_MINOR,
                                                  since=date(2026, 1, 1)))
    assert legal.value.issues[0].code == "principal_not_minor"
    with pytest.raises(ValidationFailed) as mine:
        household.delegations.add(voluntary(taro, ken, memo="番号 1234 5678 9018"))
    assert mine.value.issues[0].code == "looks_like_my_number"
    assert household.delegations.list_all() == []


def test_a_new_portal_proxy_is_refused_for_a_face_auth_card_holder(household) -> None:
    hanako = member_with_card(household, "山田 花子", date(1948, 3, 14), face=True)
    ken = member_with_card(household, "山田 健")
    with pytest.raises(ValidationFailed) as failed:
        household.delegations.add(voluntary(hanako, ken))
    assert failed.value.issues[0].field == "principal_member_id"
    assert failed.value.issues[0].code == "principal_face_auth_no_portal"


def test_edit_end_and_delete_are_audited(family) -> None:
    household, taro, ken, _ = family
    added = household.delegations.add(voluntary(taro, ken))
    edited = household.delegations.update(added.id, added.version,
                                          voluntary(taro, ken, scopes=(Scope.MEDICINE_HISTORY,)))
    assert edited.scopes == (Scope.MEDICINE_HISTORY,)
    ended = household.delegations.end(added.id, date(2026, 11, 20))
    assert ended.until == date(2026, 11, 20)
    assert not household.delegations.for_member(taro.id).acted_for_by[0].active
    household.delegations.delete(added.id)
    assert household.delegations.list_all() == []
    with household.db.unit_of_work() as s:
        actions = list(s.scalars(select(AuditEventRow.action).where(
            AuditEventRow.entity == "delegation").order_by(AuditEventRow.id)))
    assert actions == ["add", "edit", "end", "delete"]


def test_deleting_a_member_removes_their_delegations(family) -> None:
    household, taro, ken, _ = family
    household.delegations.add(voluntary(taro, ken))
    household.members.delete_member(ken.id)
    assert household.delegations.list_all() == []


def test_a_lost_card_asks_for_review_until_marked_reviewed(family) -> None:
    household, taro, ken, _ = family
    added = household.delegations.add(voluntary(taro, ken))
    assert household.delegations.review_needed(taro.id) == []
    household.lost_cards.mark_card_lost(taro.id, date(2026, 11, 20))
    needing = household.delegations.review_needed(taro.id)
    assert [v.delegation.id for v in needing] == [added.id]
    # The agent's side sees it too, and the delegation itself was not removed.
    assert [v.delegation.id for v in household.delegations.review_needed(ken.id)] == [added.id]
    household.delegations.mark_reviewed(added.id)
    assert household.delegations.review_needed(taro.id) == []


def test_reissue_and_suspension_ask_for_review(family) -> None:
    household, taro, ken, _ = family
    added = household.delegations.add(voluntary(taro, ken))
    household.cards.reissue_card(ken.id, standard_card(date(2026, 11, 10)))
    reasons = household.delegations.review_needed(taro.id)[0].review_reasons
    assert [(e.kind.value, e.on) for e in reasons] == [("reissued", date(2026, 11, 10))]
    household.delegations.mark_reviewed(added.id, date(2026, 11, 24))
    household.cards.set_state(taro.id, CardState.SUSPENDED)
    reasons = household.delegations.review_needed(taro.id)[0].review_reasons
    assert [e.kind.value for e in reasons] == ["suspended"]


def test_the_demo_family_has_its_delegations(household) -> None:
    from familycare.services.demo import build_demo_family

    build_demo_family(household)
    members = {m.display_name: m for m in household.members.list_members()}
    taro = household.delegations.for_member(members["山田 太郎"].id)
    assert [(v.agent.display_name, v.delegation.kind, v.delegation.scopes)
            for v in taro.acted_for_by] == [
        ("山田 健", DelegationKind.PORTAL_VOLUNTARY,
         (Scope.MEDICAL_INFO, Scope.INSURANCE_DETAILS))]
    for child in ("山田 陽菜", "山田 蓮"):
        views = household.delegations.for_member(members[child].id).acted_for_by
        assert sorted(v.agent.display_name for v in views) == ["山田 健", "山田 美咲"]
        assert all(v.delegation.kind is DelegationKind.LEGAL_MINOR and v.active for v in views)
    # 蓮's card was lost at T-7: his representatives are asked to review.
    assert len(household.delegations.review_needed(members["山田 蓮"].id)) == 2
    assert household.proxy_sessions.pending() is None
