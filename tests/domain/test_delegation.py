"""Delegation checks (RULES.md section 6): who can be whose agent, the child's 15th and 18th
birthdays, face-authentication cards, scopes, and review after card events."""

from __future__ import annotations

from datetime import date

from familycare.domain.delegation import (
    CardEvent,
    CardEventKind,
    Delegation,
    DelegationDraft,
    DelegationKind,
    Party,
    Purpose,
    Scope,
    WarningCode,
    delegation_warnings,
    review_reasons,
    suggest_scopes,
    validate_delegation,
)
from familycare.domain.member_facts import CardKind

TODAY = date(2026, 11, 25)
FATHER = Party(1, date(1946, 7, 1), CardKind.STANDARD)
SON = Party(2, date(1976, 10, 16), CardKind.STANDARD)
DAUGHTER = Party(3, date(2012, 1, 24), CardKind.STANDARD)  # 14, turns 15 on 2027-01-24
TEEN = Party(4, date(2009, 3, 1), CardKind.STANDARD)  # 17


def codes(issues) -> dict[str, str]:
    return {i.field: i.code for i in issues}


def draft(principal: Party, agent: Party, kind=DelegationKind.PORTAL_VOLUNTARY, **kw):
    values = {"since": date(2026, 6, 1)}
    values.update(kw)
    return DelegationDraft(principal.member_id, agent.member_id, kind, **values)


def delegation(kind: DelegationKind, principal: Party, agent: Party, **kw) -> Delegation:
    values = dict(scopes=(), scope_text="", since=date(2026, 1, 1), until=None, review_due=None,
                  reviewed_on=None, memo="", version=1)
    values.update(kw)
    return Delegation(1, principal.member_id, agent.member_id, kind, **values)


def test_a_valid_voluntary_delegation_passes() -> None:
    assert validate_delegation(draft(FATHER, SON), FATHER, SON, TODAY) == []


def test_a_member_cannot_be_their_own_agent() -> None:
    assert codes(validate_delegation(draft(SON, SON), SON, SON, TODAY)) == {
        "agent_member_id": "agent_is_principal"}


def test_a_voluntary_agent_must_be_18_on_the_since_date() -> None:
    issues = validate_delegation(draft(FATHER, TEEN), FATHER, TEEN, TODAY)
    assert codes(issues) == {"agent_member_id": "agent_under_18"}
    assert issues[0].params["adult_on"] == date(2027, 3, 1)
    # A letter names whoever runs the errand: a 17-year-old grandchild may carry it.
    assert validate_delegation(draft(FATHER, TEEN, DelegationKind.LETTER), FATHER, TEEN,
                               TODAY) == []


def test_legal_minor_only_for_a_principal_under_18_on_the_since_date() -> None:
    ok = draft(DAUGHTER, SON, DelegationKind.LEGAL_MINOR, since=DAUGHTER.birth_date)
    assert validate_delegation(ok, DAUGHTER, SON, TODAY) == []
    adult = draft(SON, FATHER, DelegationKind.LEGAL_MINOR)
    assert codes(validate_delegation(adult, SON, FATHER, TODAY)) == {
        "kind": "principal_not_minor"}
    # The since date decides, not today: a delegation begun at 17 stays valid.
    at_17 = draft(TEEN, SON, DelegationKind.LEGAL_MINOR, since=date(2026, 6, 1))
    assert validate_delegation(at_17, TEEN, SON, TODAY) == []


def test_legal_minor_cannot_run_past_the_18th_birthday() -> None:
    late = draft(TEEN, SON, DelegationKind.LEGAL_MINOR, until=date(2027, 3, 1))
    assert codes(validate_delegation(late, TEEN, SON, TODAY)) == {"until": "until_after_majority"}
    record = delegation(DelegationKind.LEGAL_MINOR, TEEN, SON)
    assert record.ends_on(TEEN.birth_date) == date(2027, 2, 28)
    assert record.active_on(date(2027, 2, 28), TEEN.birth_date)
    assert not record.active_on(date(2027, 3, 1), TEEN.birth_date)


