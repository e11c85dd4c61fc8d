"""An unexpected error during a headless start (``--screenshot``, ``--exit-when-ready``:
scripts, CI, support) ends the process with a clear line and a crash report; it used to
open a modal dialog on the offscreen screen that nobody could close, and hung for ever."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

from familycare.domain.member import MemberDraft, Relationship
from familycare.household import open_household
from familycare.paths import resolve_paths


def test_a_damaged_record_during_a_headless_start_exits_with_a_report(tmp_path: Path) -> None:
    folder = tmp_path / "household"
    household = open_household(resolve_paths(data_dir=folder, environ={}))
    try:
        household.members.add_member(
            MemberDraft("山田 花子", date(1948, 3, 14), Relationship.PARENT))
        db_file = household.paths.sqlite_file
    finally:
        household.close()
    # Damage as another program (or a disk fault) could leave it: SQLite keeps any text in
    # a DATE column, and reading it back fails in a place no message was written for.
    with sqlite3.connect(db_file) as raw:
        raw.execute("UPDATE members SET birth_date = 'not a date'")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FAMILYCARE_DB_URL", None)
    result = subprocess.run(
        [sys.executable, "-m", "familycare", "--data-dir", str(folder), "--exit-when-ready"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode != 0
    assert "familycare: unexpected error; report:" in result.stderr
    reports = list((folder / "logs").glob("crash-*.txt"))
    assert len(reports) == 1
