"""Two devices edited the same record: what this person changed, what the other device
saved meanwhile, and what "keep mine" would save.

Values are compared field by field against what this person's form was loaded with
(``base``). "Keep mine" saves this person's edited fields over the other device's values
and keeps the other device's changes to every field this person did not touch, so choosing
it never undoes anything that was not shown. Pure: no Qt, no storage.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldConflict:
    """A field this person changed to ``mine`` while the other device has ``theirs``."""

    field: str
    mine: object
    theirs: object


@dataclass(frozen=True)
class EditConflict:
    differing: tuple[FieldConflict, ...]  # choose: mine or theirs
    changed_there: tuple[str, ...]  # only the other device changed these: kept either way
    _keep_mine: tuple[tuple[str, object], ...]

    def keep_mine(self) -> dict[str, object]:
        """Every field's value when this person keeps their edits."""
        return dict(self._keep_mine)


def find_conflict(
    base: Mapping[str, object], mine: Mapping[str, object], theirs: Mapping[str, object]
) -> EditConflict:
    """``base``: what the form was loaded with; ``mine``: what it holds now; ``theirs``:
    what the other device saved. All three have the same fields, in display order."""
    differing: list[FieldConflict] = []
    changed_there: list[str] = []
    merged: list[tuple[str, object]] = []
    for name, loaded in base.items():
        edited_here = mine[name] != loaded
        value = mine[name] if edited_here else theirs[name]
        merged.append((name, value))
        if edited_here and mine[name] != theirs[name]:
            differing.append(FieldConflict(name, mine[name], theirs[name]))
        elif not edited_here and theirs[name] != loaded:
            changed_there.append(name)
    return EditConflict(tuple(differing), tuple(changed_there), tuple(merged))
