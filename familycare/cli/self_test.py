"""`familycare self-test`: proves this installation works, one line per check.

Everything happens in a temporary folder and under a throw-away keyring entry, so a
person's real household and real keyring entries are never touched.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from familycare.cli.context import CliContext
from familycare.cli.parser import subcommand

Check = Callable[[Path], str]


def register(sub: argparse._SubParsersAction) -> None:
    parser = subcommand(sub, "self-test", "check database, keyring, resources and window")
    parser.set_defaults(handler=run)


def check_database(folder: Path) -> str:
    from datetime import date

    from familycare.domain.member import MemberDraft, Relationship
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.storage.schema_version import HEAD

    paths = resolve_paths(data_dir=folder / "db", environ={})
    household = open_household(paths)
    try:
        household.members.add_member(
            MemberDraft("self-test", date(1950, 1, 1), Relationship.OTHER)
        )
        names = [m.display_name for m in household.members.list_members()]
        if names != ["self-test"]:
            raise RuntimeError(f"read back {names!r}")
    finally:
        household.close()
    return f"created, migrated to {HEAD}, wrote and read a member"


KEYRING_REASONS = {
    "no_backend": "no keyring found (no Secret Service, Keychain or Credential Manager "
    "answered); sensitive notes stay locked",
    "locked": "the keyring is locked or its unlock prompt was dismissed; unlock it and retry",
    "backend_error": "the keyring backend failed",
    "plaintext_backend_refused": "the only keyring backend stores secrets unencrypted; refused",
}


class KeyringCheckFailed(RuntimeError):
    pass


def check_keyring(_folder: Path) -> str:
    from familycare.secrets.backend_check import check_backend
    from familycare.secrets.keyring_store import KeyringSecretStore
    from familycare.secrets.store import SecretsUnavailable

    store = KeyringSecretStore("familycare-selftest")
    try:
        return f"round trip ok with {check_backend(store)}"
    except SecretsUnavailable as exc:
        reason = str(getattr(exc, "reason_code", "backend_error"))
        raise KeyringCheckFailed(
            f"{KEYRING_REASONS.get(reason, reason)} [{reason}]"
        ) from exc


def check_resources(_folder: Path) -> str:
    from familycare.services.rule_set_loader import load_rule_set

    rules = load_rule_set()
    return f"rules {rules.version} loaded"


def check_translations(_folder: Path) -> str:
    from PySide6.QtCore import QTranslator

    from familycare.i18n.translator import compiled_translation

    # No QCoreApplication here: the main-window check needs a QApplication afterwards.
    qm = compiled_translation("ja")
    translator = QTranslator()
    if qm is None or not translator.load(str(qm)):
        raise RuntimeError("Japanese translation not found or not loadable")
    sample = translator.translate("main", "Family")
    if not sample or sample == "Family":
        raise RuntimeError("Japanese translation does not translate 'Family'")
    return f"Japanese loaded ({sample})"


def _gui_app() -> Any:
    """The QApplication the main-window check needs; made first by whichever check needs
    Qt first (a plain QCoreApplication would make the window check abort)."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from familycare.logging_setup import route_qt_messages_to_log

    route_qt_messages_to_log()  # the offscreen plugin's chatter belongs in the log
    return QApplication.instance() or QApplication(sys.argv[:1])


def check_main_window(folder: Path) -> str:
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    app = _gui_app()
    paths = resolve_paths(data_dir=folder / "db", environ={})
    household = open_household(paths)
    try:
        window = MainWindow(household, RecentHouseholds(folder), open_household)
        window.members_page.reload()
        window.show()
        app.processEvents()
        image = window.grab().toImage()
        rows = window.members_page.model.rowCount()
        window.close()
        if image.isNull() or image.width() < 200:
            raise RuntimeError("window did not render")
    finally:
        household.close()
    return f"built and rendered {image.width()}x{image.height()} with {rows} member(s)"


class SharedDatabaseFailed(RuntimeError):
    """The shared database cannot be used; the message is the one the app shows."""


