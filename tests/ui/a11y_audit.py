"""Walks a widget tree for controls a screen reader could not name.

A control is named when it has an accessible name, a visible text (buttons), a QLabel whose
buddy it is (Qt reads the buddy's text as the name of a field — but not of a list or table,
whose accessible interface reads only accessibleName), or, for a tab bar, a text on every
tab.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from shiboken6 import getCppPointer

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
               QTextEdit, QAbstractItemView, QTabBar)


def _is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a composite control, named through the control itself: the
    editor of a spin box or combo box, a view's corner button and cell editors, a tab bar's
    scroll arrows, a combo box's popup list."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QAbstractItemView, QTabBar)):
            return True
        if parent.inherits("QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def key(widget: QWidget) -> int:
    """The C++ address: Python wrappers of one widget are not always the same object."""
    return int(getCppPointer(widget)[0])


def buddies_of(root: QWidget) -> set[int]:
    named: set[int] = set()
    for label in [*root.findChildren(QLabel), *([root] if isinstance(root, QLabel) else [])]:
        buddy = label.buddy()
        if buddy is not None and label.text().replace("&", "").strip():
            named.add(key(buddy))
    return named


def qt_name(widget: QWidget) -> str:
    """The name Qt's accessibility layer hands a screen reader."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def is_named(widget: QWidget, buddies: set[int]) -> bool:
    """Both by the rules above and by what Qt itself would tell a screen reader."""
    return _named_by_rules(widget, buddies) and bool(qt_name(widget))


def _named_by_rules(widget: QWidget, buddies: set[int]) -> bool:
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    if isinstance(widget, QTabBar):
        return widget.count() > 0 and all(widget.tabText(i).strip()
                                          for i in range(widget.count()))
    if isinstance(widget, QAbstractItemView):
        return False
    return key(widget) in buddies


def describe(widget: QWidget) -> str:
    chain = []
    parent = widget.parentWidget()
    while parent is not None:
        chain.append(f"{type(parent).__name__}({parent.objectName()})")
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({widget.objectName()!r}) in {' < '.join(chain)}"


def unnamed_controls(root: QWidget, only_visible: bool = True) -> dict[int, str]:
    """key(widget) → description of each interactive control with no name.

    By default only controls on screen (a caller shows each tab and panel in turn and merges
    the results); with ``only_visible=False`` also those that appear when their container
    does (a lost card's step dates), but never one hidden on purpose (``hide()``: a field
    built for another kind of event)."""
    buddies = buddies_of(root)
    found: dict[int, str] = {}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_qt_internal(widget):
            continue
        if widget.objectName().startswith("qt_") and not isinstance(widget, QTabBar):
            continue  # Qt's own parts, such as the menu bar's overflow arrow
        if widget.isHidden() or (only_visible and not widget.isVisible()):
            continue  # hidden on purpose (isHidden) is left out even when not only_visible
        if not is_named(widget, buddies):
            found[key(widget)] = describe(widget)
    return found
