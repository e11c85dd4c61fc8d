"""Printing the family timeline on one landscape page (to a printer or a PDF file).

Every lane is drawn with the painter the tab uses; the picture is laid out on a wide logical
canvas and scaled to the page, smaller when the family is large, so it never runs onto a
second page. A title says the day it shows, with the key to the colours and patterns.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageLayout, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from familycare.i18n.catalog_timeline import PRINT_TITLE
from familycare.i18n.text import translate_code
from familycare.i18n.todo_text import date_text
from familycare.services.timeline import TimelineData
from familycare.ui.timeline_paint import TimelineGeometry, TimelinePainter, font_px, paint_legend

CANVAS_WIDTHS = (1150.0, 1300.0, 1450.0, 1600.0)  # logical pixels across the page
TEXT_PX = 15.0


class PrintFailed(Exception):
    """The printer (or the PDF file) could not be opened."""


def print_timeline(printer: QPrinter, data: TimelineData, base_font: QFont) -> None:
    """Paint ``data`` onto one landscape page of ``printer``."""
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed()
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        _paint_page(painter, page.width(), page.height(), data, base_font)
    finally:
        painter.end()


def _paint_page(p: QPainter, page_w: float, page_h: float, data: TimelineData,
                base_font: QFont) -> None:
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_h = TEXT_PX * 2.2

    def measure(width: float) -> tuple[TimelineGeometry, float, float]:
        g = TimelineGeometry(data.timeline.span, width, TEXT_PX)
        legend_h = _legend_height(width, base_font)
        return g, legend_h, title_h + legend_h + 10 + g.header_h + len(
            data.timeline.lanes) * g.lane_h

    # The narrowest canvas (the largest type) whose picture fits the page's height; a large
    # family is shrunk further, using the page's whole width at that scale.
    for width in CANVAS_WIDTHS:
        g, legend_h, content_h = measure(width)
        scale = page_w / width
        if content_h * scale <= page_h:
            break
    else:
        scale = page_h / content_h
        g, legend_h, content_h = measure(page_w / scale)
        scale = min(page_w / g.width, page_h / content_h)
    width = g.width
    p.scale(scale, scale)
    title = translate_code("timeline", PRINT_TITLE, {"today": date_text(data.timeline.today)})
    p.setFont(font_px(base_font, TEXT_PX * 1.4, bold=True))
    p.setPen(QPen(QColor("#000000")))
    p.drawText(QRectF(0, 0, width, title_h), Qt.AlignmentFlag.AlignVCenter, title)
    paint_legend(p, 0, title_h, width, TEXT_PX, base_font)
    top = title_h + legend_h + 10
    painter = TimelinePainter(data, g, base_font)
    painter.paint_header(p, top)
    if data.timeline.lanes:
        painter.paint_lanes(p, top + g.header_h, 0, len(data.timeline.lanes) - 1)


def _legend_height(width: float, base_font: QFont) -> float:
    from PySide6.QtGui import QImage

    scratch = QImage(1, 1, QImage.Format.Format_ARGB32)
    p = QPainter(scratch)
    try:
        return paint_legend(p, 0, 0, width, TEXT_PX, base_font)
    finally:
        p.end()
