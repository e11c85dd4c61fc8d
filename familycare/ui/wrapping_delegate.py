"""An item delegate whose size hint wraps the text at its column's width.

QTreeView asks a delegate for a row's height without telling it how wide the column is, so
a word-wrapped sentence (above all a Japanese one, with no spaces to break at) is measured
as one long line and then drawn cut off with "…". This delegate measures it at the width it
will be drawn in (a table's rows too, so that they grow to hold the whole text).
WrappedColumns sets a whole table up that way and shares its width out among the columns.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

UNBOUNDED = 1 << 24  # tall enough for any row; the style measures the wrapped height in it


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, header: QHeaderView) -> None:
        super().__init__(header)
        self._header = header
        # A column's width often settles after the rows were measured (the window is laid
        # out, large text widens the other columns, the user drags the window narrower).
        # QTreeView never measures its rows again on its own, so the old heights stayed and
        # the last line of a sentence ended in "…": ask the view to measure them again.
        header.sectionResized.connect(self._column_resized)

    def _column_resized(self, _section: int, old: int, new: int) -> None:
        if old != new:
            self.sizeHintChanged.emit(QModelIndex())

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        width = self._header.sectionSize(index.column())
        if isinstance(option.widget, QTableView) and option.widget.showGrid():
            width -= 1  # a table draws its grid line inside the cell: one pixel less for text
        if width > 0:
            option = QStyleOptionViewItem(option)
            option.rect = QRect(0, 0, width, UNBOUNDED)
        return super().sizeHint(option, index)


class WrappedColumns(QObject):
    """Makes ``table`` show every cell whole, wrapped inside the view: the wrapping delegate
    on every column, the columns in ``shares`` as wide as their longest line up to that share
    of the view's width (wrapping beyond it), the last column the rest but never less than
    ``last_least`` of it, and every row as tall as its tallest cell once the widths settle.
    Columns never get narrower than their titles or their widest piece that cannot wrap
    ("2026-12-02" at 200 %): below that the table scrolls sideways rather than cut it."""

    def __init__(self, table: QTableView, shares: dict[int, float], last_least: float) -> None:
        super().__init__(table)
        self._table = table
        self._shares = shares
        self._last_least = last_least
        self._texts: dict[int, list[str]] = {}  # column → its cells' lines, during refit()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setItemDelegate(WrappingDelegate(header))
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows are measured once the widths have settled (a resize can show or hide the
        # vertical scroll bar and so move the widths again): one pass per event-loop turn.
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        table.model().modelReset.connect(self.refit)
        self._viewport = table.viewport()  # kept: asked for while the table is being deleted
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is not self._viewport:
            return False
        if event.type() == QEvent.Type.FontChange or (  # the text size was changed
                event.type() == QEvent.Type.Resize
                and event.oldSize().width() != event.size().width()):  # type: ignore[attr-defined]
            self.refit()
        return False

    def refit(self) -> None:
        """Share the width out again and measure the rows (new rows, new width, new font)."""
        table = self._table
        model = table.model()
        self._texts = {  # each cell's text asked for once: the model builds it anew each time
            column: [line for row in range(model.rowCount())
                     for line in str(model.index(row, column).data() or "").split("\n")]
            for column in range(model.columnCount())}
        room = table.viewport().width()
        least = {c: self._least_width(c) for c in self._shares}
        widths = {c: min(self._natural_width(c), max(least[c], round(room * share)))
                  for c, share in self._shares.items()}
        last = table.model().columnCount() - 1
        last_least = self._least_width(last)
        short = max(last_least, round(room * self._last_least)) - (room - sum(widths.values()))
        for column in self._shares:  # a narrow view: the first columns wrap more first
            give = max(0, min(short, widths[column] - least[column]))
            widths[column] -= give
            short -= give
        # The last column takes the rest (not the header's stretch, which would squeeze it
        # below its widest piece when the others already fill the view).
        widths[last] = max(last_least, room - sum(widths.values()))
        for column, width in widths.items():
            table.setColumnWidth(column, width)
        self._texts = {}
        self._rows_timer.start()

    def _lines(self, column: int) -> list[str]:
        return self._texts.get(column, [])

    def _margin(self) -> int:
        """What a cell leaves around its text (the style's margins, the grid line)."""
        table = self._table
        return 2 * (table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1) + 2

    def _natural_width(self, column: int) -> int:
        """The width the column's longest line takes on one line."""
        metrics = self._table.fontMetrics()
        cells = max((metrics.horizontalAdvance(line) for line in self._lines(column)), default=0)
        return max(cells + self._margin(), self._title_width(column))

    def _least_width(self, column: int) -> int:
        """The width of the column's widest piece the text cannot wrap inside ("2026-12-02",
        a long word; a Japanese sentence wraps between any two characters): narrower, the
        style would cut that piece with "…" rather than wrap it."""
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        font = self._table.font()
        widest = 0.0
        for text in set(self._lines(column)):
            layout = QTextLayout(text, font)
            layout.setTextOption(option)
            layout.beginLayout()
            while (line := layout.createLine()).isValid():
                line.setLineWidth(0)  # each line one piece that cannot be broken
                widest = max(widest, line.naturalTextWidth())
            layout.endLayout()
        return max(ceil(widest) + self._margin(), self._title_width(column))

    def _title_width(self, column: int) -> int:
        return self._table.horizontalHeader().sectionSizeFromContents(column).width()
