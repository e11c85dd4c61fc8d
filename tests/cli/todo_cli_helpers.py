"""A stored family for the todo / export command-line tests, built through the services in
the folder ``run_cli`` uses. The subprocess reads the real clock, so dates are relative to
today."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from familycare.domain.card_record import CardDraft, CardRecordKind
from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.member_facts import PinKind


def build_family(tmp_path: Path) -> date:
    """Two members: one certificate expiring in 40 days with a locked PIN, one in grace.
    Returns the day it was built for."""
    from familycare.household import open_household
    from familycare.paths import resolve_paths

    today = date.today()
    household = open_household(resolve_paths(data_dir=tmp_path / "cli-household", environ={}))
    try:
        father = household.members.add_member(
            MemberDraft("山田 太郎", date(1946, 7, 1), Relationship.PARENT))
        wife = household.members.add_member(
            MemberDraft("山田 美咲", date(1978, 4, 20), Relationship.SPOUSE))
        issued = today - timedelta(days=4 * 365)
        household.cards.save_card(father.id, CardDraft(
            CardRecordKind.STANDARD, issued_on=issued, insurance_registered=True,
            notified_cert_expires_on=today + timedelta(days=40)))
        household.cards.save_card(wife.id, CardDraft(
            CardRecordKind.STANDARD, issued_on=issued, insurance_registered=True,
            notified_cert_expires_on=today - timedelta(days=30)))
        for _ in range(3):
            household.cards.record_pin_failure(father.id, PinKind.USER_CERT)
    finally:
        household.close()
    return today
