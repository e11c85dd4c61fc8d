"""`familycare facility add|list`: the clinics and pharmacies the family visits."""

from __future__ import annotations

import argparse
import json

from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand
from familycare.domain.card_record import FacilityDraft, FacilityKind
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.i18n import catalog_records as cat

TRI_STATE = {"yes": True, "no": False, "unknown": None}


def register(sub: argparse._SubParsersAction) -> None:
    facility = subcommand(sub, "facility", "list or add clinics, hospitals and pharmacies")
    actions = facility.add_subparsers(dest="facility_action", metavar="ACTION", required=True,
                                      parser_class=type(facility))
    listing = subcommand(actions, "list", "list the saved clinics, hospitals and pharmacies")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=list_facilities)
    add = subcommand(actions, "add", "save a clinic, hospital or pharmacy")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", choices=[k.value for k in FacilityKind], default="clinic")
    for option, what in (("--online-check", "checks eligibility online"),
                         ("--face-reader", "has a face-recognition card reader"),
                         ("--smartphone-reader", "accepts a smartphone as insurance card")):
        add.add_argument(option, choices=tuple(TRI_STATE), default="unknown",
                         help=f"whether it {what} (default: unknown)")
    add.add_argument("--memo", default="")
    add.set_defaults(handler=add_facility)


def tri_state_word(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def records_issues_line(issues: list[ValidationIssue]) -> str:
    """Validation issues of record services as one translated line."""
    from familycare.i18n.catalog_common import FIELD_NAMES
    from familycare.i18n.messages import validation_text
    from familycare.i18n.text import translate_code

    parts = []
    for issue in issues:
        if issue.field in cat.FIELD_NAMES:
            field = translate_code("records", cat.FIELD_NAMES[issue.field])
        else:
            field = translate_code("validation", FIELD_NAMES.get(issue.field, issue.field))
        if issue.code in cat.VALIDATION:
            text = translate_code("records", cat.VALIDATION[issue.code], issue.params)
        else:
            text = validation_text(issue.code, issue.params)
        parts.append(f"{field}: {text}")
    return " / ".join(parts)


def add_facility(ctx: CliContext) -> int:
    args = ctx.args
    draft = FacilityDraft(
        name=args.name,
        kind=FacilityKind(args.kind),
        online_check=TRI_STATE[args.online_check],
        face_reader=TRI_STATE[args.face_reader],
        smartphone_reader=TRI_STATE[args.smartphone_reader],
        memo=args.memo,
    )
    household = ctx.household()
    try:
        facility = household.facilities.add_facility(draft)
    except ValidationFailed as failed:
        raise UserError(records_issues_line(failed.issues)) from failed
    ctx.stdout.write(f"{facility.name}\n")
    return 0


def list_facilities(ctx: CliContext) -> int:
    from familycare.i18n.text import translate_code

    facilities = ctx.household().facilities.list_facilities()
    if ctx.args.json:
        rows = [
            {"id": f.id, "name": f.name, "kind": f.kind.value, "online_check": f.online_check,
             "face_reader": f.face_reader, "smartphone_reader": f.smartphone_reader,
             "memo": f.memo}
            for f in facilities
        ]
        json.dump(rows, ctx.stdout, ensure_ascii=False, indent=2)
        ctx.stdout.write("\n")
        return 0
    if not facilities:
        ctx.stdout.write(translate_code("records", cat.CLI["no_facilities"]) + "\n")
        return 0
    for f in facilities:
        # Stable words, like `member list`: scripts read this; --json has the same facts.
        ctx.stdout.write(
            f"{f.name}\t{f.kind.value}\tonline_check={tri_state_word(f.online_check)}\t"
            f"face_reader={tri_state_word(f.face_reader)}\t"
            f"smartphone_reader={tri_state_word(f.smartphone_reader)}\n"
        )
    return 0
