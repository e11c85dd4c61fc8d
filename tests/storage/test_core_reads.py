"""Reading without the ORM: what the first screen reads comes through a Core connection
(``Database.reading``) and equals what a unit of work reads; a write through a reading
connection is refused instead of half-working."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.storage.member_repository import MemberRepository
from familycare.storage.settings_repository import SettingsRepository


def test_a_reading_connection_sees_what_a_unit_of_work_sees(tmp_path: Path) -> None:
    household = open_household(resolve_paths(data_dir=tmp_path / "h", environ={}))
    try:
        household.members.add_member(MemberDraft("山田 花子", date(1948, 3, 14),
                                                 Relationship.PARENT))
        household.settings.set("user_name", "健")
        with household.db.reading() as connection:
            read = MemberRepository(connection).list_all(), SettingsRepository(connection).all()
        with household.db.unit_of_work() as session:
            assert (MemberRepository(session).list_all(), SettingsRepository(session).all()) == read
        assert [m.display_name for m in read[0]] == ["山田 花子"]
        assert read[1]["user_name"] == "健"
    finally:
        household.close()


def test_writing_through_a_reading_connection_is_refused(tmp_path: Path) -> None:
    household = open_household(resolve_paths(data_dir=tmp_path / "h", environ={}))
    try:
        with household.db.reading() as connection, pytest.raises(TypeError, match="unit of work"):
            MemberRepository(connection).add(
                MemberDraft("山田 太郎", date(1946, 1, 2), Relationship.PARENT))
        assert household.members.list_members() == []
    finally:
        household.close()
