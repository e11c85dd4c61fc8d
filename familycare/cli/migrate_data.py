"""`familycare migrate-data --from URL --to URL`: move a household to another database.

For a family that starts sharing from two homes (SQLite file → PostgreSQL server) or goes
back to one PC (PostgreSQL → SQLite). The source is only read; the target must be empty,
is migrated to this app's schema and gets every row in one transaction, checked by row
counts. Passwords in URLs are never printed.
"""

from __future__ import annotations

import argparse

from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand


def register(sub: argparse._SubParsersAction) -> None:
    parser = subcommand(sub, "migrate-data",
                        "copy a household to another database (SQLite <-> PostgreSQL)")
    parser.add_argument("--from", dest="source", required=True, metavar="URL",
                        help="database to copy from, e.g. sqlite:////path/familycare.sqlite3")
    parser.add_argument("--to", dest="target", required=True, metavar="URL",
                        help="empty database to copy into, e.g. "
                             "postgresql+psycopg://user@host/familycare")
    parser.set_defaults(handler=run)


def _shown(url: object) -> str:
    return url.render_as_string(hide_password=True)  # type: ignore[attr-defined]


def _checked_url(raw: str, option: str, *, must_exist: bool) -> object:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from familycare.storage.household_copy import sqlite_file_missing

    try:
        url = make_url(raw)
        url.get_dialect()  # an unknown engine or a missing driver fails here
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        # The URL itself may hold a password: name the option, not the text.
        raise UserError(f"{option}: not a database URL that familycare can open "
                        f"(sqlite:///FILE or postgresql+psycopg://USER@HOST/DATABASE)") from exc
    if must_exist and sqlite_file_missing(raw):
        raise UserError(f"{option}: the file of {_shown(url)} does not exist")
    return url


def run(ctx: CliContext) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from familycare.storage.dump import DumpError
    from familycare.storage.engine import make_engine
    from familycare.storage.errors import (
        DatabaseCorrupt,
        DatabaseUnavailable,
        ForeignDatabase,
        SchemaTooNew,
        StorageError,
    )
    from familycare.storage.household_copy import CopyRefused, copy_household
    from familycare.storage.migrator import stored_revision

    source_url = _checked_url(ctx.args.source, "--from", must_exist=True)
    target_url = _checked_url(ctx.args.target, "--to", must_exist=False)
    names = {"source": _shown(source_url), "target": _shown(target_url)}
    if source_url == target_url:
        raise UserError("--from and --to name the same database")
    source = make_engine(ctx.args.source, create_file=False)
    target = None
    side = "source"
    try:
        stored_revision(source)
        # Only now: an SQLite target file is created (owner-only) once the source is known
        # to be readable, so a failed attempt leaves no empty file behind.
        target = make_engine(ctx.args.target)
        side = "target"
        result = copy_household(source, target)
    except CopyRefused as exc:
        raise UserError(_refusal(exc, names)) from exc
    except ForeignDatabase as exc:
        raise UserError(f"{names[side]} holds tables that are not a familycare household; "
                        "nothing was copied") from exc
    except SchemaTooNew as exc:
        return _fail(ctx, f"{names[side]} was written by a newer familycare (schema "
                          f"{exc.params.get('revision')}); update this app first")
    except DatabaseUnavailable as exc:
        return _fail(ctx, f"cannot open {names[side]}: {_first_line(exc.detail)}")
    except DatabaseCorrupt as exc:
        return _fail(ctx, f"{names[side]} is damaged: {_first_line(exc.detail)}")
    except DumpError as exc:
        return _fail(ctx, f"the copy was not written ({exc.code}): {_first_line(exc.detail)}")
    except (StorageError, SQLAlchemyError) as exc:
        return _fail(ctx, f"the copy was not written: {_first_line(str(exc))}")
    finally:
        source.dispose()
        if target is not None:
            target.dispose()
    ctx.stdout.write(f"copied {result.total_rows} rows in {len(result.counts)} tables "
                     f"from {names['source']} to {names['target']} (schema "
                     f"{result.source_revision}); row counts verified\n")
    return 0


def _refusal(exc: object, names: dict[str, str]) -> str:
    code = getattr(exc, "code", "")
    if code == "source_empty":
        return f"{names['source']} holds no household; nothing to copy"
    if code == "source_older":
        return (f"{names['source']} has an older schema; open it once with this app "
                "(it upgrades it), then copy")
    if code == "target_not_empty":
        return (f"{names['target']} already holds data; copy only into an empty database "
                "(nothing was changed)")
    return f"the copy was refused ({code})"


def _fail(ctx: CliContext, line: str) -> int:
    ctx.stderr.write(f"familycare: error: {line}\n")
    return 1


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or [""])[0][:200]
