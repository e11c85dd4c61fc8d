"""The one place that wires paths, logging, the household, translations and the window.

Start-up order (HOUSE_STYLE "Start-up and scale"): the first paint comes before the heavy
imports. Qt, the language and text size (read with plain ``sqlite3``) and a window
skeleton come first; only then SQLAlchemy's ORM and the services the Home tab needs are
imported, the household is opened and the real window, with only its Home tab built,
replaces the skeleton (the other tabs and services are built when first used). Alembic is
imported only when a stored revision differs from head (an empty database gets the head
schema without it), keyring only on first use. Python's cyclic garbage collector waits
until the first screen is up.

``FAMILYCARE_STARTUP_TRACE=1`` prints one line per start-up milestone to stderr
(``familycare-startup <mark> <unix time> <peak RSS KiB>``) for
``tests/benchmarks/bench_startup.py``; ``=modules`` adds, at "ready", the names of every
module imported by then (``familycare-startup-modules <name> …``), which
``tests/test_startup_imports.py`` checks.
"""

from __future__ import annotations

import gc
import logging
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from familycare.paths import AppPaths, resolve_paths, sqlite_path_from_url

if TYPE_CHECKING:
    from familycare.household import Household

log = logging.getLogger(__name__)

WINDOW_SIZE = (1100, 720)
TRACE_ENV = "FAMILYCARE_STARTUP_TRACE"


@dataclass(frozen=True)
class GuiOptions:
    data_dir: str | None = None
    db_url: str | None = None
    demo: bool = False
    screenshot: Path | None = None
    exit_when_ready: bool = False
    language: str | None = None


@dataclass(frozen=True)
class EarlySettings:
    """What the first paint needs from the household, read without SQLAlchemy."""

    language: str = ""  # "ja", "en" or "" (follow the system)
    text_scale: int = 100


class StartupTrace:
    """Start-up milestones on stderr, only when ``FAMILYCARE_STARTUP_TRACE`` is set."""

    def __init__(self, setting: str | None) -> None:
        self.enabled = setting in ("1", "modules")
        self.modules = setting == "modules"

    def mark(self, name: str) -> None:
        if not self.enabled:
            return
        print(f"familycare-startup {name} {time.time():.6f} {peak_rss_kib()}", file=sys.stderr)
        if self.modules and name == "ready":
            print("familycare-startup-modules " + " ".join(sorted(sys.modules)), file=sys.stderr)
        sys.stderr.flush()


