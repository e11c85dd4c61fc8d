"""Pulling the plug: a writer killed with SIGKILL at random moments never loses a saved change.

A child process keeps writing through the services (members added and edited, PIN failures
recorded, visits planned) and prints one line after each COMMITTED unit of work. The parent
kills it at a random moment, then checks the file with ``PRAGMA integrity_check`` and looks
for every write the child reported. N rounds: 100 when CI=true, else 10.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
ROUNDS = 100 if os.environ.get("CI") == "true" else 10

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from familycare.domain.card_record import FacilityDraft, FacilityKind
    from familycare.domain.member import MemberDraft, Relationship
    from familycare.domain.member_facts import PinKind
    from familycare.domain.validation import ValidationFailed
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.clock import FixedClock
    from tests.services.records_helpers import standard_card

    data_dir, run = sys.argv[1], int(sys.argv[2])
    household = open_household(resolve_paths(data_dir=data_dir, environ={}),
                               FixedClock(date(2026, 11, 25)))
    facilities = household.facilities.list_facilities()
    facility = facilities[0] if facilities else household.facilities.add_facility(
        FacilityDraft("さくら薬局", FacilityKind.PHARMACY, True, False, False))
    print("ready", flush=True)
    members = household.members.list_members()
    i = 0
    while True:
        i += 1
        step = i % 4
        if step == 1 or not members:
            m = household.members.add_member(
                MemberDraft(f"M{run}-{i}", date(1950, 1, 1) + timedelta(days=i),
                            Relationship.CHILD))
            print(f"member {m.id} {m.display_name}", flush=True)
            household.cards.save_card(m.id, standard_card(date(2024, 6, 1)))
            members.append(m)
        elif step == 2:
            m = household.members.get(members[i % len(members)].id)
            draft = MemberDraft(m.display_name, m.birth_date, m.relationship,
                                memo=f"edit {run * 100000 + i}")
            household.members.update_member(m.id, m.version, draft)
            print(f"edit {m.id} {run * 100000 + i}", flush=True)
        elif step == 3:
            m = members[i % len(members)]
            if household.cards.current_card(m.id) is None:  # killed before its card was saved
                household.cards.save_card(m.id, standard_card(date(2024, 6, 1)))
            try:
                household.cards.record_pin_failure(m.id, PinKind.USER_CERT)
            except ValidationFailed:  # locked after the limit: reset, then count again
                household.cards.record_pin_reset(m.id, PinKind.USER_CERT)
            print(f"pin {m.id}", flush=True)
        else:
            m = members[i % len(members)]
            day = date(2026, 12, 1) + timedelta(days=i % 200)
            planned = household.visits.plan_visit(m.id, day, facility.id)
            print(f"visit {planned.id} {day.isoformat()}", flush=True)
    """
)


class Reported:
    """Every write the children said was committed."""

    def __init__(self) -> None:
        self.members: dict[int, str] = {}
        self.last_edit: dict[int, int] = {}
        self.pin_events: dict[int, int] = defaultdict(int)
        self.visits: dict[int, str] = {}
        self.count = 0

    def add(self, line: str) -> None:
        parts = line.split()
        if not parts or parts[0] == "ready":
            return
        kind, ident = parts[0], int(parts[1])
        if kind == "member":
            self.members[ident] = parts[2]
        elif kind == "edit":
            self.last_edit[ident] = max(self.last_edit.get(ident, 0), int(parts[2]))
        elif kind == "pin":
            self.pin_events[ident] += 1
        elif kind == "visit":
            self.visits[ident] = parts[2]
        self.count += 1

    def missing_from(self, db: Path) -> list[str]:
        con = sqlite3.connect(db)
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            problems = []
            names = dict(con.execute("SELECT id, display_name FROM members"))
            memos = dict(con.execute("SELECT id, memo FROM members"))
            for member_id, name in self.members.items():
                if names.get(member_id) != name:
                    problems.append(f"member {member_id} {name}")
            for member_id, number in self.last_edit.items():
                memo = memos.get(member_id) or "edit 0"
                if int(memo.split()[1]) < number:  # a later, unreported edit may be newer
                    problems.append(f"edit {member_id} {number} (found {memo!r})")
            pins = dict(con.execute(
                "SELECT member_id, count(*) FROM audit_events WHERE entity='pin_counter' "
                "GROUP BY member_id"
            ))
            for member_id, events in self.pin_events.items():
                if pins.get(member_id, 0) < events:
                    problems.append(f"pin {member_id}: {pins.get(member_id, 0)} < {events}")
            visits = dict(con.execute("SELECT id, visit_on FROM visits"))
            for visit_id, day in self.visits.items():
                if str(visits.get(visit_id)) != day:
                    problems.append(f"visit {visit_id} {day}")
            return problems
        finally:
            con.close()


def run_and_kill(data_dir: Path, run: int, rng: random.Random, reported: Reported) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(data_dir), str(run)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        first = child.stdout.readline()
        assert first.strip() == "ready", child.stderr.read() if child.poll() else first
        time.sleep(rng.uniform(0.0, 0.6))  # somewhere in the middle of a write, or not
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        assert child.returncode == -signal.SIGKILL, child.stderr.read()
        for line in child.stdout.read().splitlines():  # what it had printed before dying
            reported.add(line)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()
        child.stderr.close()


def test_killed_writer_never_loses_a_committed_change(data_dir: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    reported = Reported()
    db = data_dir / "familycare.sqlite3"
    started = time.monotonic()
    for run in range(1, ROUNDS + 1):
        run_and_kill(data_dir, run, rng, reported)
        problems = reported.missing_from(db)
        assert problems == [], f"seed {seed}, round {run}: lost {problems[:5]}"
    elapsed = time.monotonic() - started
    print(f"\ncrash loop: {ROUNDS} kills, {reported.count} committed writes checked, "
          f"{elapsed:.1f} s, seed {seed}")
    assert reported.count > ROUNDS  # the child really wrote between kills
    # And the household still opens normally through the app.
    from familycare.household import open_household
    from familycare.paths import resolve_paths

    household = open_household(resolve_paths(data_dir=data_dir, environ={}))
    try:
        assert len(household.members.list_members()) >= len(reported.members)
    finally:
        household.close()
