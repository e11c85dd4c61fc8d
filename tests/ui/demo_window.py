"""The main window on the demo family, as the screen-wide audits (accessibility, both
languages, large text) open it: every tab and member panel has something to show."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def demo_main_window(qtbot, app_paths, clock, tmp_path, *, language: str | None = None,
                     size: tuple[int, int] | None = None) -> Iterator[object]:
    from familycare.app import open_with_demo
    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.services.settings import LANGUAGE
    from familycare.ui.main_window import MainWindow

    household = open_with_demo(app_paths, True)
    if language is not None:
        household.settings.set(LANGUAGE, language)  # the visit plan's language follows it
    window = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                        lambda folder: open_household(app_paths, clock))
    qtbot.addWidget(window)
    window.members_page.reload()
    if size is not None:
        window.resize(*size)
    window.show()
    try:
        yield window
    finally:
        window.household.close()