def check_shared_database(ctx: CliContext) -> str:
    """The household server this PC uses (--db-url, FAMILYCARE_DB_URL or the settings):
    reachable, password accepted, schema usable. One line, as the app would say it."""
    from familycare.cli.context import install_cli_language
    from familycare.i18n.catalog_connection import connection_problem_text
    from familycare.services.connection_check import check_connection
    from familycare.services.db_password import password_for, without_password
    from familycare.storage.errors import ConnectionFailed

    url = ctx.paths().db_url
    shown = without_password(url)
    try:
        report = check_connection(url, password_for(url))
    except ConnectionFailed as exc:  # the keyring holding the password is locked or missing
        problem, detail = exc.problem, exc.detail
    else:
        problem, detail = report.problem, report.detail
    if problem is not None:
        _gui_app()
        install_cli_language(ctx.args, None)
        raise SharedDatabaseFailed(
            f"{shown}: {connection_problem_text(problem, {'detail': detail})} [{problem}]")
    tls = {True: "TLS on", False: "TLS off", None: "TLS unknown"}[report.encrypted]
    if report.schema == "empty":
        return f"{shown} reached ({tls}); empty: opening it creates the household"
    return (f"{shown} reached ({tls}); household schema {report.schema}, "
            f"{report.members} member(s)")


def check_notes(ctx: CliContext) -> str:
    """This device's notes whose keyring entry is missing, and entries no note refers to, in
    the household this command names (read-only: an older database is not upgraded here)."""
    from familycare.household import open_household
    from familycare.services.db_password import password_for
    from familycare.storage.engine import make_engine
    from familycare.storage.migrator import SchemaState, stored_revision

    paths = ctx.paths()
    if paths.sqlite_file is not None and not paths.sqlite_file.exists():
        return "no household here yet: nothing to check"
    from familycare.storage.errors import ConnectionFailed

    try:
        password = password_for(paths.db_url)
        engine = make_engine(paths.db_url, create_file=False, password=password)
        try:
            state, _revision = stored_revision(engine)
        finally:
            engine.dispose()
    except ConnectionFailed:
        return "not checked: the shared database cannot be opened (see above)"
    if state is not SchemaState.CURRENT:
        return "household not at the current schema: not checked"
    household = open_household(paths, demo=getattr(ctx.args, "demo", False),
                               db_password=password)
    try:
        found = household.notes.orphans()
    finally:
        household.close()
    unreferenced = found.unreferenced_keys
    listed = "cannot list" if unreferenced is None else str(len(unreferenced))
    missing = ", ".join(n.title for n in found.missing_entries[:5])
    return (
        f"{len(found.missing_entries)} note(s) of this device without keyring entry"
        f"{f' ({missing})' if missing else ''}; unreferenced keyring entries: {listed}"
    )


def _check_url_form(url: str) -> None:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from familycare.cli.parser import UserError

    try:
        make_url(url).get_dialect()
    except (ArgumentError, NoSuchModuleError, ValueError) as exc:
        # The URL may hold a password: never echo it.
        raise UserError("the database URL is not one familycare can open "
                        "(sqlite:///FILE or postgresql+psycopg://USER@HOST/DATABASE)") from exc


CHECKS: list[tuple[str, Check]] = [
    ("database", check_database),
    ("keyring", check_keyring),
    ("resources", check_resources),
    ("translations", check_translations),
    ("main window", check_main_window),
]


def run(ctx: CliContext) -> int:
    from familycare.logging_setup import setup_logging
    from familycare.services.db_password import is_server_url

    shared = is_server_url(ctx.paths().db_url)
    if shared:
        _check_url_form(ctx.paths().db_url)  # a mistyped URL is the user's: exit 2

    folder = Path(tempfile.mkdtemp(prefix="familycare-selftest-"))
    setup_logging(folder / "logs")  # warnings go to a log, not into the check lines
    failures = 0
    try:
        # Right after the keyring check: it reads this household's notes in the keyring.
        checks = list(CHECKS)
        after = next((i + 1 for i, (n, _c) in enumerate(checks) if n == "keyring"), len(checks))
        checks.insert(after, ("notes", lambda _folder: check_notes(ctx)))
        if shared:
            # Before the notes check, which opens the same household.
            checks.insert(after, ("shared database", lambda _folder: check_shared_database(ctx)))
        for name, check in checks:
            try:
                detail = check(folder)
            except Exception as exc:  # every failure becomes one readable line
                failures += 1
                reason = getattr(exc, "reason_code", None) or getattr(exc, "code", None)
                if isinstance(exc, KeyringCheckFailed | SharedDatabaseFailed):
                    text = str(exc)
                elif reason is None:
                    text = f"{type(exc).__name__}: {exc}"
                else:
                    text = f"{reason}: {exc}"
                ctx.stdout.write(f"FAIL {name}: {text}\n")
            else:
                ctx.stdout.write(f"ok   {name}: {detail}\n")
            ctx.stdout.flush()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    ctx.stdout.write("self-test passed\n" if failures == 0 else f"self-test FAILED ({failures})\n")
    return 0 if failures == 0 else 1
