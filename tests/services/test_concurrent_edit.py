"""Two PCs with the same household open (two ``open_household`` on one database) edit the
same person: the later save is refused with ConcurrentEdit and the first save survives.
Runs on SQLite and on PostgreSQL (see tests/pg_household.py)."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import Household, open_household
from familycare.storage.errors import ConcurrentEdit
from familycare.storage.member_repository import MemberRepository


def second_pc(app_paths, clock, tmp_path: Path) -> Household:
    # Same database, its own config folder (device id), as on another computer.
    paths = type(app_paths)(app_paths.data_dir, app_paths.db_url, tmp_path / "pc2")
    from tests.fixtures_keyring import MemorySecretStore

    return open_household(paths, clock, MemorySecretStore())


def draft_of(member, **changes) -> MemberDraft:
    draft = MemberDraft(member.display_name, member.birth_date, member.relationship,
                        kana=member.kana, colour=member.colour, memo=member.memo)
    return replace(draft, **changes)


def test_the_second_save_of_the_same_member_is_refused(household, app_paths, clock,
                                                       tmp_path) -> None:
    created = household.members.add_member(
        MemberDraft("山田 花子", date(1948, 3, 14), Relationship.PARENT))
    other = second_pc(app_paths, clock, tmp_path)
    try:
        seen_here = household.members.get(created.id)
        seen_there = other.members.get(created.id)
        assert seen_here.version == seen_there.version

        saved = household.members.update_member(created.id, seen_here.version,
                                                draft_of(seen_here, memo="眼科は火曜"))
        with pytest.raises(ConcurrentEdit):
            other.members.update_member(created.id, seen_there.version,
                                        draft_of(seen_there, memo="上書きしないで"))

        # Nothing was overwritten, on either PC; the other PC sees the first save.
        for pc in (household, other):
            now = pc.members.get(created.id)
            assert (now.memo, now.version) == ("眼科は火曜", saved.version)
        # After reloading, the other PC's edit goes through.
        fresh = other.members.get(created.id)
        other.members.update_member(created.id, fresh.version, draft_of(fresh, memo="両方"))
        assert household.members.get(created.id).memo == "両方"
    finally:
        other.close()


def test_two_saves_racing_in_flight_do_not_both_win(household, app_paths, clock,
                                                    tmp_path) -> None:
    """Both PCs read version 1 before either writes: the database's version check (not
    only the service's read-then-compare) stops the second write."""
    created = household.members.add_member(
        MemberDraft("山田 太郎", date(1944, 2, 29), Relationship.PARENT))
    other = second_pc(app_paths, clock, tmp_path)
    both_read = threading.Barrier(2, timeout=30)
    outcomes: dict[str, object] = {}

    def save(pc: Household, label: str, memo: str) -> None:
        try:
            with pc.db.unit_of_work() as session:
                repo = MemberRepository(session)
                before = repo.get(created.id)
                both_read.wait()
                repo.update(created.id, before.version, draft_of(before, memo=memo))
            outcomes[label] = "saved"
        except Exception as exc:  # recorded for the assertion below
            outcomes[label] = exc

    try:
        threads = [threading.Thread(target=save, args=(household, "a", "A")),
                   threading.Thread(target=save, args=(other, "b", "B"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        results = sorted(outcomes.values(), key=lambda v: v == "saved")
        assert len(results) == 2 and results[1] == "saved", outcomes
        assert isinstance(results[0], ConcurrentEdit), outcomes
        winner = "A" if outcomes["a"] == "saved" else "B"
        now = household.members.get(created.id)
        assert (now.memo, now.version) == (winner, created.version + 1)
    finally:
        other.close()
