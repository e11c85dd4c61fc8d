"""A family member and the checks a new or edited member must pass."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum

from familycare.domain.validation import ValidationIssue

MAX_NAME_LENGTH = 100
MAX_KANA_LENGTH = 200
MAX_MEMO_LENGTH = 2000
EARLIEST_BIRTH_DATE = date(1900, 1, 1)


class Relationship(StrEnum):
    """Relationship to the household's reference person (the app's user)."""

    SELF = "self"
    PARENT = "parent"
    SPOUSE = "spouse"
    CHILD = "child"
    GRANDPARENT = "grandparent"
    OTHER = "other"


@dataclass(frozen=True)
class MemberDraft:
    """What a person typed: not yet validated, no id."""

    display_name: str
    birth_date: date | None
    relationship: Relationship
    kana: str = ""
    colour: str = ""
    memo: str = ""

    def normalised(self) -> MemberDraft:
        return replace(
            self,
            display_name=" ".join(self.display_name.split()),
            kana=self.kana.strip(),
            memo=self.memo.strip(),
        )


@dataclass(frozen=True, init=False)
class Member:
    id: int
    display_name: str
    kana: str
    birth_date: date
    relationship: Relationship
    colour: str
    memo: str
    version: int

    def __init__(
        self,
        id: int,  # noqa: A002 - the field's name
        display_name: str,
        kana: str,
        birth_date: date,
        relationship: Relationship,
        colour: str,
        memo: str,
        version: int,
    ) -> None:
        # The generated __init__ of a frozen dataclass sets each field through
        # object.__setattr__ (~2 us for these eight); a household of 2,000 members is read
        # into Members on every first refresh. Setting the instance dict once is what that
        # does, at a quarter of the cost; the instance stays frozen afterwards.
        self.__dict__.update(
            id=id, display_name=display_name, kana=kana, birth_date=birth_date,
            relationship=relationship, colour=colour, memo=memo, version=version,
        )

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return years


# The hand-written __init__ must take every field, in order: a field added to Member and
# not to __init__ stops the import here instead of being left unset.
if Member.__init__.__code__.co_varnames[1:Member.__init__.__code__.co_argcount] != tuple(
    f.name for f in fields(Member)
):
    raise TypeError("Member.__init__ does not take Member's fields in order")


def validate_member(
    draft: MemberDraft, today: date, other_names: frozenset[str]
) -> list[ValidationIssue]:
    """Every problem with the draft, each tied to its field. ``other_names`` excludes self."""
    issues: list[ValidationIssue] = []
    name = draft.display_name
    if not name:
        issues.append(ValidationIssue("display_name", "name_empty"))
    elif len(name) > MAX_NAME_LENGTH:
        issues.append(ValidationIssue("display_name", "too_long", {"max": MAX_NAME_LENGTH}))
    elif name.casefold() in {n.casefold() for n in other_names}:
        issues.append(ValidationIssue("display_name", "name_taken", {"name": name}))
    if len(draft.kana) > MAX_KANA_LENGTH:
        issues.append(ValidationIssue("kana", "too_long", {"max": MAX_KANA_LENGTH}))
    if draft.birth_date is None:
        issues.append(ValidationIssue("birth_date", "birth_date_missing"))
    elif draft.birth_date > today:
        issues.append(ValidationIssue("birth_date", "birth_date_future"))
    elif draft.birth_date < EARLIEST_BIRTH_DATE:
        issues.append(ValidationIssue("birth_date", "birth_date_too_early"))
    if len(draft.memo) > MAX_MEMO_LENGTH:
        issues.append(ValidationIssue("memo", "too_long", {"max": MAX_MEMO_LENGTH}))
    return issues
