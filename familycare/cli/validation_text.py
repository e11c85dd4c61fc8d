"""Validation issues as one translated line for the command line."""

from __future__ import annotations

from familycare.domain.validation import ValidationIssue
from familycare.i18n.catalog_common import FIELD_NAMES
from familycare.i18n.messages import validation_text
from familycare.i18n.text import translate_code


def issues_line(issues: list[ValidationIssue]) -> str:
    parts = []
    for issue in issues:
        field = translate_code("validation", FIELD_NAMES.get(issue.field, issue.field))
        text = validation_text(issue.code, issue.params)
        parts.append(f"{field}: {text}")
    return " / ".join(parts)
