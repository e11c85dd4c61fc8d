"""What the conflict dialog shows and what "keep mine" saves, field by field."""

from __future__ import annotations

from familycare.domain.edit_conflict import FieldConflict, find_conflict

BASE = {"name": "山田 花子", "kana": "やまだ はなこ", "memo": "", "colour": "#E69F00"}


def test_both_changed_the_same_field_differently() -> None:
    mine = {**BASE, "memo": "眼科は火曜"}
    theirs = {**BASE, "memo": "眼科は水曜"}
    conflict = find_conflict(BASE, mine, theirs)
    assert conflict.differing == (FieldConflict("memo", "眼科は火曜", "眼科は水曜"),)
    assert conflict.changed_there == ()
    assert conflict.keep_mine() == mine


def test_keeping_mine_never_undoes_a_change_made_only_there() -> None:
    mine = {**BASE, "memo": "眼科は火曜"}
    theirs = {**BASE, "kana": "ヤマダ ハナコ", "colour": "#56B4E9"}
    conflict = find_conflict(BASE, mine, theirs)
    assert [c.field for c in conflict.differing] == ["memo"]
    assert conflict.changed_there == ("kana", "colour")
    assert conflict.keep_mine() == {**theirs, "memo": "眼科は火曜"}


def test_the_same_edit_on_both_sides_is_no_conflict() -> None:
    same = {**BASE, "memo": "眼科は火曜"}
    conflict = find_conflict(BASE, same, same)
    assert conflict.differing == () and conflict.changed_there == ()
    assert conflict.keep_mine() == same


def test_fields_keep_their_display_order() -> None:
    mine = {"name": "A", "kana": "B", "memo": "C", "colour": "D"}
    theirs = {"name": "W", "kana": "X", "memo": "Y", "colour": "Z"}
    assert [c.field for c in find_conflict(BASE, mine, theirs).differing] == [
        "name", "kana", "memo", "colour"]
