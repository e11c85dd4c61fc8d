"""`familycare member list|add` (and the roles commands of ``member_roles``)."""

from __future__ import annotations

import argparse
import json

from familycare.cli import member_roles
from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand
from familycare.cli.validation_text import issues_line
from familycare.domain.member import MemberDraft, Relationship
from familycare.domain.validation import ValidationFailed


def register(sub: argparse._SubParsersAction) -> None:
    member = subcommand(sub, "member", "list or add family members, and their family roles")
    actions = member.add_subparsers(dest="member_action", metavar="ACTION", required=True,
                                    parser_class=type(member))
    listing = subcommand(actions, "list", "list the family members")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=list_members)
    add = subcommand(actions, "add", "add a family member")
    add.add_argument("--name", required=True)
    add.add_argument("--birth", required=True, metavar="DATE",
                     help="date of birth: YYYY-MM-DD or 和暦 such as S25.3.14")
    add.add_argument("--relation", required=True, choices=[r.value for r in Relationship])
    add.add_argument("--kana", default="")
    add.add_argument("--memo", default="")
    add.set_defaults(handler=add_member)
    member_roles.register(actions)


def parse_cli_date(ctx: CliContext, text: str, option: str) -> object:
    from familycare.domain.date_input import DateInputError, parse_date_input

    try:
        return parse_date_input(text)
    except DateInputError as exc:
        from familycare.cli.context import install_cli_language
        from familycare.i18n.messages import validation_text

        install_cli_language(ctx.args, None)
        raise UserError(f"{option}: {validation_text(str(exc.code), exc.params)}") from exc


def list_members(ctx: CliContext) -> int:
    household = ctx.household()
    members = household.members.list_members()
    today = household.clock.today()
    if ctx.args.json:
        rows = [
            {
                "id": m.id,
                "name": m.display_name,
                "kana": m.kana,
                "birth_date": m.birth_date.isoformat(),
                "age": m.age_on(today),
                "relation": m.relationship.value,
                "colour": m.colour,
            }
            for m in members
        ]
        json.dump(rows, ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 0
    for m in members:
        ctx.stdout.write(
            f"{m.display_name}\t{m.birth_date.isoformat()}\t{m.age_on(today)}\t"
            f"{m.relationship.value}\n"
        )
    return 0


def add_member(ctx: CliContext) -> int:
    args = ctx.args
    draft = MemberDraft(
        display_name=args.name,
        birth_date=parse_cli_date(ctx, args.birth, "--birth"),  # type: ignore[arg-type]
        relationship=Relationship(args.relation),
        kana=args.kana,
        memo=args.memo,
    )
    household = ctx.household()
    try:
        member = household.members.add_member(draft)
    except ValidationFailed as failed:
        raise UserError(issues_line(failed.issues)) from failed
    ctx.stdout.write(f"{member.display_name}\n")
    return 0
