"""The demo family's delegations (DEMO_FAMILY.md): 健 is 太郎's voluntary portal proxy for
medical information and insurance details; 健 and 美咲 are legal representatives of both
children. No guarded session is open when the demo starts."""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain.delegation import DelegationDraft, DelegationKind, Scope
from familycare.household import Household


def add_demo_delegations(household: Household, t: date) -> None:
    members = {m.display_name: m for m in household.members.list_members()}
    ken, misaki = members["山田 健"], members["山田 美咲"]
    taro = members["山田 太郎"]
    household.delegations.add(DelegationDraft(
        taro.id, ken.id, DelegationKind.PORTAL_VOLUNTARY,
        (Scope.MEDICAL_INFO, Scope.INSURANCE_DETAILS), "",
        since=t - timedelta(days=200), review_due=t + timedelta(days=165),
        memo="マイナポータルで登録済み",
    ))
    for child in ("山田 陽菜", "山田 蓮"):
        principal = members[child]
        for parent in (ken, misaki):
            household.delegations.add(DelegationDraft(
                principal.id, parent.id, DelegationKind.LEGAL_MINOR,
                (Scope.MEDICAL_INFO, Scope.INSURANCE_DETAILS, Scope.MEDICINE_HISTORY), "",
                since=principal.birth_date,
            ))
