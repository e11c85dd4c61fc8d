"""Bad input files on the command line: one clear line, the right exit code, no traceback,
bounded time and memory; the household file untouched. Plus a fuzz run of the scenario
parser and planner (10,000 inputs when CI=true, 500 otherwise)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from familycare.cli.plan_scenario import MAX_SCENARIO_BYTES
from familycare.domain.rules import RuleSet
from familycare.domain.scenario import ScenarioError, parse_scenario
from familycare.domain.visit_plan import plan_visit
from familycare.services.rule_set_loader import load_rule_set

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(Path("/work/shared/scenarios/examples").glob("*.json"))
FUZZ_EXAMPLES = 10_000 if os.environ.get("CI") == "true" else 500

# Runs the CLI and reports its peak memory on a pipe of its own, away from stdout/stderr.
MEASURED = textwrap.dedent(
    """
    import os, resource, sys
    from familycare.cli.main import main
    code = main(sys.argv[1:])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    os.write(int(os.environ["PEAK_FD"]), str(peak).encode())
    sys.exit(code)
    """
)

VALID = {
    "member": {
        "birth_date": "1985-02-11",
        "card": {"kind": "standard", "issued_on": "2023-04-01"},
        "pins": {"user_cert_failures": 0},
        "coverage": {"kind": "employee", "since": "2026-11-20"},
        "documents": {"qualification_notice": True},
    },
    "visit": {"date": "2026-11-25", "facility": {"online_check": True, "face_reader": True}},
}


def run_measured(data_dir: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], int, float]:
    """(result, peak RSS in KiB, seconds) of ``familycare *args``."""
    read_end, write_end = os.pipe()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PEAK_FD=str(write_end))
    env.pop("FAMILYCARE_DATA_DIR", None)
    started = time.monotonic()
    try:
        result = subprocess.run(
            [sys.executable, "-c", MEASURED, "--data-dir", str(data_dir), "--language", "en",
             *args],
            capture_output=True, text=True, env=env, cwd=REPO, timeout=120,
            pass_fds=(write_end,),
        )
    finally:
        os.close(write_end)
    elapsed = time.monotonic() - started
    with os.fdopen(read_end, "rb") as pipe:
        peak = int(pipe.read() or b"0")
    return result, peak, elapsed


def assert_one_clear_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and "unexpected failure" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


BAD_SCENARIOS: dict[str, bytes] = {
    "malformed": b'{"member": {"birth_date": "1985-02-11",, }',
    "truncated": json.dumps(VALID).encode()[:57],
    "empty": b"",
    "utf16": json.dumps(VALID).encode("utf-16"),
    "shift_jis": '{"member": {"birth_date": "昭和60年"}}'.encode("shift_jis"),
    "binary": bytes(range(256)) * 16,
    "deep_lists": b"[" * 200_000 + b"]" * 200_000,
    "deep_objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "not_an_object": b"[1, 2, 3]",
    "nan": b'{"member": {"birth_date": NaN}, "visit": {"date": Infinity}}',
    "duplicate_keys": b'{"member": {}, "member": {}}',
    "huge_number": b'{"member": {"pins": {"user_cert_failures": 1' + b"0" * 5000 + b"}}}",
}


@pytest.fixture(scope="module")
def small_peak(tmp_path_factory) -> int:
    folder = tmp_path_factory.mktemp("baseline")
    path = folder / "ok.json"
    path.write_text(json.dumps(VALID))
    result, peak, _ = run_measured(folder / "household", "plan", "--scenario", str(path))
    assert result.returncode == 0, result.stderr
    return peak


@pytest.mark.parametrize("name", sorted(BAD_SCENARIOS))
def test_bad_scenario_file_exits_2_with_one_line(tmp_path, name) -> None:
    path = tmp_path / f"{name}.json"
    path.write_bytes(BAD_SCENARIOS[name])
    result, _, _ = run_measured(tmp_path / "household", "plan", "--scenario", str(path))
    line = assert_one_clear_line(result, 2)
    assert line.startswith("error:") and len(line) < 400
    assert result.stdout == ""


def test_missing_file_and_folder_exit_2(tmp_path) -> None:
    for target in (tmp_path / "nowhere.json", tmp_path):
        result, _, _ = run_measured(tmp_path / "household", "plan", "--scenario", str(target))
        assert_one_clear_line(result, 2)


def test_very_large_file_is_refused_quickly_with_bounded_memory(tmp_path, small_peak) -> None:
    assert MAX_SCENARIO_BYTES <= 1024 * 1024
    path = tmp_path / "huge.json"
    chunk = b'{"member": {"memo": "' + b"x" * (1024 * 1024) + b'"}, '
    with path.open("wb") as handle:  # 60 MB of real bytes, not a sparse file
        handle.write(b"[")
        for _ in range(60):
            handle.write(chunk)
        handle.write(b"{}]")
    assert path.stat().st_size >= 50 * 1024 * 1024
    result, peak, elapsed = run_measured(tmp_path / "household", "plan", "--scenario", str(path))
    line = assert_one_clear_line(result, 2)
    assert "larger than" in line
    assert peak - small_peak < 16 * 1024, f"{peak} KiB vs {small_peak} KiB for a small file"
    assert elapsed < 30


# -- import and restore (another engineer's commands): bad files change nothing ---------
BAD_IMPORTS: dict[str, bytes] = {
    "malformed": b'{"format": "familycare-export", "tables": {',
    "truncated": b'{"format": "familycare-export", "format_version": 1, "tab',
    "utf16": '{"format": "x"}'.encode("utf-16"),
    "deep": b"[" * 200_000 + b"]" * 200_000,
    "binary": bytes(range(256)) * 16,
    "empty": b"",
}


@pytest.mark.parametrize("name", sorted(BAD_IMPORTS))
@pytest.mark.parametrize("command", ["import", "restore"])
def test_bad_import_or_restore_file_is_one_line_and_writes_nothing(
    tmp_path, name, command
) -> None:
    path = tmp_path / f"{name}.bin"
    path.write_bytes(BAD_IMPORTS[name])
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("correct horse battery staple\n")
    extra = ["--passphrase-file", str(passphrase)] if command == "restore" else []
    household = tmp_path / "household"
    result, _, _ = run_measured(household, command, "--from", str(path), *extra)
    assert_one_clear_line(result, 1)
    database = household / "familycare.sqlite3"
    if database.exists():  # import opened an empty household: it must still be empty
        import sqlite3

        con = sqlite3.connect(database)
        try:
            assert con.execute("SELECT count(*) FROM members").fetchone() == (0,)
        finally:
            con.close()


def test_very_large_import_is_refused_quickly(tmp_path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(60 * 1024 * 1024)
    result, _, elapsed = run_measured(tmp_path / "household", "import", "--from", str(path))
    assert_one_clear_line(result, 1)
    assert elapsed < 30


# -- fuzz: the parser and planner never fail with anything but a ScenarioError -------------
json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["standard", "face_auth", "child", "in_hand", "lost", "national",
                     "employee", "late_elderly", "2026-02-29", "2026-13-01", "", "0"]),
)
json_values = st.recursive(
    json_leaves,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.text(max_size=12), children, max_size=4),
    ),
    max_leaves=12,
)


def _paths(value: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    return found


def _load_bases() -> list[Any]:
    bases: list[Any] = [VALID]
    for path in EXAMPLES:
        bases.append(json.loads(path.read_text(encoding="utf-8"))["scenario"])
    return bases


BASES = _load_bases()


@st.composite
def scenarios(draw: st.DrawFn) -> Any:
    """A real scenario with a few fields replaced, removed or added, or any JSON value."""
    if draw(st.integers(0, 9)) == 0:
        return draw(json_values)
    document = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(document) if p]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = document
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.integers(0, 7))
        if action == 0:
            del parent[path[-1]]
        elif action == 1:
            parent[draw(st.text(max_size=10))] = draw(json_values)
        elif action == 2:
            parent[path[-1]] = draw(json_values)
        else:  # a plausible value of the same kind: reaches the planner's corners
            parent[path[-1]] = draw(same_kind(parent[path[-1]]))
    return document


ENUM_WORDS = ["standard", "face_auth", "child", "in_hand", "lost", "suspended", "expired",
              "national", "employee", "late_elderly", "mutual_aid", "dependent", "pharmacy"]


def same_kind(original: Any) -> st.SearchStrategy[Any]:
    if isinstance(original, bool):
        return st.booleans()
    if isinstance(original, int):
        return st.integers(min_value=-2, max_value=12)
    if isinstance(original, str) and len(original) == 10 and original[4] == "-":
        return st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(
            lambda d: d.isoformat()
        )
    if isinstance(original, str):
        return st.sampled_from([original, *ENUM_WORDS])
    if original is None:
        return st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
    return json_values


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rule_set()


class Tally:
    def __init__(self) -> None:
        self.planned = 0
        self.refused = 0


@pytest.fixture(scope="module")
def tally() -> Tally:
    found = Tally()
    yield found
    print(f"\nfuzz: {found.planned + found.refused} inputs, {found.planned} planned, "
          f"{found.refused} refused with a ScenarioError")


def test_fuzzed_scenarios_plan_or_are_refused_cleanly(rules, tally) -> None:
    @settings(
        max_examples=FUZZ_EXAMPLES, deadline=None, database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(scenarios())
    def check(document: Any) -> None:
        try:
            facts, visit_date, facility = parse_scenario(document)
        except ScenarioError as exc:
            assert exc.field_path is not None and exc.code is not None
            tally.refused += 1
            return
        plan = plan_visit(facts, visit_date, facility, rules)
        text = json.dumps(plan.to_json(), ensure_ascii=False, allow_nan=False)
        assert text and not math.isnan(len(text))
        tally.planned += 1

    check()
    assert tally.planned + tally.refused >= FUZZ_EXAMPLES
    assert tally.planned > FUZZ_EXAMPLES // 20  # the fuzzing reached the planner, too
