"""`familycare note list|set|get|delete`: sensitive notes from the command line.

``set`` reads the body from standard input (never from an argument: arguments end up in
shell history and process lists). Keyring failures exit 1 with one line; an unknown member
or title exits 2.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand
from familycare.domain.note import MAX_BODY_LENGTH
from familycare.domain.validation import ValidationFailed

if TYPE_CHECKING:  # services import SQLAlchemy: not on the GUI's path to its first paint
    from familycare.services.notes import NoteInfo


def register(sub: argparse._SubParsersAction) -> None:
    note = subcommand(sub, "note", "sensitive notes kept in the OS keyring")
    actions = note.add_subparsers(dest="note_action", metavar="ACTION", required=True,
                                  parser_class=type(note))
    listing = subcommand(actions, "list", "list note titles (never the text)")
    listing.add_argument("--member", metavar="NAME", help="only this member's notes")
    listing.set_defaults(handler=list_notes)
    for name, help_text, handler in (
        ("set", "create or replace a note; the text is read from standard input", set_note),
        ("get", "print the text of a note", get_note),
        ("delete", "delete a note and its keyring entry", delete_note),
    ):
        action = subcommand(actions, name, help_text)
        action.add_argument("--member", metavar="NAME", required=True)
        action.add_argument("--title", metavar="TITLE", required=True)
        action.set_defaults(handler=handler)


def keyring_failure(ctx: CliContext, code: str) -> int:
    from familycare.i18n.catalog_notes import notes_message

    ctx.stderr.write(f"familycare: {notes_message(code)}\n")
    return 1


def _note(ctx: CliContext) -> NoteInfo:
    household = ctx.household()
    member = household.members.find_by_name(ctx.args.member)
    note = household.notes.find(member.id, ctx.args.title)
    if note is None:
        raise UserError(f"{member.display_name} has no note titled {ctx.args.title!r}")
    return note


def list_notes(ctx: CliContext) -> int:
    household = ctx.household()
    member_id = None
    if ctx.args.member:
        member_id = household.members.find_by_name(ctx.args.member).id
    names = {m.id: m.display_name for m in household.members.list_members()}
    for note in household.notes.list_notes(member_id):
        where = "this device" if note.on_this_device else "another device"
        ctx.stdout.write(
            f"{names.get(note.member_id, '?')}\t{note.title}\t"
            f"{note.updated_at.date().isoformat()}\t{where}\n"
        )
    return 0


def set_note(ctx: CliContext) -> int:
    from familycare.cli.validation_text import issues_line
    from familycare.i18n.catalog_notes import note_issue_text
    from familycare.secrets.store import SecretsUnavailable

    household = ctx.household()
    member = household.members.find_by_name(ctx.args.member)
    stdin = getattr(ctx, "stdin", None)
    if stdin is None:
        import sys

        stdin = sys.stdin
    # One character more than allowed is enough to know it is too long.
    body = stdin.read(MAX_BODY_LENGTH + 2)
    if body.endswith("\n"):
        body = body[:-1]  # the newline `echo` or a here-doc adds is not part of the note
    try:
        household.notes.set_note(member.id, ctx.args.title, body)
    except ValidationFailed as failed:
        known = [i for i in failed.issues if i.field in ("title", "body")]
        if known and len(known) == len(failed.issues):
            raise UserError(
                " / ".join(note_issue_text(i.code, i.params) for i in failed.issues)
            ) from failed
        raise UserError(issues_line(failed.issues)) from failed
    except SecretsUnavailable as exc:
        return keyring_failure(ctx, exc.reason_code.value)
    ctx.stdout.write(f"saved: {member.display_name} / {ctx.args.title}\n")
    return 0


def get_note(ctx: CliContext) -> int:
    from familycare.secrets.store import SecretsUnavailable
    from familycare.services.notes import NoteUnreadable

    note = _note(ctx)
    try:
        body = ctx.household().notes.read_body(note.id)
    except SecretsUnavailable as exc:
        return keyring_failure(ctx, exc.reason_code.value)
    except NoteUnreadable as exc:
        return keyring_failure(ctx, exc.code)
    ctx.stdout.write(body + "\n")
    return 0


def delete_note(ctx: CliContext) -> int:
    from familycare.secrets.store import SecretsUnavailable

    note = _note(ctx)
    try:
        ctx.household().notes.delete_note(note.id)
    except SecretsUnavailable as exc:
        return keyring_failure(ctx, exc.reason_code.value)
    ctx.stdout.write(f"deleted: {note.title}\n")
    return 0
