"""Contrast and colour (UX.md, issue #11): every text colour familycare sets reaches WCAG
4.5:1 against what it is drawn on, on a light and on a dark desktop palette; member colours
come from the Okabe–Ito set; a colour is never the only signal (a chip always has a name
next to it, a tinted status always has words).

Colours set by the app are found where it sets them: style sheets (``color:`` against the
sheet's own ``background:`` or else the palette), inline ``color:`` in rich text, and the
colour roles of its table models.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget

from familycare.domain.palette import (
    MIN_TEXT_CONTRAST,
    PALETTE_HEX,
    contrast_ratio,
    is_palette_colour,
    text_colour_on,
)

R = QPalette.ColorRole


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def dark_palette() -> QPalette:
    """A dark desktop theme as Fusion-based dark themes set it."""
    palette = QPalette()
    for role, colour in ((R.Window, "#353535"), (R.WindowText, "#FFFFFF"),
                         (R.Base, "#232323"), (R.AlternateBase, "#2D2D2D"),
                         (R.Text, "#FFFFFF"), (R.Button, "#353535"),
                         (R.ButtonText, "#FFFFFF"), (R.Highlight, "#2A82DA"),
                         (R.HighlightedText, "#FFFFFF"), (R.ToolTipBase, "#232323"),
                         (R.ToolTipText, "#FFFFFF"), (R.PlaceholderText, "#B0B0B0")):
        palette.setColor(role, QColor(colour))
    return palette


PALETTES = {"light": light_palette, "dark": dark_palette}
TEXT_PAIRS = ((R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
              (R.ButtonText, R.Button), (R.ToolTipText, R.ToolTipBase))


def hex_of(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb).upper()


@pytest.fixture(params=sorted(PALETTES))
def palette(request, qapp) -> Iterator[QPalette]:
    saved = qapp.palette()
    chosen = PALETTES[request.param]()
    qapp.setPalette(chosen)
    try:
        yield chosen
    finally:
        qapp.setPalette(saved)


COLOUR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9A-Fa-f]{6})")
BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9A-Fa-f]{6})")


def set_colours(widget: QWidget) -> Iterator[tuple[str, str, str]]:
    """(what, text colour, background) for each colour the app set on ``widget``."""
    palette = widget.palette()
    sheet = widget.styleSheet()
    backgrounds = BACKGROUND.findall(sheet)
    own_background = backgrounds[0] if backgrounds else None
    for colour in COLOUR.findall(sheet):
        for background in ([own_background] if own_background
                           else [hex_of(palette.color(R.Window)), hex_of(palette.color(R.Base))]):
            yield f"style sheet {sheet[:60]!r}", colour, background
    rich = ""
    if isinstance(widget, QLabel):
        rich = widget.text()
    elif isinstance(widget, QTextBrowser):
        rich = widget.toHtml()
    for colour in COLOUR.findall(rich):
        yield f"rich text colour {colour}", colour, hex_of(palette.color(
            R.Base if isinstance(widget, QTextBrowser) else R.Window))


def low_contrast(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        for what, colour, background in set_colours(widget):
            ratio = contrast_ratio(colour, background)
            if ratio < MIN_TEXT_CONTRAST:
                found.append(f"{type(widget).__name__}({widget.objectName()}): {what}: "
                             f"{colour} on {background} = {ratio:.2f}:1")
    return found


def test_the_desktop_palettes_tested_against_are_readable_themselves(palette) -> None:
    for text, background in TEXT_PAIRS:
        ratio = contrast_ratio(hex_of(palette.color(text)), hex_of(palette.color(background)))
        assert ratio >= MIN_TEXT_CONTRAST, (text, background, ratio)


def test_error_warning_and_muted_texts_are_readable_on_window_and_fields(palette) -> None:
    from familycare.ui.text_colours import error_colour, muted_colour, warning_colour

    for colour in (error_colour(palette), warning_colour(palette), muted_colour(palette)):
        for background in (R.Window, R.Base):
            ratio = contrast_ratio(colour, hex_of(palette.color(background)))
            assert ratio >= MIN_TEXT_CONTRAST, (colour, background, ratio)


def test_text_on_every_member_colour_is_readable() -> None:
    for colour in PALETTE_HEX:
        assert contrast_ratio(text_colour_on(colour), colour) >= MIN_TEXT_CONTRAST, colour


def test_the_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#B00020", "#FFFFFF") == contrast_ratio("#FFFFFF", "#B00020")


@pytest.fixture
def demo_household(app_paths):
    from familycare.app import open_with_demo

    household = open_with_demo(app_paths, True)
    try:
        yield household
    finally:
        household.close()


def _window(qtbot, household, tmp_path, app_paths, clock):
    from familycare.household import open_household
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    window = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                        lambda folder: open_household(app_paths, clock))
    qtbot.addWidget(window)
    window.members_page.reload()
    window.show()
    return window


def test_every_text_colour_on_screen_is_readable(qtbot, palette, demo_household, tmp_path,
                                                  app_paths, clock) -> None:
    from datetime import timedelta

    from familycare.services.proxy_sessions import ProxySessionRefused
    from familycare.ui.proxy_session_end import ProxyEndDialog
    from familycare.ui.proxy_session_start import ProxyStartDialog
    from tests.services.proxy_helpers import active_session

    window = _window(qtbot, demo_household, tmp_path, app_paths, clock)
    found: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        found += low_contrast(window)
    visits = window.visit_page  # a plan with the household's notes and rules in grey
    taro = next(m for m in demo_household.members.list_members()
                if m.display_name == "山田 太郎")
    visits.member.setCurrentIndex(visits.member.findData(taro.id))
    visits.date.edit.setText((clock.today() + timedelta(days=2)).isoformat())
    visits.show_plan()
    assert "color:" in visits.plan_view.toHtml()
    found += low_contrast(visits)
    controller = window.proxy_ui.controller
    start = ProxyStartDialog(controller, window)  # its refusal and PIN warning lines
    qtbot.addWidget(start)
    for row in range(start.member.count()):
        start.member.setCurrentIndex(row)
        found += low_contrast(start)
    for member in demo_household.members.list_members():
        try:
            active_session(demo_household, member.id)
            break
        except ProxySessionRefused:
            continue
    controller.refresh()
    QApplication.processEvents()
    assert window.proxy_ui.banner.isVisible()
    found += low_contrast(window)
    end = ProxyEndDialog(controller, window)
    qtbot.addWidget(end)
    end.finish()  # unticked steps: the bold error line
    found += low_contrast(end)
    assert not found, "Text below 4.5:1:\n" + "\n".join(sorted(set(found)))


def test_tinted_statuses_set_a_readable_text_colour_and_keep_their_words(
        palette, demo_household) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush

    from familycare.ui.dashboard_model import DashboardTableModel

    model = DashboardTableModel(demo_household.todo.today())
    today = demo_household.todo.today()
    model.set_overview(demo_household.todo.overview(today).members, today, {})
    tinted = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            background = model.data(index, Qt.ItemDataRole.BackgroundRole)
            if background is None:
                continue
            tinted += 1
            foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert foreground is not None, "a tint without its own text colour"
            # A colour or a brush: the view paints either as a brush.
            ratio = contrast_ratio(hex_of(QBrush(foreground).color()),
                                   hex_of(QBrush(background).color()))
            assert ratio >= MIN_TEXT_CONTRAST, (row, column, ratio)
            assert str(model.data(index, Qt.ItemDataRole.DisplayRole)).strip()
    assert tinted, "the demo family has urgent and attention statuses"


def test_member_colours_are_okabe_ito_and_never_the_only_signal(demo_household) -> None:
    from PySide6.QtCore import Qt

    from familycare.ui.dashboard_model import DashboardTableModel
    from familycare.ui.member_table_model import MemberTableModel

    members = demo_household.members.list_members()
    assert all(is_palette_colour(m.colour) for m in members)
    assert len({m.colour.upper() for m in members}) == len(members)  # seven people, seven
    today = demo_household.todo.today()
    listing = MemberTableModel(today)
    listing.set_members(members, today)
    dashboard = DashboardTableModel(today)
    dashboard.set_overview(demo_household.todo.overview(today).members, today, {})
    for model in (listing, dashboard):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                if isinstance(model.data(index, Qt.ItemDataRole.DecorationRole), QColor):
                    assert str(model.data(index, Qt.ItemDataRole.DisplayRole)).strip()


def test_switching_the_desktop_to_dark_rebuilds_the_colours(qtbot, qapp, demo_household,
                                                            tmp_path, app_paths, clock) -> None:
    from familycare.ui.text_colours import ERROR

    saved = qapp.palette()
    qapp.setPalette(light_palette())
    try:
        window = _window(qtbot, demo_household, tmp_path, app_paths, clock)
        window.tabs.setCurrentWidget(window.proxy_ui.page)
        QApplication.processEvents()
        assert ERROR[0] in window.proxy_ui.page.status.styleSheet()
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: ERROR[1] in window.proxy_ui.page.status.styleSheet())
        assert window.tabs.currentWidget() is window.proxy_ui.page  # the view is kept
        assert not low_contrast(window)
    finally:
        qapp.setPalette(saved)


def test_a_closed_window_ignores_a_theme_switch(qtbot, qapp, demo_household, tmp_path,
                                                app_paths, clock) -> None:
    # A window that was closed (its household closed with it, or its server gone) must not
    # rebuild its pages and query the database when the desktop theme changes later.
    saved = qapp.palette()
    qapp.setPalette(light_palette())
    try:
        window = _window(qtbot, demo_household, tmp_path, app_paths, clock)
        window.show()
        QApplication.processEvents()
        home = window.home_page
        window.close()
        qapp.setPalette(dark_palette())
        for _ in range(3):
            QApplication.processEvents()
        assert window.home_page is home
    finally:
        qapp.setPalette(saved)