def peak_rss_kib() -> int:
    """This process's peak resident set size so far (KiB); 0 where it cannot be read."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak // 1024 if sys.platform == "darwin" else peak)  # macOS reports bytes


def read_early_settings(db_url: str) -> EarlySettings:
    """Language and text size straight from an existing SQLite file, read-only.

    Anything unusual (no file yet, another engine, an old or foreign schema, a locked or
    broken file) gives the defaults: opening the household later reports real problems.
    """
    path = sqlite_path_from_url(db_url)
    if path is None or not path.is_file():
        return EarlySettings()
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            rows = dict(
                connection.execute(
                    "SELECT key, value FROM settings WHERE key IN ('language', 'text_scale')"
                ).fetchall()
            )
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return EarlySettings()
    language = rows.get("language", "")
    try:
        scale = int(rows.get("text_scale", "100"))
    except ValueError:
        scale = 100
    return EarlySettings(
        language=language if language in ("ja", "en") else "",
        text_scale=scale if scale in (100, 150, 200) else 100,
    )


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def demo_paths() -> AppPaths:
    folder = Path(tempfile.mkdtemp(prefix="familycare-demo-"))
    return resolve_paths(data_dir=folder, environ={})


def open_with_demo(paths: AppPaths, demo: bool, db_password: str | None = None) -> Household:
    from familycare.household import open_household

    household = open_household(paths, demo=demo, db_password=db_password)
    if demo:
        from familycare.services.demo import build_demo_family

        build_demo_family(household)
    return household


def show_skeleton(app: object) -> object:
    """A window with the title and "Opening…", painted before the heavy imports.

    Centred by stretches, not ``Qt.AlignmentFlag``: the first use of PySide6's ``Qt``
    namespace builds all its ~95 enum classes (~40 ms), which can wait until after the paint.
    """
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

    from familycare.i18n.text import translate

    skeleton = QMainWindow()
    skeleton.setWindowTitle("familycare")
    central = QWidget(skeleton)
    label = QLabel(translate("app", "Opening the household…"), central)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label)
    row.addStretch(1)
    column = QVBoxLayout(central)
    column.addStretch(1)
    column.addLayout(row)
    column.addStretch(1)
    skeleton.setCentralWidget(central)
    skeleton.resize(*WINDOW_SIZE)
    skeleton.show()
    skeleton.repaint()  # synchronous: the first paint happens here, not at some later event
    app.processEvents()  # type: ignore[attr-defined]
    return skeleton


def set_window_icon(app: object) -> None:
    from PySide6.QtGui import QIcon

    from familycare.resources import resource_path

    icon = resource_path("packaging", "familycare.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))  # type: ignore[attr-defined]


def start_gui_if_no_command(argv: list[str]) -> int | None:
    """Run the GUI when ``argv`` holds only global options, else None (a command follows).

    Spares the GUI the import of every command module (~100 ms before the first paint);
    anything unusual (help, a command, a mistake) is left to the full parser in cli.main.
    """
    from familycare.cli.parser import OneLineParser, UserError, add_global_options

    parser = OneLineParser(prog="familycare", add_help=False)
    add_global_options(parser, suppress=False)
    try:
        args, rest = parser.parse_known_args(argv)
    except (UserError, SystemExit):
        return None
    if rest:
        return None
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


class CollectorPause:
    """Python's cyclic garbage collector, paused from start until the first screen is up.

    Start-up builds hundreds of thousands of objects that all live on (modules, classes,
    the ORM's mappers, Qt wrappers); the collector would walk that growing heap ~190 times
    on the way (~120 ms here) to find next to nothing. Reference counting still frees
    everything else at once; the few cycles left are collected once it runs again.
    """

    def __init__(self) -> None:
        self._paused = gc.isenabled()
        gc.disable()

    def resume(self) -> None:
        if self._paused:
            self._paused = False
            gc.enable()


def run_gui(options: GuiOptions) -> int:
    collector = CollectorPause()
    try:
        return _run_gui(options, collector)
    finally:
        collector.resume()  # also when start-up ended early (second window, no household)


def _run_gui(options: GuiOptions, collector: CollectorPause) -> int:
    trace = StartupTrace(os.environ.get(TRACE_ENV))
    trace.mark("main")
    headless = options.screenshot is not None or options.exit_when_ready
    if headless and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not _has_display() and "QT_QPA_PLATFORM" not in os.environ:
        print(
            "familycare: no display found. Start it from your desktop session, or use "
            "--screenshot FILE to render the window without one.",
            file=sys.stderr,
        )
        return 1

    # --- before the first paint: Qt, translations, logging; nothing heavy ---------------
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication, QMessageBox

    from familycare.ui.pyside_feature import skip_source_scan

    skip_source_scan()  # before the imports below: each would have its source read
    from familycare.i18n.text import fill, translate
    from familycare.i18n.translator import UiLanguage, choose_language
    from familycare.logging_setup import (
        install_excepthook,
        route_qt_messages_to_log,
        setup_logging,
    )
    from familycare.ui.text_size import apply_font

    route_qt_messages_to_log()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("familycare")
    app.setDesktopFileName("familycare")  # Wayland matches the window to familycare.desktop
    set_window_icon(app)
    paths = demo_paths() if options.demo else resolve_paths(options.data_dir, options.db_url)
    setup_logging(paths.log_dir)
    log.info("starting familycare (demo=%s) data=%s", options.demo, paths.data_dir)

    def notify_crash(report: Path | None) -> None:
        QMessageBox.critical(
            None,
            translate("app", "familycare hit a problem"),
            fill(
                translate(
                    "app",
                    "Something unexpected happened. Your saved data is safe. A report "
                    "without personal secrets was written to:\n{report}",
                ),
                {"report": str(report) if report else "-"},
            ),
        )

    # Headless (--screenshot, --exit-when-ready: scripts and CI) a crash is one line on
    # stderr and a non-zero exit; a modal dialog nobody can see would wait forever.
    install_excepthook(paths.log_dir, None if headless else notify_crash)
    early = read_early_settings(paths.db_url)
    system_language = QLocale.system().name()
    language = choose_language(options.language or early.language, system_language)
    ui_language = UiLanguage(app, language)
    # One window per household file (services/instance_lock): refuse before painting.
    from familycare.services.instance_lock import lock_for

    instance_lock = None if options.demo else lock_for(paths)
    if instance_lock is not None and not instance_lock.acquire():
        from familycare.ui.startup_recovery import refuse_second_window

        return refuse_second_window(paths, headless)
    apply_font(app, early.text_scale)
    skeleton = show_skeleton(app)
    trace.mark("first-paint")

    # --- after it: SQLAlchemy, the services, the household and the pages -----------------
    from familycare.ui.startup_recovery import open_or_recover, start_window_services

    # A database server's password is in the keyring: looked up off the UI thread (an
    # unlock prompt may wait), and only for a server URL (SQLite never loads keyring).
    def open_it() -> Household:
        password = None
        if paths.sqlite_file is None and not options.demo:
            from familycare.services.db_password import password_for
            from familycare.ui.off_thread import wait_off_ui_thread

            password = wait_off_ui_thread(lambda: password_for(paths.db_url))
        return open_with_demo(paths, options.demo, password)

    # A damaged or foreign file gets the recovery dialog (not when headless); never touched.
    household = open_or_recover(paths, open_it, headless, lambda: None)
    if household is None:
        skeleton.close()
        if instance_lock is not None:
            instance_lock.release()
        return 1
    trace.mark("household-open")
    # Where PySide6's source scan could not be skipped (ui/pyside_feature.py), it has read
    # every module imported after Qt and left the lines in linecache: from a source install
    # that is SQLAlchemy's and our ~8 MB of text, read again on demand for a traceback.
    import linecache

    linecache.clearcache()

    # The early read may have missed (another engine, first start): settle what the
    # household itself says before any page is built.
    settled = choose_language(
        options.language or household.settings.language(), system_language
    )
    ui_language.switch(settled)
    if household.settings.text_scale() != early.text_scale:
        apply_font(app, household.settings.text_scale())

    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    recent = RecentHouseholds(paths.config_dir)
    if not options.demo:
        recent.remember(paths.data_dir)

    from familycare.ui.household_opener import LockedOpener

    # File → Open / Recent households: the lock goes with the household on screen.
    reopen = LockedOpener(paths, instance_lock, lambda folder: resolve_paths(data_dir=folder),
                          open_household)

    def pick_language(stored: str) -> str:
        # A household opened later in this window is chosen for as this one was.
        return choose_language(options.language or stored, system_language)

    window = MainWindow(household, recent, reopen, ui_language=ui_language,
                        pick_language=pick_language)
    window.setGeometry(skeleton.geometry())  # where the person may already have moved it
    window.show()
    # The skeleton goes now, not at some later event loop turn: its backing store (a
    # whole-window image, 3 MB at 1100x720) would still be held while the window paints.
    import shiboken6

    skeleton.close()
    shiboken6.delete(skeleton)
    exit_code = 0
    if options.screenshot is not None or options.exit_when_ready:
        app.processEvents()
        window.repaint()
        trace.mark("ready")
        collector.resume()
        if options.screenshot is not None:
            options.screenshot.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(options.screenshot)):
                print(f"familycare: could not write {options.screenshot}", file=sys.stderr)
                exit_code = 1
    else:
        trace.mark("ready")
        collector.resume()
        from PySide6.QtCore import QTimer

        # A guarded session a crash left open: its after-checklist before anything else.
        QTimer.singleShot(0, window.proxy_ui.show_pending_if_any)
        if not options.demo:  # a new household: language and text size, asked once
            from familycare.ui.first_start import offer_first_start

            QTimer.singleShot(0, lambda: offer_first_start(window))
        activation_server = start_window_services(window)  # daily backup, "come forward"
        exit_code = app.exec()
        del activation_server
    del ui_language
    window.household.close()
    reopen.release()  # the start-up lock, or that of the household opened last
    if options.demo:
        shutil.rmtree(paths.data_dir, ignore_errors=True)
    return exit_code
