"""Painting the family timeline with QPainter: the month scale, the lanes, the bars, today.

Shared by the tab (only the lanes on screen are painted, so 2,000 members cost what 10 do)
and the printout (every lane, scaled onto one page). Sizes are in logical pixels from one
text height, so large-text mode grows the whole picture. Colour is never the only signal:
every bar kind also has its own pattern, and its words where it is wide enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from familycare.domain.family_timeline import BarKind, Span, TimelineBar, TimelineRow
from familycare.i18n.catalog_timeline import NEXT_PROBLEM, TODAY
from familycare.i18n.text import translate_code
from familycare.i18n.timeline_text import bar_label, month_label, row_name, year_label
from familycare.services.timeline import TimelineData

ROWS = len(TimelineRow)


@dataclass(frozen=True, slots=True)
class BarStyle:
    fill: str
    pattern: Qt.BrushStyle | None  # drawn over the fill in ``ink``
    ink: str  # pattern, border and label colour
    text_on_fill: str


# Okabe–Ito colours; each kind differs by pattern too (UX.md: never only colour).
STYLES: dict[BarKind, BarStyle] = {
    BarKind.VALID: BarStyle("#D6EAF8", None, "#0072B2", "#003B5C"),
    BarKind.RENEWAL: BarStyle("#FBE3B0", Qt.BrushStyle.BDiagPattern, "#B07800", "#3D2A00"),
    BarKind.GRACE: BarStyle("#F7C9AE", Qt.BrushStyle.DiagCrossPattern, "#D55E00", "#4A1F00"),
    BarKind.EXPIRED: BarStyle("#3A3A3A", None, "#000000", "#FFFFFF"),
    BarKind.CARD_AWAY: BarStyle("#E9C3DA", Qt.BrushStyle.HorPattern, "#A3437A", "#3A0F28"),
    BarKind.QUALIFICATION_CERTIFICATE: BarStyle("#C7EBDD", Qt.BrushStyle.VerPattern, "#00795A",
                                                "#00382A"),
    BarKind.TURNS_75: BarStyle("#0072B2", None, "#003B5C", "#003B5C"),
    BarKind.VISIT: BarStyle("#000000", None, "#000000", "#000000"),
}
TODAY_COLOUR = "#C0392B"
GRID_COLOUR = "#D0D0D0"
STRIPE_COLOUR = "#F5F5F5"


class TimelineGeometry:
    """Where things go for a width and a text height: the name column, the month scale
    above the lanes, three rows per lane, and x for a day."""

    def __init__(self, span: Span, width: float, text_px: float) -> None:
        self.span = span
        self.text_px = text_px
        self.row_h = round(text_px * 1.45)
        self.lane_gap = round(text_px * 0.5)
        self.lane_h = ROWS * self.row_h + self.lane_gap
        # The month scale: a year row (both calendars), a month row, a row for today's flag.
        self.scale_row_h = round(text_px * 1.5)
        self.flag_row_h = round(text_px * 1.3)
        self.header_h = 2 * self.scale_row_h + self.flag_row_h
        self.name_w = max(150.0, text_px * 13)
        self.right = 8.0
        self.width = width
        usable = max(width - self.name_w - self.right, 50.0)
        self.day_w = usable / span.days

    def x(self, day: date) -> float:
        return self.name_w + (day - self.span.first).days * self.day_w

    def day_at(self, x: float) -> date:
        days = int((x - self.name_w) // self.day_w)
        return self.span.first + timedelta(days=min(max(days, 0), self.span.days - 1))

    def bar_rect(self, bar: TimelineBar, lane_top: float) -> QRectF:
        top = lane_top + int(bar.row) * self.row_h + 2
        h = self.row_h - 4
        if bar.is_mark:
            cx = self.x(bar.start) + self.day_w / 2
            return QRectF(cx - h / 2, top, h, h)
        left = self.x(bar.start)
        right = self.x(bar.end + timedelta(days=1))
        return QRectF(left, top, max(right - left, 2.0), h)


def font_px(base: QFont, px: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(int(round(px)), 6))
    font.setBold(bold)
    return font


class TimelinePainter:
    """Paints ``data`` with ``geometry``; ``selected`` and ``next_problem`` are outlined."""

    def __init__(self, data: TimelineData, geometry: TimelineGeometry, base_font: QFont) -> None:
        self.data = data
        self.g = geometry
        self.font = font_px(base_font, geometry.text_px)
        self.small = font_px(base_font, geometry.text_px * 0.85)
        self.bold = font_px(base_font, geometry.text_px, bold=True)

    # -- the month scale -------------------------------------------------------------------
    def paint_header(self, p: QPainter, top: float) -> None:
        g = self.g
        span = g.span
        half = g.scale_row_h
        p.fillRect(QRectF(0, top, g.width, g.header_h), QColor("#FFFFFF"))
        p.setPen(QPen(QColor("#000000")))
        months = span.months()
        # Year row: each year's stretch, labelled in both calendars where it fits.
        p.setFont(self.bold)
        metrics = QFontMetricsF(self.bold)
        for year in sorted({m.year for m in months}):
            first = max(date(year, 1, 1), span.first)
            last = min(date(year, 12, 31), span.last)
            left, right = g.x(first), g.x(last + timedelta(days=1))
            label = year_label(year)
            if metrics.horizontalAdvance(label) + 8 > right - left:
                label = str(year)
            if metrics.horizontalAdvance(label) + 4 <= right - left:
                p.drawText(QRectF(left, top, right - left, half),
                           Qt.AlignmentFlag.AlignCenter, label)
            p.setPen(QPen(QColor("#808080")))
            p.drawLine(QPointF(left, top + 2), QPointF(left, top + 2 * half))
            p.setPen(QPen(QColor("#000000")))
        # Month row: every month named alike, in the widest form that fits every month
        # (its name, then the number, then every third month's number on a very narrow scale).
        p.setFont(self.small)
        metrics = QFontMetricsF(self.small)
        cell = g.day_w * 28
        names = {m: month_label(m) for m in range(1, 13)}
        if max(metrics.horizontalAdvance(n) for n in names.values()) + 2 > cell:
            names = {m: str(m) for m in range(1, 13)}
            if metrics.horizontalAdvance("12") + 2 > cell:
                names = {m: str(m) for m in (1, 4, 7, 10)}
        for month in months:
            label = names.get(month.month)
            if label is None:
                continue
            nxt = date(month.year + (month.month == 12), month.month % 12 + 1, 1)
            left = g.x(max(month, span.first))
            right = g.x(min(nxt, span.last + timedelta(days=1)))
            if metrics.horizontalAdvance(label) + 2 <= right - left:
                p.drawText(QRectF(left, top + half, right - left, half),
                           Qt.AlignmentFlag.AlignCenter, label)
        p.setPen(QPen(QColor("#808080")))
        p.drawLine(QPointF(0, top + g.header_h - 0.5), QPointF(g.width, top + g.header_h - 0.5))
        self._paint_today_flag(p, top)

    def _paint_today_flag(self, p: QPainter, top: float) -> None:
        g = self.g
        today = self.data.timeline.today
        if not (g.span.first <= today <= g.span.last):
            return
        x = g.x(today) + g.day_w / 2
        label = translate_code("timeline", TODAY)
        p.setFont(self.small)
        w = QFontMetricsF(self.small).horizontalAdvance(label) + 8
        box = QRectF(min(max(x - w / 2, g.name_w), g.width - w), top + 2 * g.scale_row_h + 1,
                     w, g.flag_row_h - 2)
        p.fillRect(box, QColor(TODAY_COLOUR))
        p.setPen(QPen(QColor("#FFFFFF")))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    # -- the lanes -------------------------------------------------------------------------
    def paint_lanes(
        self,
        p: QPainter,
        top: float,
        first: int,
        last: int,
        selected: TimelineBar | None = None,
    ) -> None:
        """Lanes ``first`` to ``last`` inclusive, lane ``first`` starting at ``top``."""
        g = self.g
        lanes = self.data.timeline.lanes
        members = self.data.members
        bottom = top + (last - first + 1) * g.lane_h
        self._paint_grid(p, top, bottom, first)
        nxt = self.data.timeline.next_problem
        for index in range(first, last + 1):
            lane_top = top + (index - first) * g.lane_h
            member_id, bars = lanes[index]
            self._paint_name(p, lane_top, members[index].display_name, members[index].colour)
            for bar in bars:
                self._paint_bar(p, bar, g.bar_rect(bar, lane_top))
            for bar in bars:
                if bar == nxt:
                    self._outline(p, g.bar_rect(bar, lane_top), next_problem=True)
                if bar == selected:
                    self._outline(p, g.bar_rect(bar, lane_top), next_problem=False)
        self._paint_today_line(p, top, bottom)

    def _paint_grid(self, p: QPainter, top: float, bottom: float, first: int) -> None:
        g = self.g
        for index in range(round((bottom - top) / g.lane_h)):
            if (first + index) % 2:
                p.fillRect(QRectF(0, top + index * g.lane_h, g.width, g.lane_h),
                           QColor(STRIPE_COLOUR))
        p.setPen(QPen(QColor(GRID_COLOUR), 1))
        for month in g.span.months():
            x = g.x(max(month, g.span.first))
            p.drawLine(QPointF(x, top), QPointF(x, bottom))

    def _paint_name(self, p: QPainter, top: float, name: str, colour: str) -> None:
        g = self.g
        # The member's colour AND name: a band at the left edge, the name beside it.
        p.fillRect(QRectF(0, top + 1, 8, g.lane_h - g.lane_gap - 2), QColor(colour or "#999999"))
        rows = [row_name(row) for row in TimelineRow]
        p.setFont(self.small)
        small = QFontMetricsF(self.small)
        p.setPen(QPen(QColor("#555555")))
        label_w = max(small.horizontalAdvance(r) for r in rows) + 6
        for row, text in enumerate(rows):
            p.drawText(QRectF(g.name_w - label_w - 4, top + row * g.row_h, label_w, g.row_h),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
        p.setFont(self.bold)
        p.setPen(QPen(QColor("#000000")))
        room = g.name_w - label_w - 18
        shown = QFontMetricsF(self.bold).elidedText(name, Qt.TextElideMode.ElideRight, room)
        p.drawText(QRectF(12, top, room, g.row_h * 2),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                   | Qt.TextFlag.TextWordWrap, shown)
        p.setPen(QPen(QColor(GRID_COLOUR), 1))
        bottom = top + g.lane_h - g.lane_gap / 2
        p.drawLine(QPointF(0, bottom), QPointF(g.width, bottom))

    def _paint_bar(self, p: QPainter, bar: TimelineBar, rect: QRectF) -> None:
        style = STYLES[bar.kind]
        if bar.kind is BarKind.TURNS_75:
            self._diamond(p, rect, style)
            self._mark_label(p, rect, "75", style)
            return
        if bar.kind is BarKind.VISIT:
            p.setPen(QPen(QColor("#FFFFFF"), 1.5))
            p.setBrush(QBrush(QColor(style.fill)))
            p.drawEllipse(rect.adjusted(2, 2, -2, -2))
            return
        p.fillRect(rect, QColor(style.fill))
        if style.pattern is not None:
            p.fillRect(rect, QBrush(QColor(style.ink), style.pattern))
        p.setPen(QPen(QColor(style.ink), 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if bar.open_end:
            self._arrow(p, rect, style)
        label = bar_label(bar)
        p.setFont(self.small)
        metrics = QFontMetricsF(self.small)
        width = metrics.horizontalAdvance(label) + 10
        if width <= rect.width():
            # A plain box behind the words keeps them readable over a pattern.
            box = QRectF(rect.left() + 3, rect.top() + 2, width - 4, rect.height() - 4)
            if style.pattern is not None:
                p.fillRect(box, QColor(style.fill))
            p.setPen(QPen(QColor(style.text_on_fill)))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _arrow(self, p: QPainter, rect: QRectF, style: BarStyle) -> None:
        # The bar goes on after the span: a small arrowhead at its right end.
        h = rect.height()
        tip = QPointF(rect.right() - 2, rect.center().y())
        p.setBrush(QBrush(QColor(style.ink)))
        p.setPen(Qt.PenStyle.NoPen)
        p.drawPolygon(QPolygonF([QPointF(tip.x() - h / 2, rect.top() + 3), tip,
                                 QPointF(tip.x() - h / 2, rect.bottom() - 3)]))

    def _diamond(self, p: QPainter, rect: QRectF, style: BarStyle) -> None:
        c = rect.center()
        r = rect.height() / 2
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                   QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y()),
                                   QPointF(c.x(), c.y() - r)]))
        p.setPen(QPen(QColor("#FFFFFF"), 1.5))
        p.setBrush(QBrush(QColor(style.fill)))
        p.drawPath(path)

    def _mark_label(self, p: QPainter, rect: QRectF, text: str, style: BarStyle) -> None:
        p.setFont(self.small)
        p.setPen(QPen(QColor(style.text_on_fill)))
        width = QFontMetricsF(self.small).horizontalAdvance(text) + 4
        p.drawText(QRectF(rect.right() + 2, rect.top(), width, rect.height()),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def _outline(self, p: QPainter, rect: QRectF, next_problem: bool) -> None:
        p.setBrush(Qt.BrushStyle.NoBrush)
        if next_problem:
            # A thick double outline and a flag with words: the family's next problem.
            p.setPen(QPen(QColor("#000000"), 3))
            p.drawRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5))
            p.setPen(QPen(QColor("#FFFFFF"), 1))
            p.drawRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5))
            label = translate_code("timeline", NEXT_PROBLEM)
            p.setFont(self.small)
            w = QFontMetricsF(self.small).horizontalAdvance(label) + 8
            flag = QRectF(rect.left(), rect.bottom() + 3, w, self.g.row_h - 6)
            p.fillRect(flag, QColor("#000000"))
            p.setPen(QPen(QColor("#FFFFFF")))
            p.drawText(flag, Qt.AlignmentFlag.AlignCenter, label)
            return
        pen = QPen(QColor("#1A5FB4"), 2.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRect(rect.adjusted(-4, -4, 4, 4))

    def _paint_today_line(self, p: QPainter, top: float, bottom: float) -> None:
        g = self.g
        today = self.data.timeline.today
        if not (g.span.first <= today <= g.span.last):
            return
        x = g.x(today) + g.day_w / 2
        p.setPen(QPen(QColor(TODAY_COLOUR), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))


LEGEND_KINDS = (BarKind.VALID, BarKind.RENEWAL, BarKind.GRACE, BarKind.EXPIRED,
                BarKind.CARD_AWAY, BarKind.QUALIFICATION_CERTIFICATE, BarKind.TURNS_75,
                BarKind.VISIT)


def paint_legend(p: QPainter, left: float, top: float, width: float, text_px: float,
                 base_font: QFont) -> float:
    """The key to the picture, wrapped to ``width``: each bar kind's swatch (its colour and
    pattern) with its words, today's line and the next-problem outline. Returns the height."""
    from familycare.i18n.timeline_text import kind_label

    font = font_px(base_font, text_px * 0.85)
    metrics = QFontMetricsF(font)
    h = round(text_px * 1.2)
    sw = h * 1.8
    entries: list[tuple[str, str]] = [(kind.value, kind_label(kind.value)) for kind in LEGEND_KINDS]
    entries += [("today", translate_code("timeline", TODAY)),
                ("next", translate_code("timeline", NEXT_PROBLEM))]
    x, y = left, top
    p.setFont(font)
    for code, label in entries:
        w = sw + 6 + metrics.horizontalAdvance(label) + 16
        if x + w > left + width and x > left:
            x, y = left, y + h + 6
        swatch = QRectF(x, y + 1, sw, h - 2)
        _legend_swatch(p, code, swatch)
        p.setPen(QPen(QColor("#000000")))
        p.drawText(QRectF(x + sw + 6, y, w - sw - 6, h),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        x += w
    return y + h - top


def _legend_swatch(p: QPainter, code: str, rect: QRectF) -> None:
    p.save()
    if code == "today":
        p.setPen(QPen(QColor(TODAY_COLOUR), 2, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(rect.center().x(), rect.top()), QPointF(rect.center().x(),
                                                                  rect.bottom()))
    elif code == "next":
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(QColor("#000000"), 3))
        p.drawRect(rect.adjusted(2, 2, -2, -2))
    else:
        kind = BarKind(code)
        style = STYLES[kind]
        if kind is BarKind.TURNS_75 or kind is BarKind.VISIT:
            side = rect.height()
            dot = QRectF(rect.center().x() - side / 2, rect.top(), side, side)
            p.setPen(QPen(QColor("#FFFFFF"), 1))
            p.setBrush(QBrush(QColor(style.fill)))
            if kind is BarKind.VISIT:
                p.drawEllipse(dot.adjusted(2, 2, -2, -2))
            else:
                c, r = dot.center(), side / 2
                p.drawPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                         QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())]))
        else:
            p.fillRect(rect, QColor(style.fill))
            if style.pattern is not None:
                p.fillRect(rect, QBrush(QColor(style.ink), style.pattern))
            p.setPen(QPen(QColor(style.ink), 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
    p.restore()
