"""Shared builders for the notes, backup and export tests (not a test module)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from familycare.domain.member import Member, MemberDraft, Relationship
from familycare.household import Household, open_household
from familycare.paths import resolve_paths
from familycare.services.clock import FixedClock

TODAY = date(2026, 11, 25)


def open_with_store(folder: Path, store: object, clock: FixedClock | None = None) -> Household:
    folder.mkdir(parents=True, exist_ok=True)
    return open_household(
        resolve_paths(data_dir=folder, environ={}), clock or FixedClock(TODAY), store  # type: ignore[arg-type]
    )


def add_member(household: Household, name: str = "山田 花子", born: date = date(1948, 3, 14),
               relation: Relationship = Relationship.PARENT) -> Member:
    return household.members.add_member(MemberDraft(name, born, relation))


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def bytes_contain(path: Path, needle: str) -> bool:
    data = path.read_bytes()
    return any(
        needle.encode(encoding) in data for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    )
