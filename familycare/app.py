"""The one place that wires paths, logging, the household, translations and the window."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from familycare.household import Household, open_household
from familycare.paths import AppPaths, resolve_paths

log = logging.getLogger(__name__)

BASE_POINT_SIZE = 12  # comfortable by default (UX.md: ≥ 11 pt)


@dataclass(frozen=True)
class GuiOptions:
    data_dir: str | None = None
    db_url: str | None = None
    demo: bool = False
    screenshot: Path | None = None
    exit_when_ready: bool = False
    language: str | None = None


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def demo_paths() -> AppPaths:
    folder = Path(tempfile.mkdtemp(prefix="familycare-demo-"))
    return resolve_paths(data_dir=folder, environ={})


def open_with_demo(paths: AppPaths, demo: bool) -> Household:
    household = open_household(paths, demo=demo)
    if demo:
        from familycare.services.demo import build_demo_family

        build_demo_family(household)
    return household


def apply_font(app: object, scale_percent: int) -> None:
    from PySide6.QtGui import QFont, QFontDatabase

    font = QFont(app.font())  # type: ignore[attr-defined]
    families = set(QFontDatabase.families())
    for family in ("Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Hiragino Sans"):
        if family in families:
            font.setFamilies([family])
            break
    font.setPointSizeF(BASE_POINT_SIZE * scale_percent / 100)
    app.setFont(font)  # type: ignore[attr-defined]


def run_gui(options: GuiOptions) -> int:
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

    from PySide6.QtCore import QLocale, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from familycare.i18n.text import fill, translate
    from familycare.i18n.translator import choose_language, install_translators
    from familycare.logging_setup import (
        install_excepthook,
        route_qt_messages_to_log,
        setup_logging,
    )
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    route_qt_messages_to_log()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("familycare")
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

    install_excepthook(paths.log_dir, notify_crash)

    def install_system_language() -> object:
        return install_translators(
            app, choose_language(options.language or "", QLocale.system().name())
        )

    # One window per household file; a damaged file gets the recovery dialog (startup_recovery).
    from familycare.services.instance_lock import lock_for
    from familycare.ui.startup_recovery import (
        open_or_recover,
        refuse_second_window,
        start_window_services,
    )

    instance_lock = None if options.demo else lock_for(paths)
    if instance_lock is not None and not instance_lock.acquire():
        install_system_language()
        return refuse_second_window(paths, headless)
    household = open_or_recover(
        paths, lambda: open_with_demo(paths, options.demo), headless, install_system_language
    )
    if household is None:
        if instance_lock is not None:
            instance_lock.release()
        return 1

    language = choose_language(
        options.language or household.settings.language(), QLocale.system().name()
    )
    translators = install_translators(app, language)
    apply_font(app, household.settings.text_scale())
    recent = RecentHouseholds(paths.config_dir)
    if not options.demo:
        recent.remember(paths.data_dir)

    def reopen(folder: Path) -> Household:
        return open_household(resolve_paths(data_dir=folder))

    window = MainWindow(household, recent, reopen)
    window.language_change_requested.connect(
        lambda _code: QMessageBox.information(
            window,
            translate("app", "Language"),
            translate("app", "The new language is used from the next start of familycare."),
        )
    )
    window.members_page.reload()
    window.show()
    exit_code = 0
    if options.screenshot is not None or options.exit_when_ready:
        app.processEvents()
        window.repaint()
        if options.screenshot is not None:
            options.screenshot.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(options.screenshot)):
                print(f"familycare: could not write {options.screenshot}", file=sys.stderr)
                exit_code = 1
    else:
        activation_server = start_window_services(window)  # daily backup, "come forward"
        exit_code = app.exec()
        del activation_server
    QTimer.singleShot(0, lambda: None)
    del translators
    window.household.close()
    if instance_lock is not None:
        instance_lock.release()
    if options.demo:
        shutil.rmtree(paths.data_dir, ignore_errors=True)
    return exit_code
