from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from familycare.domain.card_record import DocumentDraft, DocumentKind
from familycare.domain.validation import ValidationFailed
from familycare.storage.errors import NotFound
from tests.services.records_helpers import add_member

QC = DocumentKind.QUALIFICATION_CERTIFICATE


def test_add_update_delete(household):
    m = add_member(household, "花子", date(1948, 8, 17))
    doc = household.documents.add_document(
        m.id, DocumentDraft(QC, "広域連合", issued_on=date(2026, 8, 1),
                            valid_until=date(2027, 7, 31))
    )
    changed = household.documents.update_document(
        doc.id, doc.version, replace(doc.draft(), valid_until=date(2028, 7, 31))
    )
    assert household.documents.list_documents(m.id) == [changed]
    household.documents.delete_document(doc.id)
    assert household.documents.list_documents(m.id) == []
    with pytest.raises(NotFound):
        household.documents.delete_document(doc.id)


@pytest.mark.parametrize(
    ("draft", "expected"),
    [
        (DocumentDraft(QC, issued_on=date(2026, 8, 1)), ("valid_until", "valid_until_missing")),
        (DocumentDraft(QC, issued_on=date(2026, 8, 1), valid_until=date(2026, 7, 1)),
         ("valid_until", "expiry_not_after_issue")),
        (DocumentDraft(QC, issued_on=date(2026, 12, 1), valid_until=date(2027, 7, 31)),
         ("issued_on", "date_in_future")),
        (DocumentDraft(DocumentKind.QUALIFICATION_NOTICE, held=False),
         ("held", "neither_held_nor_applied")),
    ],
)
def test_impossible_documents_are_refused(household, draft, expected):
    m = add_member(household, "花子", date(1948, 8, 17))
    with pytest.raises(ValidationFailed) as failed:
        household.documents.add_document(m.id, draft)
    assert expected in {(i.field, i.code) for i in failed.value.issues}


def test_planner_reads_held_documents_only(household):
    m = add_member(household, "蓮", date(2018, 12, 25))
    household.documents.add_document(m.id, DocumentDraft(QC, applied_on=date(2026, 11, 20),
                                                         held=False))
    household.documents.add_document(m.id, DocumentDraft(DocumentKind.QUALIFICATION_NOTICE))
    docs = household.facts.facts_for(m.id).documents
    assert docs.qualification_certificate_until is None
    assert docs.qualification_notice is True
