"""The family timeline widget: painted lanes that scroll under a fixed month scale.

No widget per bar: the lanes on screen are painted from the data and a click or a key is
mapped back to a bar, so 2,000 members stay smooth. The arrow keys move between bars (left
and right in time within a member's lane, up and down to the lane above or below); hovering
shows the bar in words and ``bar_selected`` tells the page which bar to explain.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontInfo, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from familycare.domain.family_timeline import TimelineBar
from familycare.i18n.text import translate
from familycare.i18n.timeline_text import explanation
from familycare.services.timeline import TimelineData
from familycare.ui.timeline_paint import TimelineGeometry, TimelinePainter


class TimelineView(QAbstractScrollArea):
    bar_selected = Signal(object)  # TimelineBar | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: TimelineData | None = None
        self.selected: TimelineBar | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(translate("timeline", "Family timeline"))
        self._hint = translate(
            "timeline",
            "One lane per family member: card, certificate, and papers and visits, over "
            "the months. Arrow keys move between bars; the explanation is shown below.")
        self.setAccessibleDescription(self._hint)
        self.setMinimumHeight(200)

    # -- data ------------------------------------------------------------------------------
    def set_data(self, data: TimelineData) -> None:
        keep = self.selected
        self.data = data
        self.selected = None
        found = self._same_bar(keep) if keep is not None else None
        self._update_scroll_range()
        self.viewport().update()
        self.select(found or data.timeline.next_problem)

    def _same_bar(self, bar: TimelineBar) -> TimelineBar | None:
        for b in self._lane_bars(self._lane_index(bar.member_id)):
            if (b.row, b.kind, b.start) == (bar.row, bar.kind, bar.start):
                return b
        return None

    def geometry_now(self) -> TimelineGeometry:
        assert self.data is not None
        return TimelineGeometry(self.data.timeline.span, self.viewport().width(),
                                QFontInfo(self.font()).pixelSize())

    def _update_scroll_range(self) -> None:
        if self.data is None:
            return
        g = self.geometry_now()
        lanes_h = len(self.data.timeline.lanes) * g.lane_h
        visible = max(self.viewport().height() - g.header_h, 0)
        bar = self.verticalScrollBar()
        bar.setRange(0, max(lanes_h - visible, 0))
        bar.setPageStep(max(visible, 1))
        bar.setSingleStep(g.lane_h)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._update_scroll_range()

    # -- painting --------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.viewport().rect(), QColor("#FFFFFF"))
        if self.data is not None and self.data.timeline.lanes:
            g = self.geometry_now()
            painter = TimelinePainter(self.data, g, self.font())
            offset = self.verticalScrollBar().value()
            first = offset // g.lane_h
            last = min((offset + self.viewport().height()) // g.lane_h,
                       len(self.data.timeline.lanes) - 1)
            p.save()
            p.setClipRect(QRectF(0, g.header_h, g.width, self.viewport().height()))
            painter.paint_lanes(p, g.header_h + first * g.lane_h - offset, first, last,
                                self.selected)
            p.restore()
            painter.paint_header(p, 0)
        if self.hasFocus():
            # A visible focus: a frame in the highlight colour round the whole picture.
            pen = QPen(self.palette().highlight().color(), 3)
            p.setPen(pen)
            p.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
        p.end()

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.viewport().update()

    # -- finding bars ----------------------------------------------------------------------
    def _lane_index(self, member_id: int) -> int:
        assert self.data is not None
        for index, (mid, _) in enumerate(self.data.timeline.lanes):
            if mid == member_id:
                return index
        return -1

    def _lane_bars(self, index: int) -> tuple[TimelineBar, ...]:
        if self.data is None or not 0 <= index < len(self.data.timeline.lanes):
            return ()
        return self.data.timeline.lanes[index][1]

    def _lane_top(self, index: int) -> float:
        g = self.geometry_now()
        return g.header_h + index * g.lane_h - self.verticalScrollBar().value()

    def bar_rect(self, bar: TimelineBar) -> QRectF:
        """Where ``bar`` is painted in the viewport (for tests and tooltips)."""
        index = self._lane_index(bar.member_id)
        return self.geometry_now().bar_rect(bar, self._lane_top(index))

    def bar_at(self, pos: QPoint) -> TimelineBar | None:
        if self.data is None:
            return None
        g = self.geometry_now()
        if pos.y() < g.header_h:
            return None
        index = int((pos.y() - g.header_h + self.verticalScrollBar().value()) // g.lane_h)
        top = self._lane_top(index)
        found = None
        for bar in self._lane_bars(index):
            rect = g.bar_rect(bar, top)
            hit = rect.adjusted(-4, 0, 4, 0) if bar.is_mark else rect
            if hit.contains(pos.x(), pos.y()):
                if bar.is_mark:
                    return bar  # a mark sits on top of a bar: it wins
                found = bar
        return found

    def explain(self, bar: TimelineBar) -> str:
        assert self.data is not None
        member = self.data.member(bar.member_id)
        return explanation(bar, member.display_name if member else "", self.data.timeline.today,
                           is_next=bar == self.data.timeline.next_problem)

    # -- selection -------------------------------------------------------------------------
    def select(self, bar: TimelineBar | None) -> None:
        self.selected = bar
        if bar is not None:
            self.ensure_visible(bar)
            self.setAccessibleDescription(self.explain(bar))
        else:
            self.setAccessibleDescription(self._hint)
        self.viewport().update()
        self.bar_selected.emit(bar)

    def ensure_visible(self, bar: TimelineBar) -> None:
        g = self.geometry_now()
        index = self._lane_index(bar.member_id)
        lane_top = index * g.lane_h
        scroll = self.verticalScrollBar()
        visible = self.viewport().height() - g.header_h
        if lane_top < scroll.value():
            scroll.setValue(lane_top)
        elif lane_top + g.lane_h > scroll.value() + visible:
            scroll.setValue(lane_top + g.lane_h - visible)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        bar = self.bar_at(event.position().toPoint())
        if bar is not None:
            self.select(bar)
        super().mousePressEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.explain(bar), self.viewport())
            return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_Down: 1}
        if self.data is None or key not in moves or not self.data.timeline.lanes:
            super().keyPressEvent(event)
            return
        step = moves[key]  # type: ignore[index]
        current = self.selected
        if current is None:
            self.select(self._first_bar(0, 1))
            return
        index = self._lane_index(current.member_id)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            bars = sorted(self._lane_bars(index), key=_time_order)
            at = bars.index(current) + step
            if 0 <= at < len(bars):
                self.select(bars[at])
            return
        target = index + step
        lanes = len(self.data.timeline.lanes)
        while 0 <= target < lanes and not self._lane_bars(target):
            target += step
        if 0 <= target < lanes:
            self.select(_nearest(self._lane_bars(target), current))

    def _first_bar(self, index: int, step: int) -> TimelineBar | None:
        lanes = len(self.data.timeline.lanes) if self.data else 0
        while 0 <= index < lanes:
            bars = sorted(self._lane_bars(index), key=_time_order)
            if bars:
                return bars[0]
            index += step
        return None


def _time_order(bar: TimelineBar) -> tuple[date, int, date]:
    return (bar.start, int(bar.row), bar.end)


def _nearest(bars: tuple[TimelineBar, ...], to: TimelineBar) -> TimelineBar:
    """The bar of another lane closest to ``to``: same row and covering its start if any,
    else the nearest in time."""
    def distance(bar: TimelineBar) -> tuple[int, int]:
        if bar.start <= to.start <= bar.end:
            days = 0
        else:
            days = min(abs((bar.start - to.start).days), abs((bar.end - to.start).days))
        return (days, abs(int(bar.row) - int(to.row)))

    return min(bars, key=distance)
