"""Entry point: no subcommand opens the GUI; subcommands call the same services."""

from __future__ import annotations

import argparse
import errno
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from familycare.cli import (
    backup,
    export,
    facilities,
    members,
    migrate_data,
    notes,
    plan,
    self_test,
    todo,
    visit_card,
)
from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, build_parser

log = logging.getLogger(__name__)

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})

COMMANDS = {
    "self-test": self_test.register,
    "member": members.register,
    "plan": plan.register,
    "facility": facilities.register,
    "visit-card": visit_card.register,
    "todo": todo.register,
    "export": export.register,
    "note": notes.register,
    "backup": backup.register,  # also restore and import
    "migrate-data": migrate_data.register,
}


def run_gui_from_args(args: argparse.Namespace) -> int:
    from familycare.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            data_dir=args.data_dir,
            db_url=args.db_url,
            demo=args.demo,
            screenshot=Path(args.screenshot) if args.screenshot else None,
            exit_when_ready=args.exit_when_ready,
            language=args.language,
        )
    )


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A log line that cannot be written (full disk) must not print a traceback per line.
    logging.raiseExceptions = False
    parser = build_parser(COMMANDS)
    try:
        args = parser.parse_args(argv)
    except UserError as exc:
        print(f"familycare: error: {exc}", file=sys.stderr)
        return 2
    if args.command is None:
        return run_gui_from_args(args)
    ctx = CliContext(args)
    try:
        return int(args.handler(ctx))
    except UserError as exc:
        print(f"familycare: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not a failure; silence the final flush.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("familycare: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if exc.errno not in DISK_FULL_ERRNOS:
            return report_failure(ctx, exc)
        # Output to a full disk (or file size limit): one line, and no second failure when
        # Python flushes standard output on the way out.
        print(f"familycare: error: the disk is full ({exc.strerror}); the output is incomplete",
              file=sys.stderr)
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # one clear line, details in the log
        return report_failure(ctx, exc)
    finally:
        ctx.close()


def report_failure(ctx: CliContext, exc: Exception) -> int:
    from familycare.storage.errors import NotFound, StorageError

    if isinstance(exc, NotFound):
        print(f"familycare: error: {describe_not_found(exc)}", file=sys.stderr)
        return 2
    if isinstance(exc, StorageError):
        from familycare.cli.context import install_cli_language
        from familycare.ui.error_text import storage_error_text

        install_cli_language(ctx.args, None)
        print(f"familycare: {storage_error_text(exc)}", file=sys.stderr)
        log.error("storage failure %s: %s", exc.code, exc.detail)
        return 1
    from familycare.logging_setup import write_crash_report

    try:
        log_dir = ctx.paths().log_dir
    except Exception:  # paths themselves failed: fall back to the temp folder
        import tempfile

        log_dir = Path(tempfile.gettempdir())
    report = write_crash_report(log_dir, type(exc), exc, exc.__traceback__)
    log.exception("command failed")
    print(
        f"familycare: unexpected failure ({type(exc).__name__}); report: {report}",
        file=sys.stderr,
    )
    return 1


def describe_not_found(exc: Exception) -> str:
    params = getattr(exc, "params", {})
    entity = params.get("entity", "record")
    name = params.get("name")
    if name is not None:
        return f"no {entity} named {name!r}"
    return f"{entity} not found"
