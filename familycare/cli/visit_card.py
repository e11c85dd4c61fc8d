"""`familycare visit-card --member NAME --date DATE [--facility NAME] --out FILE.pdf`.

Plans and saves the visit, writes its card as a one-page PDF (temporary file, then rename,
so a half-written card never replaces a good one) and records it as printed.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import date
from pathlib import Path

from familycare.cli.context import CliContext, install_cli_language
from familycare.cli.parser import UserError, subcommand
from familycare.domain.validation import ValidationFailed
from familycare.i18n import catalog_visits as cat
from familycare.i18n.text import translate_code
from familycare.storage.errors import NotFound


def register(sub: argparse._SubParsersAction) -> None:
    parser = subcommand(sub, "visit-card", "plan a visit and write its large-type visit card (PDF)")
    parser.add_argument("--member", required=True, metavar="NAME", help="the family member")
    parser.add_argument(
        "--date",
        required=True,
        metavar="DATE",
        help="visit date: YYYY-MM-DD or 和暦 such as R8.12.1",
    )
    parser.add_argument("--facility", metavar="NAME", help="a saved clinic or pharmacy")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.set_defaults(handler=run)


def _say(key: str, **params: object) -> str:
    return translate_code(cat.CONTEXT, cat.cli_text(key), params)


def _check_output(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise UserError(_say("not_pdf", path=path))
    if not path.parent.is_dir():
        raise UserError(_say("no_folder", folder=path.parent))


def run(ctx: CliContext) -> int:
    # Painting needs a GUI application object, created before the household installs a
    # console-only one for translations.
    from familycare.printing.visit_card_pdf import ensure_gui_application, write_visit_cards_pdf

    ensure_gui_application()
    from familycare.cli.members import parse_cli_date

    args = ctx.args
    out = Path(args.out).expanduser()
    install_cli_language(args, None)
    visit_on: date = parse_cli_date(ctx, args.date, "--date")  # type: ignore[assignment]
    _check_output(out)
    household = ctx.household()
    language = install_cli_language(args, household)
    try:
        member = household.members.find_by_name(args.member)
    except NotFound as exc:
        raise UserError(_say("no_member", name=args.member)) from exc
    facility_id = None
    if args.facility:
        try:
            facility_id = household.facilities.find_by_name(args.facility).id
        except NotFound as exc:
            raise UserError(_say("no_facility", name=args.facility)) from exc
    try:
        visit = household.visits.plan_visit(member.id, visit_on, facility_id)
    except ValidationFailed as failed:
        issue = failed.issues[0]
        raise UserError(
            translate_code(cat.CONTEXT, cat.validation_text(issue.code), issue.params)
        ) from failed
    assert visit.id is not None
    fd, temp_name = tempfile.mkstemp(prefix=".visit-card-", suffix=".pdf", dir=out.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        write_visit_cards_pdf([visit.card], temp, language, household.clock.today())
        if temp.stat().st_size == 0:  # QPdfWriter reports no errors: check it wrote
            raise OSError(0, "nothing was written")
        os.replace(temp, out)
    except OSError as exc:
        raise UserError(_say("cannot_write", path=out, reason=exc.strerror or exc)) from exc
    finally:
        temp.unlink(missing_ok=True)
    household.visits.mark_printed(visit.id, visit.fingerprint)
    ctx.stdout.write(
        _say("written", name=member.display_name, date=visit_on.isoformat(), path=out) + "\n"
    )
    return 0
