"""Every text a person can read in a widget tree: labels, buttons, group titles, tab titles,
column titles and cells of tables, lists and trees, rich text views, combo box entries, menu
entries and window titles. Used to check that both languages are complete."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTextBrowser,
    QWidget,
)

TAG = re.compile(r"<[^>]+>")


def _plain(text: str) -> str:
    text = TAG.sub("\n", text.replace("<br>", "\n"))
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return

    def count(method: str, parent: QModelIndex) -> int:
        try:
            return getattr(model, method)(parent)
        except TypeError:  # a list model (QListWidget) hides its count behind one column
            return 1 if method == "columnCount" else getattr(model, method)()

    def walk(parent: QModelIndex) -> Iterator[str]:
        for row in range(count("rowCount", parent)):
            for column in range(count("columnCount", parent)):
                index = model.index(row, column, parent)
                value = model.data(index, Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    yield str(value)
                if column == 0 and parent == QModelIndex() and count("rowCount", index) > 0:
                    yield from walk(index)

    yield from walk(QModelIndex())
    for section in range(count("columnCount", QModelIndex())):
        title = model.headerData(section, Qt.Orientation.Horizontal)
        if title is not None:
            yield str(title)


def _menu_texts(menu: QMenu) -> Iterator[str]:
    for action in menu.actions():
        if action.text():
            yield action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every readable text under ``root`` that is on screen."""
    if isinstance(root, QMainWindow):
        yield "menu", root.windowTitle()
        for action in root.menuBar().actions():
            yield "menu", action.text()
            if action.menu() is not None:
                for text in _menu_texts(action.menu()):
                    yield "menu", text
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, QLabel):
            yield kind, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        elif isinstance(widget, QGroupBox):
            yield kind, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield kind, widget.tabText(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield kind, widget.itemText(index)
        elif isinstance(widget, QTextBrowser):
            yield kind, widget.toPlainText()
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            for text in _model_texts(widget):
                yield kind, text
