"""`familycare backup --out FILE`, `familycare restore --from FILE`,
`familycare import --from FILE`, and the ``json`` format of `familycare export`.

The passphrase is asked twice without echo (getpass), or read from the first line of
``--passphrase-file``; never taken as an argument (shell history, process lists).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from familycare.cli.context import CliContext
from familycare.cli.parser import UserError, subcommand


def register(sub: argparse._SubParsersAction) -> None:
    backup = subcommand(sub, "backup", "write an encrypted backup, with this device's notes")
    backup.add_argument("--out", required=True, metavar="FILE")
    backup.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from the first line of FILE")
    backup.set_defaults(handler=run_backup)
    restore = subcommand(sub, "restore", "restore a backup into an empty data folder")
    restore.add_argument("--from", dest="source", required=True, metavar="FILE")
    restore.add_argument("--passphrase-file", metavar="FILE")
    restore.set_defaults(handler=run_restore)
    importing = subcommand(sub, "import", "import a JSON export into an empty household")
    importing.add_argument("--from", dest="source", required=True, metavar="FILE")
    importing.set_defaults(handler=run_import)


def _message(ctx: CliContext, code: str, params: dict[str, object] | None = None) -> str:
    from familycare.cli.context import install_cli_language
    from familycare.i18n.catalog_notes import notes_message

    install_cli_language(ctx.args, None)
    return notes_message(code, params)


def _fail(ctx: CliContext, code: str, params: dict[str, object] | None = None) -> int:
    ctx.stderr.write(f"familycare: {_message(ctx, code, params)}\n")
    return 1


def read_passphrase(ctx: CliContext, confirm: bool) -> str:
    path = getattr(ctx.args, "passphrase_file", None)
    if path:
        try:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"--passphrase-file: cannot read {path!r} ({exc})") from exc
        if not lines or not lines[0]:
            raise UserError(f"--passphrase-file: {path!r} is empty")
        return lines[0]
    import getpass

    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("Passphrase again: ") != first:
        raise UserError(_message(ctx, "passphrases_differ"))
    return first


def run_backup(ctx: CliContext) -> int:
    from familycare.secrets.store import SecretsUnavailable
    from familycare.services.backup import BackupError, check_passphrase, create_backup

    out = Path(ctx.args.out)
    if not out.parent.is_dir():
        raise UserError(f"--out: the folder {str(out.parent)!r} does not exist")
    household = ctx.household()
    try:
        passphrase = read_passphrase(ctx, confirm=True)
        check_passphrase(passphrase)
        result = create_backup(household, out, passphrase)
    except BackupError as exc:
        raise UserError(_message(ctx, exc.code, exc.params)) from exc
    except SecretsUnavailable as exc:
        return _fail(ctx, exc.reason_code.value)
    ctx.stdout.write(
        f"{result.path}: {result.counts.get('members', 0)} members, "
        f"{result.notes_included} note(s) of this device\n"
    )
    if result.notes_missing:
        ctx.stdout.write(
            f"warning: {result.notes_missing} note(s) had no keyring entry; only their titles "
            "are in the backup\n"
        )
    return 0


def run_restore(ctx: CliContext) -> int:
    from familycare.secrets.store import SecretsUnavailable
    from familycare.services.backup import (
        BackupError,
        read_backup,
        refuse_non_empty_target,
        restore_backup,
    )
    from familycare.storage.dump import DumpError

    paths = ctx.paths()
    source = Path(ctx.args.source)
    try:
        refuse_non_empty_target(paths)  # before asking for the passphrase
        passphrase = read_passphrase(ctx, confirm=False)
        contents = read_backup(source, passphrase)
        store = None
        if getattr(ctx.args, "demo", False):
            from familycare.secrets import DEMO_SERVICE, KeyringSecretStore

            store = KeyringSecretStore(DEMO_SERVICE)
        result = restore_backup(contents, paths, secret_store=store)
    except (BackupError, DumpError) as exc:
        return _fail(ctx, exc.code, getattr(exc, "params", None))
    except SecretsUnavailable as exc:
        return _fail(ctx, exc.reason_code.value)
    ctx.stdout.write(
        f"restored into {paths.data_dir}: {result.counts.get('members', 0)} members, "
        f"{result.notes_restored} note(s) back in this device's keyring\n"
    )
    for title in result.notes_missing:
        ctx.stdout.write(f"warning: note {title!r} had no text in the backup\n")
    return 0


def run_import(ctx: CliContext) -> int:
    from familycare.services.json_export import JsonImportError, import_json
    from familycare.storage.dump import DumpError

    household = ctx.household()
    try:
        result = import_json(household, Path(ctx.args.source))
    except (JsonImportError, DumpError) as exc:
        return _fail(ctx, exc.code, getattr(exc, "params", None))
    ctx.stdout.write(f"imported {result.counts.get('members', 0)} members\n")
    if result.note_titles_skipped:
        ctx.stdout.write(
            f"note: {result.note_titles_skipped} note title(s) were not imported (an export "
            "holds no note text)\n"
        )
    return 0


def export_json_bytes(ctx: CliContext) -> bytes:
    """The ``json`` format of `familycare export`: the household without secrets."""
    import json

    from familycare.services.json_export import export_document

    document = export_document(ctx.household())
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
