"""`familycare plan --scenario FILE` (the scenario contract) and `plan --member NAME`."""

from __future__ import annotations

import argparse
from pathlib import Path

from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand


def register(sub: argparse._SubParsersAction) -> None:
    parser = subcommand(sub, "plan", "plan a visit: which route, what to bring, what to say")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--scenario", metavar="FILE", help="a scenario JSON file")
    source.add_argument("--member", metavar="NAME", help="a member of the stored family")
    parser.add_argument("--date", metavar="DATE", help="visit date (YYYY-MM-DD or 和暦)")
    parser.add_argument("--facility", metavar="NAME", help="a saved clinic or pharmacy")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    args = ctx.args
    if args.scenario is not None:
        from familycare.cli.plan_scenario import run_plan_scenario
        from familycare.services.rule_set_loader import load_rule_set

        return run_plan_scenario(Path(args.scenario), ctx.stdout, ctx.stderr, load_rule_set())
    if not args.date:
        raise UserError("--date is required with --member")
    from familycare.cli.plan_member import run_plan_member

    return run_plan_member(ctx)
