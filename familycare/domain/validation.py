"""Validation results as codes tied to a field, so the UI can show each next to its input."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ValidationIssue:
    field: str
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


class ValidationFailed(Exception):
    """Raised by services when a change is refused; carries every issue at once."""

    def __init__(self, issues: list[ValidationIssue]) -> None:
        super().__init__(", ".join(f"{i.field}:{i.code}" for i in issues))
        self.issues = issues
