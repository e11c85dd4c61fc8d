"""``facts_for_all`` reads the whole household in a fixed number of statements and gives the
same facts as the member-by-member path (``facts_for``), whatever the records hold."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import event

from familycare.domain.card_record import CardRecordKind, CoverageDraft, DocumentDraft, DocumentKind
from familycare.domain.member_facts import CardState, CoverageKind, PinKind
from tests.services.records_helpers import add_member, face_card, standard_card


@contextmanager
def counted_selects(household) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(conn, cursor, statement, *args):  # noqa: ANN001 - SQLAlchemy hook signature
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(household.db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(household.db.engine, "before_cursor_execute", count)


def _add_members(household, first: int, count: int) -> None:
    for i in range(first, first + count):
        m = add_member(household, f"M{i}", date(1940 + i % 60, 1 + i % 12, 1 + i % 28))
        household.cards.save_card(m.id, standard_card(date(2022, 6, 1)))
        household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
        household.coverage.add_period(m.id, CoverageDraft(CoverageKind.NATIONAL, date(2020, 1, 1)))
        household.documents.add_document(m.id, DocumentDraft(
            DocumentKind.QUALIFICATION_NOTICE, issued_on=date(2024, 1, 1)))


def test_the_number_of_statements_does_not_grow_with_the_members(household):
    _add_members(household, 0, 3)
    with counted_selects(household) as few:
        assert len(household.facts.facts_for_all()) == 3
    _add_members(household, 3, 40)
    with counted_selects(household) as many:
        assert len(household.facts.facts_for_all()) == 43
    assert len(many) == len(few) <= 5


def test_every_kind_of_record_gives_the_same_facts_as_one_member_at_a_time(household):
    # A member with nothing recorded.
    add_member(household, "空", date(1990, 1, 1))
    # An applied-for card is no card: no PINs, no smartphone.
    applied = add_member(household, "申請中", date(2001, 2, 3))
    household.cards.save_card(applied.id, standard_card(
        None, kind=CardRecordKind.APPLIED, applied_on=date(2026, 10, 1)))
    # Printed and notified dates, early renewal, smartphone, two PINs, a lost card.
    full = add_member(household, "全部", date(1952, 2, 29))
    household.cards.save_card(full.id, standard_card(
        date(2019, 3, 1), applied_on=date(2019, 1, 10), printed_expires_on=date(2029, 2, 28),
        cert_issued_on=date(2024, 1, 5), cert_renewed_before_expiry=True,
        notified_cert_expires_on=date(2029, 2, 28), smartphone_set_up=True,
        insurance_registered=False))
    household.cards.record_pin_failure(full.id, PinKind.USER_CERT)
    household.cards.record_pin_failure(full.id, PinKind.SIGNING)
    household.cards.record_pin_failure(full.id, PinKind.SIGNING)
    # Coverage entered out of order, one undated; documents held and not held.
    household.coverage.add_period(full.id, CoverageDraft(
        CoverageKind.EMPLOYEE, date(2015, 4, 1), date(2019, 3, 31)))
    household.coverage.add_period(full.id, CoverageDraft(CoverageKind.NATIONAL, None,
                                                         date(2015, 3, 31)))
    household.coverage.add_period(full.id, CoverageDraft(CoverageKind.NATIONAL,
                                                         date(2019, 4, 1)))
    applied_on = date(2026, 10, 1)  # a paper not held yet is one applied for
    for until, held in ((date(2027, 7, 31), True), (date(2028, 7, 31), False),
                        (date(2026, 7, 31), True)):
        household.documents.add_document(full.id, DocumentDraft(
            DocumentKind.QUALIFICATION_CERTIFICATE, valid_until=until, held=held,
            applied_on=None if held else applied_on))
    household.documents.add_document(full.id, DocumentDraft(
        DocumentKind.QUALIFICATION_NOTICE, held=False, applied_on=applied_on))
    lost = add_member(household, "紛失", date(2012, 8, 8))
    household.cards.save_card(lost.id, face_card(date(2023, 5, 5)))
    household.cards.set_state(lost.id, CardState.LOST)
    household.documents.add_document(lost.id, DocumentDraft(
        DocumentKind.QUALIFICATION_NOTICE, issued_on=date(2024, 1, 1)))

    every = household.facts.facts_for_all()

    members = household.members.list_members()
    assert list(every) == sorted(m.id for m in members)
    assert every == {m.id: household.facts.facts_for(m.id) for m in members}
    assert every[applied.id].card is None and every[applied.id].pins == {}
    assert every[full.id].pins == {PinKind.USER_CERT: 1, PinKind.SIGNING: 2}
    assert [p.since for p in every[full.id].coverage] == [
        None, date(2015, 4, 1), date(2019, 4, 1)]
    assert every[full.id].documents.qualification_certificate_until == date(2027, 7, 31)
    assert every[full.id].documents.qualification_notice is False
    assert every[lost.id].documents.qualification_notice is True


def test_unchanged_members_keep_their_facts_and_a_change_is_read(household):
    _add_members(household, 0, 2)
    first = household.facts.facts_for_all()
    changed, calm = sorted(first)
    household.cards.record_pin_failure(changed, PinKind.USER_CERT)
    second = household.facts.facts_for_all()
    assert second[calm] is first[calm]  # nothing of theirs changed: the same object
    assert second[changed].pins == {PinKind.USER_CERT: 2}
    assert second[changed] == household.facts.facts_for(changed)
