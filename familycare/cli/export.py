"""`familycare export --format ics --out FILE`: the family's deadlines for other programs.

Formats are registered in ``EXPORTERS`` (format name → function writing the file), so another
format (``json``) is one function and one dict entry.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from familycare.cli.backup import export_json_bytes
from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand

Exporter = Callable[[CliContext], bytes]  # the file's content


def export_ics(ctx: CliContext) -> bytes:
    from familycare.services.calendar_export import CalendarExport

    household = ctx.household()
    return CalendarExport(household.todo, household.settings, household.clock).ics_bytes()


EXPORTERS: dict[str, Exporter] = {
    "ics": export_ics,
    "json": export_json_bytes,  # the household without secrets (note titles, never bodies)
}


def register(sub: argparse._SubParsersAction) -> None:
    parser = subcommand(sub, "export", "export the family's deadlines (ics: calendar file)")
    parser.add_argument("--format", required=True, choices=sorted(EXPORTERS),
                        help="ics: an iCalendar file for any calendar app")
    parser.add_argument("--out", required=True, metavar="FILE",
                        help="the file to write ('-' for standard output)")
    parser.set_defaults(handler=run)


def run(ctx: CliContext) -> int:
    out = ctx.args.out
    target = None if out == "-" else Path(out)
    if target is not None and not target.parent.is_dir():
        raise UserError(f"--out: the folder {str(target.parent)!r} does not exist")
    if target is not None and target.is_dir():
        raise UserError(f"--out: {out!r} is a folder; give a file name such as family.ics")
    content = EXPORTERS[ctx.args.format](ctx)
    if target is None:
        stream = getattr(ctx.stdout, "buffer", None)
        if stream is not None:
            stream.write(content)
        else:
            ctx.stdout.write(content.decode("utf-8"))
        return 0
    if target.exists() and not target.is_file():
        # A device or pipe (/dev/stdout, a FIFO): write to it. Renaming a temporary file over
        # it would replace the device node itself (as root, /dev/full became a plain file).
        try:
            with target.open("wb") as handle:
                handle.write(content)
        except OSError as exc:
            raise UserError(f"--out: cannot write {out!r} ({exc.strerror or exc})") from exc
        return 0
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(content)
        tmp.replace(target)  # a calendar app watching the file never sees half of it
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"--out: cannot write {out!r} ({exc.strerror or exc})") from exc
    ctx.stdout.write(f"{target}\n")
    return 0
