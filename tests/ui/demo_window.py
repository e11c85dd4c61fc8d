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


def each_screen(window) -> Iterator[str]:
    """Put each screen of ``window`` in front in turn: every main tab and, on the Family tab,
    every detail tab of every member (a scrolled panel's content shown too). Yields, while
    the screen is up, the member whose panel it is ("" for a main tab)."""
    from PySide6.QtWidgets import QScrollArea

    from familycare.ui.member_detail import MemberDetail

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        yield ""
        if window.tabs.currentWidget() is not window.members_page:
            continue
        detail = window.findChild(MemberDetail)
        for member in window.household.members.list_members():
            window.members_page.reload(select_id=member.id)
            for tab in range(detail.tabs.count()):
                detail.tabs.setCurrentIndex(tab)
                area = detail.tabs.widget(tab)
                if isinstance(area, QScrollArea) and area.widget() is not None:
                    area.widget().show()
                yield member.display_name
