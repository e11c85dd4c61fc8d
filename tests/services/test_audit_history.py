"""A member's change history read back from the audit log, newest first, others' left out."""

from __future__ import annotations


def test_history_lists_only_this_members_events_newest_first(household):
    from tests.services.visits_helpers import small_family

    family = small_family(household)
    events = household.history.for_member(family.father.id)
    assert events, "adding a member and a card is recorded"
    assert all(e.member_id == family.father.id for e in events)
    assert [e.at for e in events] == sorted((e.at for e in events), reverse=True)
    assert household.history.for_member(family.father.id, limit=1) == events[:1]
