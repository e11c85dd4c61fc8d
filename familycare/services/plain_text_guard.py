"""Refuses My Numbers typed into plain (non-secret) fields.

A 12-digit number with a valid check digit in a memo, a name or a title would end up in the
database, exports and logs; the person is told why and offered a sensitive note instead.
"""

from __future__ import annotations

from collections.abc import Mapping

from familycare.domain.validation import ValidationIssue


class PlainTextGuard:
    def check_fields(self, fields: Mapping[str, str]) -> list[ValidationIssue]:
        from familycare.domain.my_number import find_my_numbers

        return [
            ValidationIssue(name, "looks_like_my_number")
            for name, value in fields.items()
            if value and find_my_numbers(value)
        ]
