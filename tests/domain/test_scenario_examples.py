"""Every shared example scenario must give exactly what its ``expect`` block says.

The folder is /work/shared/scenarios/examples next to the repository (override with
FAMILYCARE_SCENARIOS_DIR). Comparison as the contract says: dates, route, auth and fallbacks
equal; expected warnings present, excluded ones absent; phrases compared after NFKC.
"""

from __future__ import annotations

import json
import os
import unicodedata
from pathlib import Path

import pytest

from familycare.domain.rules import RuleSet
from familycare.domain.scenario import parse_scenario
from familycare.domain.visit_plan import plan_visit

EXACT_KEYS = ("card_expires_on", "cert_expires_on", "grace_until", "route", "auth", "fallbacks")


def _examples_dir() -> Path:
    chosen = os.environ.get("FAMILYCARE_SCENARIOS_DIR")
    if chosen:
        return Path(chosen)
    return Path(__file__).resolve().parents[2].parent / "shared" / "scenarios" / "examples"


EXAMPLES_DIR = _examples_dir()
EXAMPLES = sorted(EXAMPLES_DIR.glob("*.json")) if EXAMPLES_DIR.is_dir() else []


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


# CI always has shared/ beside the clone: there a missing folder is a failure, not a skip.
REQUIRED = os.environ.get("CI", "").lower() == "true"


@pytest.mark.skipif(
    not EXAMPLES_DIR.is_dir() and not REQUIRED,
    reason=f"shared scenario examples not found at {EXAMPLES_DIR} (set FAMILYCARE_SCENARIOS_DIR)",
)
def test_examples_folder_is_not_empty() -> None:
    assert EXAMPLES, f"no *.json files in {EXAMPLES_DIR}"


@pytest.mark.skipif(not EXAMPLES, reason=f"no shared scenario examples at {EXAMPLES_DIR}")
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_scenario(path: Path, rules: RuleSet) -> None:
    document = json.loads(path.read_text(encoding="utf-8"))
    expect = document["expect"]
    facts, visit_date, facility = parse_scenario(document["scenario"])

    out = plan_visit(facts, visit_date, facility, rules).to_json()

    for key in EXACT_KEYS:
        if key in expect:
            assert out[key] == expect[key], f"{path.name}: {key}"
    for code in expect.get("warnings", []):
        assert code in out["warnings"], f"{path.name}: expected warning {code}"
    for code in expect.get("not_warnings", []):
        assert code not in out["warnings"], f"{path.name}: unexpected warning {code}"
    phrases = {_nfkc(p) for p in out["phrases"]}  # type: ignore[union-attr]
    for phrase in expect.get("phrases_include", []):
        assert _nfkc(phrase) in phrases, f"{path.name}: missing phrase {phrase}"
    assert out["rules_version"] == rules.version
