"""`familycare member roles|set-role|clear-role`: who in the family helps whom (家族の担当)."""

from __future__ import annotations

import argparse
import json

from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand
from familycare.cli.validation_text import issues_line
from familycare.domain.role import RoleKind
from familycare.domain.validation import ValidationFailed

ROLE_CHOICES = [k.value for k in RoleKind]
NOBODY = "nobody"


def register(actions: argparse._SubParsersAction) -> None:
    listing = subcommand(actions, "roles", "list who holds each family role")
    listing.add_argument("--member", metavar="NAME", help="only the roles held for NAME")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=list_roles)
    setting = subcommand(actions, "set-role", "give a family role for a member to someone")
    setting.add_argument("--member", required=True, metavar="NAME", help="who is helped")
    setting.add_argument("--role", required=True, choices=ROLE_CHOICES)
    setting.add_argument("--holder", required=True, metavar="NAME",
                         help=f"who helps ('{NOBODY}' leaves the role empty)")
    setting.set_defaults(handler=set_role)
    clearing = subcommand(actions, "clear-role", "leave a family role for a member to nobody")
    clearing.add_argument("--member", required=True, metavar="NAME")
    clearing.add_argument("--role", required=True, choices=ROLE_CHOICES)
    clearing.set_defaults(handler=clear_role)


def _member(ctx: CliContext, name: str, option: str) -> object:
    from familycare.storage.errors import NotFound

    try:
        return ctx.household().members.find_by_name(name)
    except NotFound as exc:
        raise UserError(f"{option}: no member named {name!r}") from exc


def list_roles(ctx: CliContext) -> int:
    household = ctx.household()
    members = household.members.list_members()
    if ctx.args.member:
        wanted = _member(ctx, ctx.args.member, "--member")
        members = [m for m in members if m.id == wanted.id]  # type: ignore[attr-defined]
    roles = household.roles.all_roles()
    rows = []
    for member in members:
        found = roles.get(member.id)
        for role in found.in_order() if found is not None else ():
            rows.append({"member_id": member.id, "member": member.display_name,
                         "role": role.kind.value, "holder_id": role.holder_id,
                         "holder": role.holder_name})
    if ctx.args.json:
        json.dump(rows, ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 0
    for row in rows:
        ctx.stdout.write(f"{row['member']}\t{row['role']}\t{row['holder']}\n")
    return 0


def set_role(ctx: CliContext) -> int:
    args = ctx.args
    member = _member(ctx, args.member, "--member")
    holder = None
    if args.holder.strip().casefold() != NOBODY:
        holder = _member(ctx, args.holder, "--holder")
    kind = RoleKind(args.role)
    household = ctx.household()
    try:
        change = household.roles.set_role(
            member.id, kind, holder.id if holder is not None else None)  # type: ignore[attr-defined]
    except ValidationFailed as failed:
        raise UserError(issues_line(failed.issues)) from failed
    name = change.after.holder_name if change.after is not None else NOBODY
    ctx.stdout.write(f"{member.display_name}\t{kind.value}\t{name}\n")  # type: ignore[attr-defined]
    return 0


def clear_role(ctx: CliContext) -> int:
    member = _member(ctx, ctx.args.member, "--member")
    kind = RoleKind(ctx.args.role)
    ctx.household().roles.clear_role(member.id, kind)  # type: ignore[attr-defined]
    ctx.stdout.write(f"{member.display_name}\t{kind.value}\t{NOBODY}\n")  # type: ignore[attr-defined]
    return 0
