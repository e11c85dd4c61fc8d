"""README screenshots: the demo family on the main screens, in Japanese and English, with
normal (100 %) and very large (200 %) text.

    .venv/bin/python resources/screenshots/make_screenshots.py [OUT_DIR]
        [--languages ja en] [--scales 100 200] [--only home timeline ...]

Each screen is saved as ``NAME_LANGUAGE_SCALE.png``: home, timeline, member (太郎's PINs),
visit (太郎 at the pharmacy without a face reader) and guarded (a guarded session for 太郎);
``--only todo`` adds the to-do list. At 100 % the window has the app's usual size; at 200 % it
is opened larger, as a person who needs large text would open it on their screen. Every
language and text size is rendered in its own process, so no translator or font is left over
from the one before.
The demo's dates are relative to today, so the pictures change with the day they are made.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCREENS = ("home", "timeline", "member", "visit", "guarded")
EXTRA = ("todo",)  # only when asked for with --only
WINDOW = {100: (1100, 720), 200: (1600, 1000)}
TIMELINE_WINDOW = {100: (1280, 880), 200: (1800, 1100)}


def render(language: str, scale: int, out: Path, only: set[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))  # this checkout's familycare, whatever is installed
    from PySide6.QtWidgets import QApplication

    from familycare.app import demo_paths, open_with_demo
    from familycare.household import open_household
    from familycare.i18n.translator import UiLanguage
    from familycare.services.recent_households import RecentHouseholds
    from familycare.services.settings import LANGUAGE
    from familycare.ui.main_window import MainWindow
    from familycare.ui.text_size import apply_font

    app = QApplication([])
    paths = demo_paths()
    household = open_with_demo(paths, True)
    household.settings.set(LANGUAGE, language)  # the visit plan's words follow it
    ui_language = UiLanguage(app, language)
    apply_font(app, scale)
    window = MainWindow(household, RecentHouseholds(paths.config_dir),
                        lambda folder: open_household(folder), ui_language=ui_language)
    window.resize(*WINDOW[scale])
    window.show()
    app.processEvents()

    def shot(name: str) -> None:
        if (only and name not in only) or (not only and name in EXTRA):
            return
        for _ in range(3):
            app.processEvents()
        target = out / f"{name}_{language}_{scale}.png"
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
        print(target)

    taro = next(m for m in household.members.list_members() if m.display_name == "山田 太郎")
    window.tabs.setCurrentWidget(window.home_page)
    shot("home")

    window.resize(*TIMELINE_WINDOW[scale])
    window.tabs.setCurrentWidget(window.timeline_tab)
    shot("timeline")
    window.resize(*WINDOW[scale])

    window.tabs.setCurrentWidget(window.members_page)
    window.members_page.reload(select_id=taro.id)
    details = window.members_page.details
    details.show_panel(details.pin_panel)
    shot("member")

    window.tabs.setCurrentWidget(window.todo_page)
    shot("todo")

    visits = window.visit_page
    window.tabs.setCurrentWidget(visits)
    visits.member.setCurrentIndex(visits.member.findData(taro.id))
    visits.date.edit.setText((household.clock.today() + timedelta(days=2)).isoformat())
    visits.facility.setCurrentIndex(next(i for i in range(visits.facility.count())
                                         if "さくら" in visits.facility.itemText(i)))
    visits.show_plan()
    visits.reload_day()
    shot("visit")

    from familycare.domain.proxy_session import BEFORE_STEPS

    sessions = household.proxy_sessions
    session = sessions.start(taro.id)
    for step in BEFORE_STEPS:
        sessions.tick(session.id, step, acknowledge_risk=True)
    sessions.activate(session.id)
    window.proxy_ui.controller.refresh()
    window.tabs.setCurrentWidget(window.proxy_ui.page)
    window.proxy_ui.page.member_list.setCurrentRow(
        next(row for row in range(window.proxy_ui.page.member_list.count())
             if window.proxy_ui.page.member_list.item(row).text() == taro.display_name))
    shot("guarded")

    window.close()
    household.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path(__file__).parent)
    parser.add_argument("--languages", nargs="+", default=["ja", "en"], choices=["ja", "en"])
    parser.add_argument("--scales", nargs="+", type=int, default=[100, 200],
                        choices=sorted(WINDOW))
    parser.add_argument("--only", nargs="+", default=[], choices=SCREENS + EXTRA)
    parser.add_argument("--one", nargs=2, metavar=("LANGUAGE", "SCALE"),
                        help=argparse.SUPPRESS)  # the child process for one combination
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        render(args.one[0], int(args.one[1]), args.out, set(args.only))
        return 0
    for language in args.languages:
        for scale in args.scales:
            command = [sys.executable, __file__, str(args.out), "--one", language, str(scale)]
            if args.only:
                command += ["--only", *args.only]
            subprocess.run(command, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
