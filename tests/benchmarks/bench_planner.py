"""Benchmark: plan a visit for 2,000 varied members on one date (budget 50 ms).

Run: .venv/bin/python tests/benchmarks/bench_planner.py [--rounds N]
Not a pytest test (the name does not start with test_): timings on a shared CI machine are
noise, so the number is measured and reported, not asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from familycare.domain.member_facts import (  # noqa: E402
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    DocumentFacts,
    FacilityCaps,
    MemberFacts,
    PinKind,
)
from familycare.domain.visit_plan import plan_visit  # noqa: E402
from familycare.services.rule_set_loader import load_rule_set  # noqa: E402

MEMBERS = 2000
BUDGET_MS = 50.0
VISIT = date(2026, 12, 1)


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randrange((last - first).days + 1))


def build_members(rng: random.Random) -> list[tuple[MemberFacts, FacilityCaps]]:
    """Members spread over every branch: ages 0-100, both card kinds, every state, PIN
    failures 0-3, recent insurer changes, 75th birthdays, documents and facilities."""
    out = []
    for _ in range(MEMBERS):
        birth = _day(rng, date(1926, 1, 1), date(2024, 12, 31))
        card = None
        if rng.random() < 0.9:
            issued = _day(rng, max(birth, date(2016, 1, 1)), date(2026, 11, 30))
            card = CardFacts(
                kind=CardKind.FACE_AUTH if rng.random() < 0.1 else CardKind.STANDARD,
                issued_on=issued,
                applied_on=issued - timedelta(days=rng.randrange(0, 60))
                if rng.random() < 0.5
                else None,
                cert_expires_on=_day(rng, date(2025, 6, 1), date(2028, 12, 31))
                if rng.random() < 0.2
                else None,
                cert_renewed_before_expiry=rng.random() < 0.1,
                state=CardState.IN_HAND if rng.random() < 0.9 else rng.choice(list(CardState)),
                insurance_registered=rng.random() < 0.93,
            )
        coverage = ()
        if rng.random() < 0.85:
            since = (
                _day(rng, date(2000, 1, 1), VISIT)
                if rng.random() < 0.8
                else _day(rng, VISIT - timedelta(days=20), VISIT)
            )
            coverage = (CoveragePeriod(rng.choice(list(CoverageKind)), since),)
        documents = DocumentFacts(
            qualification_certificate_until=_day(rng, date(2025, 7, 31), date(2028, 7, 31))
            if rng.random() < 0.3
            else None,
            qualification_notice=rng.random() < 0.7,
            smartphone_card=rng.random() < 0.2,
        )
        facts = MemberFacts(
            birth, card, {PinKind.USER_CERT: rng.choice([0, 0, 0, 1, 2, 3])}, coverage, documents
        )
        facility = FacilityCaps(*(rng.choice([True, True, False, None]) for _ in range(3)))
        out.append((facts, facility))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    rules = load_rule_set()
    members = build_members(random.Random(2026))
    for facts, facility in members[:50]:  # warm-up (imports, per-day rule memo)
        plan_visit(facts, VISIT, facility, rules)
    timings = []
    for _ in range(args.rounds):
        start = time.perf_counter()
        for facts, facility in members:
            plan_visit(facts, VISIT, facility, rules)
        timings.append((time.perf_counter() - start) * 1000)
    median = statistics.median(timings)
    print(f"planned {MEMBERS} members for {VISIT} x {args.rounds} rounds")
    print(f"median {median:.1f} ms, best {min(timings):.1f} ms, worst {max(timings):.1f} ms")
    print(f"median / budget ({BUDGET_MS:.0f} ms) = {median / BUDGET_MS:.2f}")
    return 0 if median <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
