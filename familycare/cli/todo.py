"""`familycare todo [--within DAYS] [--json]`: what to do next, for the whole family."""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from datetime import date

from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand


def register(sub: argparse._SubParsersAction) -> None:
    parser = subcommand(sub, "todo", "what to do next for each family member, by date")
    parser.add_argument("--within", metavar="DAYS",
                        help="only items due within DAYS days (overdue and urgent ones always)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(handler=run)


def parse_days(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        days = int(text)
    except ValueError:
        raise UserError(f"--within: {text!r} is not a whole number of days") from None
    if days < 0 or days > 3660:
        raise UserError(f"--within: {days} is out of range (0 to 3660 days)")
    return days


def _json_value(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    return value


def _json_params(params: Mapping[str, object]) -> dict[str, object]:
    return {name: _json_value(value) for name, value in params.items()}


def run(ctx: CliContext) -> int:
    within = parse_days(ctx.args.within)
    household = ctx.household()
    from familycare.domain.todo_office import OfficeDaySuggester, sends_to_office
    from familycare.i18n.todo_text import (
        countdown_text,
        date_text,
        item_action,
        item_office_line,
        item_title,
    )

    today = household.clock.today()
    entries = household.todo.items(today, within)
    office_days = OfficeDaySuggester(today)
    assignees = {e.state.assignee_id for e in entries
                 if e.state is not None and e.state.assignee_id is not None}
    names = ({m.id: m.display_name for m in household.members.list_members()}
             if assignees else {})

    def assignee_id(entry: object) -> int | None:
        state = entry.state  # type: ignore[attr-defined]
        return state.assignee_id if state is not None else None

    if ctx.args.json:
        rows = [
            {
                "key": e.key,
                "member_id": e.item.member_id,
                "member": e.member_name,
                "kind": e.item.kind.value,
                "action": e.item.action.value,
                "due": e.item.due.isoformat(),
                "lead": e.item.lead.isoformat(),
                "severity": int(e.item.severity),
                "now": e.item.floating,
                "overdue": e.item.overdue_on(today),
                # Every item done at the municipal office lists its next open days.
                "params": _json_params(
                    {**e.item.params, "office_days": office_days.for_item(e.item)}
                    if sends_to_office(e.item) else e.item.params
                ),
                "title": item_title(e.item),
                "what_to_do": item_action(e.item),
                "assignee_id": assignee_id(e),
                "assignee": names.get(assignee_id(e) or 0),
            }
            for e in entries
        ]
        json.dump(rows, ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 0
    for e in entries:
        when = countdown_text(e.item, today)
        due = "" if e.item.floating else date_text(e.item.due)
        ctx.stdout.write(f"{due}\t{when}\t{e.member_name}\t{item_title(e.item)}\n")
        ctx.stdout.write(f"\t\t\t→ {item_action(e.item)}\n")
        office = item_office_line(e.item, office_days)
        if office:
            ctx.stdout.write(f"\t\t\t  {office}\n")
        who = names.get(assignee_id(e) or 0)
        if who:
            from familycare.i18n.text import fill, translate

            taken = fill(translate("todo_page", "Taken on by {name}"), {"name": who})
            ctx.stdout.write(f"\t\t\t{taken}\n")
    return 0
