"""An item delegate whose size hint wraps the text at its column's width.

QTreeView asks a delegate for a row's height without telling it how wide the column is, so
a word-wrapped sentence (above all a Japanese one, with no spaces to break at) is measured
as one long line and then drawn cut off with "…". This delegate measures it at the width it
will be drawn in (a table's rows too, so that they grow to hold the whole text).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize
from PySide6.QtWidgets import QHeaderView, QStyledItemDelegate, QStyleOptionViewItem, QTableView

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