def test_face_auth_card_holder_cannot_get_a_new_portal_proxy() -> None:
    mother = Party(5, date(1948, 3, 14), CardKind.FACE_AUTH)
    assert codes(validate_delegation(draft(mother, SON), mother, SON, TODAY)) == {
        "principal_member_id": "principal_face_auth_no_portal"}
    # Editing a delegation recorded before the switch is allowed (with a warning).
    assert validate_delegation(draft(mother, SON), mother, SON, TODAY, is_new=False) == []
    warnings = delegation_warnings(delegation(DelegationKind.PORTAL_VOLUNTARY, mother, SON),
                                   mother, TODAY)
    assert [w.code for w in warnings] == [WarningCode.PRINCIPAL_FACE_AUTH]


def test_dates_and_free_text_are_checked() -> None:
    bad = draft(FATHER, SON, since=None, until=date(2026, 1, 1))
    assert codes(validate_delegation(bad, FATHER, SON, TODAY))["since"] == "since_missing"
    reversed_ = draft(FATHER, SON, until=date(2026, 5, 1), review_due=date(2026, 5, 1))
    assert codes(validate_delegation(reversed_, FATHER, SON, TODAY)) == {
        "until": "until_before_since", "review_due": "review_before_since"}
    other = draft(FATHER, SON, scopes=(Scope.OTHER,))
    assert codes(validate_delegation(other, FATHER, SON, TODAY)) == {
        "scope_text": "other_scope_needs_text"}


def test_warnings_come_before_the_15th_and_18th_birthdays() -> None:
    legal = delegation(DelegationKind.LEGAL_MINOR, DAUGHTER, SON)
    found = delegation_warnings(legal, DAUGHTER, TODAY)
    assert [(w.code, w.on) for w in found] == [
        (WarningCode.REGISTRATION_CHANGES_AT_15, date(2027, 1, 24))]
    assert delegation_warnings(legal, DAUGHTER, date(2026, 6, 1)) == ()
    teen = delegation(DelegationKind.LEGAL_MINOR, TEEN, SON)
    assert [w.code for w in delegation_warnings(teen, TEEN, date(2026, 12, 15))] == [
        WarningCode.LEGAL_MINOR_ENDS_AT_18]
    assert [w.code for w in delegation_warnings(teen, TEEN, date(2027, 3, 2))] == [
        WarningCode.LEGAL_MINOR_ENDED]


def test_narrowest_scopes_per_purpose() -> None:
    assert suggest_scopes([Purpose.CHECK_INSURANCE]) == (Scope.INSURANCE_DETAILS,)
    assert suggest_scopes([Purpose.MEDICAL_EXPENSE_DEDUCTION, Purpose.HIGH_COST_CAP]) == (
        Scope.MEDICAL_INFO, Scope.INSURANCE_DETAILS, Scope.TAX)
    assert suggest_scopes([]) == ()


def test_card_events_ask_for_a_review_until_reviewed() -> None:
    d = delegation(DelegationKind.PORTAL_VOLUNTARY, FATHER, SON, since=date(2026, 3, 1))
    lost = CardEvent(date(2026, 11, 18), FATHER.member_id, CardEventKind.LOST)
    agents = CardEvent(date(2026, 10, 1), SON.member_id, CardEventKind.REISSUED)
    before = CardEvent(date(2025, 1, 1), FATHER.member_id, CardEventKind.REISSUED)
    stranger = CardEvent(date(2026, 11, 1), 99, CardEventKind.LOST)
    assert review_reasons(d, [lost, agents, before, stranger]) == (agents, lost)
    reviewed = delegation(DelegationKind.PORTAL_VOLUNTARY, FATHER, SON, since=date(2026, 3, 1),
                          reviewed_on=date(2026, 11, 18))
    assert review_reasons(reviewed, [lost, agents]) == ()
