"""The Timeline tab on the demo family: built when first shown (Ctrl+6), a lane per member
painted in the member's colour, the next problem chosen and explained, mouse and keyboard
selection, the tooltip, and printing on one landscape page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QToolTip

from familycare.domain.family_timeline import BarKind, TimelineRow
from tests.printing.conftest import pdf_pages, pdf_text, squeeze


@pytest.fixture
def window(qtbot, app_paths, clock, tmp_path):
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.demo import build_demo_family
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    household = open_household(app_paths, clock, demo=True)
    build_demo_family(household)
    def open_other(folder):
        folder.mkdir(exist_ok=True)
        return open_household(resolve_paths(data_dir=folder, environ={}), clock)

    main = MainWindow(household, RecentHouseholds(tmp_path / "config"), open_other)
    qtbot.addWidget(main)
    main.resize(1280, 860)
    main.show()
    main.activateWindow()
    qtbot.waitActive(main)
    try:
        yield main
    finally:
        main.household.close()


def open_timeline(qtbot, window):
    assert window.timeline_tab.page is None  # nothing built before it is shown
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.timeline_tab
    page = window.timeline_tab.page
    assert page is not None
    QApplication.processEvents()
    return page


def click(qtbot, view, bar) -> None:
    centre = view.bar_rect(bar).center().toPoint()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_a_lane_per_member_in_their_colour_with_the_next_problem_explained(
    qtbot, window
) -> None:
    page = open_timeline(qtbot, window)
    view = page.view
    members = window.household.members.list_members()
    data = view.data
    assert {m.display_name for m in data.members} == {m.display_name for m in members}
    assert len(data.timeline.lanes) == len(members) == 7
    # Each lane is painted with its member's colour band at the left edge.
    image = view.viewport().grab().toImage()
    g = view.geometry_now()
    for index, member in enumerate(data.members):
        y = g.header_h + index * g.lane_h + g.lane_h // 3
        if y >= image.height():
            break
        assert image.pixelColor(3, y) == QColor(member.colour), member.display_name
    # The demo's next problem is 蓮's lost card; it is chosen and explained at once.
    problem = data.timeline.next_problem
    assert problem is not None and problem.kind is BarKind.CARD_AWAY
    assert data.member(problem.member_id).display_name == "山田 蓮"
    assert view.selected == problem
    assert page.explanation.text().startswith("山田 蓮's card is lost.")
    assert "next problem" in page.explanation.text()


def test_clicking_bars_explains_them_in_words(qtbot, window) -> None:
    page = open_timeline(qtbot, window)
    view = page.view
    data = view.data
    taro = next(m for m in data.members if m.display_name == "山田 太郎")
    bars = dict(data.timeline.lanes)[taro.id]
    renewal = next(b for b in bars if b.kind is BarKind.RENEWAL)
    click(qtbot, view, renewal)
    assert view.selected == renewal
    text = page.explanation.text()
    today = window.household.clock.today()
    expires = renewal.params["expires_on"]
    assert isinstance(expires, date) and (expires - today).days == 40
    assert text.startswith("山田 太郎's certificate")
    assert expires.isoformat() in text and "40 days left" in text
    assert "Renewal is open now at the municipal office" in text
    # Back to the highlighted bar: the words say it is the next problem.
    click(qtbot, view, data.timeline.next_problem)
    assert view.selected == data.timeline.next_problem
    assert page.explanation.text().endswith("This is the family's next problem.")


def test_hovering_a_bar_shows_the_same_words(qtbot, window) -> None:
    page = open_timeline(qtbot, window)
    view = page.view
    bar = next(b for _, bars in view.data.timeline.lanes for b in bars
               if b.kind is BarKind.GRACE and b.start <= view.data.timeline.today)
    pos = view.bar_rect(bar).center().toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    assert QToolTip.text() == view.explain(bar)
    assert "山田 美咲's certificate expired on" in QToolTip.text()


def test_arrow_keys_move_between_bars(qtbot, window) -> None:
    page = open_timeline(qtbot, window)
    view = page.view
    data = view.data
    view.setFocus()
    assert view.hasFocus() and view.accessibleName() == "Family timeline"
    start = view.selected
    lane = [m.id for m in data.members].index(start.member_id)
    # Up: the lane above (蓮 is last), the bar nearest the lost card's start.
    qtbot.keyClick(view, Qt.Key.Key_Up)
    above = view.selected
    assert above.member_id == data.members[lane - 1].id
    assert page.explanation.text().startswith(data.members[lane - 1].display_name)
    # Right and left walk that lane in time and come back.
    qtbot.keyClick(view, Qt.Key.Key_Right)
    later = view.selected
    assert later.member_id == above.member_id and later != above
    assert (later.start, int(later.row)) >= (above.start, int(above.row))
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == above
    # Down returns to 蓮's lane; the accessible description follows the selection.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.selected.member_id == start.member_id
    assert view.accessibleDescription() == page.explanation.text()
    # Up from the first lane stays put.
    for _ in range(len(data.members)):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.selected.member_id == data.members[0].id
    assert view.selected.row in TimelineRow


def test_printing_gives_one_landscape_page_with_every_member(qtbot, window, tmp_path) -> None:
    page = open_timeline(qtbot, window)
    out = tmp_path / "timeline.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    assert page.print_to(printer)
    assert pdf_pages(out) == 1
    text = squeeze(pdf_text(out))
    for member in window.household.members.list_members():
        assert squeeze(member.display_name) in text
    assert "Familytimelineon" in text and "Graceperiod" in text
    rect = printer.pageLayout().fullRectPoints()
    assert rect.width() > rect.height()  # landscape


def test_print_to_an_unwritable_file_says_so(qtbot, window, tmp_path) -> None:
    page = open_timeline(qtbot, window)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no-such-folder" / "timeline.pdf"))
    shown: list[str] = []
    page.warn = lambda title, text: shown.append(text)  # a modal box would block the test
    assert not page.print_to(printer)
    assert shown and "could not be opened" in shown[0]


def test_the_tab_is_rebuilt_for_another_household(qtbot, window, tmp_path) -> None:
    open_timeline(qtbot, window)
    assert window.switch_household(tmp_path / "other")
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    page = window.timeline_tab.page
    assert page is not None and page.view.data.timeline.lanes == ()
    assert page.explanation.text() == "No family members yet."


@pytest.fixture
def switching_window(qtbot, app_paths, clock, tmp_path, qapp):
    from familycare.household import open_household
    from familycare.i18n.translator import UiLanguage
    from familycare.services.demo import build_demo_family
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.main_window import MainWindow

    font = qapp.font()
    language = UiLanguage(qapp, "en")
    household = open_household(app_paths, clock, demo=True)
    build_demo_family(household)
    main = MainWindow(household, RecentHouseholds(tmp_path / "config"),
                      lambda folder: open_household(app_paths, clock), ui_language=language)
    qtbot.addWidget(main)
    main.show()
    try:
        yield main
    finally:
        main.household.close()
        language.switch("en")  # never leave the Japanese translators to the next test
        qapp.setFont(font)


def test_language_and_text_size_switch_on_the_timeline(qtbot, switching_window) -> None:
    window = switching_window
    window.tabs.setCurrentWidget(window.timeline_tab)
    QApplication.processEvents()
    old_page = window.timeline_tab.page
    lane_h = old_page.view.geometry_now().lane_h
    window.set_language("ja")
    QApplication.processEvents()
    index = window.tabs.indexOf(window.timeline_tab)
    assert window.tabs.tabText(index) == "タイムライン"
    assert window.tabs.currentWidget() is window.timeline_tab
    page = window.timeline_tab.page
    assert page is not None and page is not old_page
    assert page.explanation.text().startswith("山田 蓮さんのカードは紛失中です。")
    window.set_text_scale(200)
    QApplication.processEvents()
    page = window.timeline_tab.page
    assert page.view.geometry_now().lane_h > 1.5 * lane_h
