"""``familycare plan --scenario FILE``: read a scenario file and print its visit plan as JSON.

Exit 0 with the plan on standard output; exit 2 with ONE line ``error: <field>: <what is
wrong>`` on standard error for anything malformed (the scenario contract). The argparse
wiring lives elsewhere and calls ``run_plan_scenario``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from familycare.domain.rules import RuleSet
from familycare.domain.scenario import ScenarioError, parse_scenario
from familycare.domain.visit_plan import plan_visit
from familycare.i18n.catalog_plan import scenario_error_text

MAX_SCENARIO_BYTES = 1024 * 1024
EXIT_OK = 0
EXIT_BAD_SCENARIO = 2


class _FileProblem(Exception):
    pass


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _reject_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            raise _FileProblem(f"the key {key!r} appears twice in one object")
        seen[key] = value
    return seen


def _read_json(path: Path) -> object:
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_SCENARIO_BYTES + 1)  # never read more than the limit
    except OSError as exc:
        raise _FileProblem(f"cannot read the file ({exc.strerror or exc})") from exc
    if len(raw) > MAX_SCENARIO_BYTES:
        raise _FileProblem("the file is larger than 1 MiB; a scenario is a few hundred bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _FileProblem(
            f"the file is not UTF-8 text (bad byte at position {exc.start})"
        ) from exc
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicates)
    except json.JSONDecodeError as exc:
        raise _FileProblem(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    except RecursionError:
        raise _FileProblem("not a scenario: the JSON is nested too deeply") from None
    except ValueError:  # Python refuses integers of more than 4300 digits
        raise _FileProblem("not a scenario: a number in the file is far too long") from None


def run_plan_scenario(path: Path, stdout: TextIO, stderr: TextIO, rules: RuleSet) -> int:
    """Plan the scenario in ``path``; print the plan (exit 0) or one error line (exit 2)."""
    try:
        data = _read_json(path)
        facts, visit_date, facility = parse_scenario(data)
    except _FileProblem as exc:
        stderr.write(f"error: {_one_line(str(path))}: {_one_line(str(exc))}\n")
        return EXIT_BAD_SCENARIO
    except ScenarioError as exc:
        message = scenario_error_text(exc.code.value).format(detail=exc.detail)
        stderr.write(f"error: {_one_line(exc.field_path)}: {_one_line(message)}\n")
        return EXIT_BAD_SCENARIO
    plan = plan_visit(facts, visit_date, facility, rules)
    stdout.write(json.dumps(plan.to_json(), ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK
