"""Walks a widget tree for text that does not fit: a label or button smaller than its text
needs (its size hint, or for a word-wrapped label the height its width needs), a tab whose
title is elided, a table or tree cell whose text is cut or elided ("…"), and visible sibling
texts drawn over each other.

Only what is on screen counts, and a widget inside a scroll area is measured against its own
geometry, not the viewport: scrolling to it is fine, cutting it is not.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStyle,
    QTabBar,
    QTreeView,
    QWidget,
)

from tests.ui.a11y_audit import describe

TOLERANCE = 1  # px: layouts round


def _is_qt_internal(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _short(text: str) -> str:
    return text.replace("\n", " ")[:60]


def _needs(widget: QWidget) -> tuple[int, int]:
    """The width and height the widget's text needs at its current width."""
    hint = widget.minimumSizeHint()
    if isinstance(widget, QLabel) and widget.wordWrap():
        return hint.width(), widget.heightForWidth(widget.width())
    return hint.width(), hint.height()


def clipped(root: QWidget, *, cells: bool = False,
            eliding: tuple[QAbstractItemView, ...] = ()) -> dict[str, str]:
    """description → what does not fit, for every visible text under ``root``; with
    ``cells``, the cells of its tables and trees too (see ``cut_cells``), except those of
    the views in ``eliding``, which cut long texts on purpose."""
    found: dict[str, str] = {}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _is_qt_internal(widget):
            continue
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                need = widget.fontMetrics().horizontalAdvance(widget.tabText(index))
                if widget.tabRect(index).width() < need:
                    found[f"{describe(widget)} tab {index}"] = (
                        f"tab {widget.tabText(index)!r} {widget.tabRect(index).width()} px "
                        f"wide, needs {need}")
            continue
        if isinstance(widget, QHeaderView):
            found.update(_cut_headers(widget))
            continue
        if isinstance(widget, QAbstractItemView):
            if cells and widget not in eliding:
                found.update(cut_cells(widget))
            continue
        if not isinstance(widget, (QLabel, QAbstractButton)):
            continue
        text = _text(widget)
        if not text.strip():
            continue
        need_w, need_h = _needs(widget)
        if widget.width() + TOLERANCE < need_w or widget.height() + TOLERANCE < need_h:
            found[describe(widget) + f" {_short(text)!r}"] = (
                f"{widget.width()}x{widget.height()} px, needs {need_w}x{need_h}")
    found.update(overlapping(root))
    return found


def _cut_headers(header: QHeaderView) -> dict[str, str]:
    """Column titles narrower than their words (a tree's or table's header)."""
    found: dict[str, str] = {}
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return found
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
        lines = title.split("\n")
        need = max(metrics.horizontalAdvance(line) for line in lines)
        if title and header.sectionSize(section) < need:
            found[f"{describe(header)} column {title!r}"] = (
                f"{header.sectionSize(section)} px wide, needs {need}")
    return found


def _indexes(view: QAbstractItemView) -> list[QModelIndex]:
    """Every cell a person can bring into view by scrolling: all rows of a table, the
    top-level rows of a tree and the children of its expanded rows."""
    model = view.model()
    found: list[QModelIndex] = []
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        # A list model's columnCount is private in C++ (and so in PySide): one column.
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                found.append(index)
                if column == 0 and isinstance(view, QTreeView) and view.isExpanded(index):
                    parents.append(index)
    return found


def _text_needs(text: str, font: QFont, width: float, wrap: bool) -> tuple[float, float]:
    """Width and height ``text`` takes laid out as Qt's item views lay it out (the style
    wraps at word boundaries, or anywhere in a word-less Japanese sentence, when the view
    wraps): paragraph by paragraph, at ``width``."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere if wrap
                       else QTextOption.WrapMode.NoWrap)
    widest = height = 0.0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            widest = max(widest, line.naturalTextWidth())
            height += line.height()
        layout.endLayout()
    return widest, max(height, QFontMetricsF(font).height())


def cut_cells(view: QAbstractItemView) -> dict[str, str]:
    """Cells of a table or tree drawn smaller than their text: the view elides such text
    ("…") or cuts its last lines. A cell off screen counts too (scrolling to it is fine,
    reading half of it is not); hidden rows and columns do not."""
    found: dict[str, str] = {}
    model = view.model()
    if model is None:
        return found
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    for index in _indexes(view):
        text = str(index.data() or "")
        rect = view.visualRect(index)
        if not text.strip() or rect.isEmpty():
            continue
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font if isinstance(font, QFont) else view.font()
        width = rect.width() - 2 * margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= view.iconSize().width() + 2 * margin
        need_w, need_h = _text_needs(text, font, width, view.wordWrap())
        if need_w > width + TOLERANCE or need_h > rect.height() + TOLERANCE:
            found[f"{describe(view)} cell ({index.row()}, {index.column()}) "
                  f"{_short(text)!r}"] = (
                f"{rect.width()}x{rect.height()} px, needs "
                f"{round(need_w) + 2 * margin}x{round(need_h)}")
    return found


def overlapping(root: QWidget) -> dict[str, str]:
    """Visible sibling labels and buttons whose rectangles overlap."""
    found: dict[str, str] = {}
    for parent in [root, *root.findChildren(QWidget)]:
        if not parent.isVisible():
            continue
        texts = [w for w in parent.findChildren(QWidget, options=Qt.FindChildOption
                                                .FindDirectChildrenOnly)
                 if w.isVisible() and isinstance(w, (QLabel, QAbstractButton, QGroupBox))
                 and _text(w).strip() and not _is_qt_internal(w)]
        for i, first in enumerate(texts):
            for second in texts[i + 1:]:
                shared: QRect = first.geometry().intersected(second.geometry())
                if shared.width() > TOLERANCE and shared.height() > TOLERANCE:
                    found[f"{describe(first)} {_short(_text(first))!r} over "
                          f"{_short(_text(second))!r}"] = f"{shared.width()}x{shared.height()}"
    return found
