"""Working without a mouse: shortcuts for the common actions and the Help → Keyboard shortcuts
dialog, which lists every shortcut the window has (read from its actions, so a shortcut added
anywhere later shows up without editing this list)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from familycare.i18n.text import translate
from familycare.ui.text_size import fit_window, scaled_px

# Ctrl+N is New household (QKeySequence.New), so a new member takes Ctrl+Shift+N.
NEW_MEMBER_KEYS = "Ctrl+Shift+N"
SAVE_KEYS = "Ctrl+S"
HELP_KEYS = "F1"


def set_keys(action: QAction, keys: QKeySequence) -> None:
    """``action.setShortcut(keys)``, which would build PySide6's whole ``Qt`` namespace
    (~19 ms and 1.4 MB, see ui/dashboard_model.py) while the window's menus are built
    before the first screen; the list form sets the same single shortcut without it."""
    action.setShortcuts([keys])


@dataclass(frozen=True)
class ShortcutRow:
    keys: str  # as the platform writes them, e.g. "Ctrl+2"
    action: str  # what it does, translated, without the & of a mnemonic


def _page_getters(window: QMainWindow) -> list[tuple[str, Callable[[], QWidget | None]]]:
    # Read at key-press time: opening another household rebuilds the pages.
    w: Any = window

    def proxies() -> QWidget | None:
        proxy_ui = getattr(w, "proxy_ui", None)
        return proxy_ui.page if proxy_ui is not None else None

    return [
        (translate("keyboard", "Go to the Home tab"), lambda: w.home_page),
        (translate("keyboard", "Go to the Family tab"), lambda: w.members_page),
        (translate("keyboard", "Go to the To-do tab"), lambda: w.todo_page),
        (translate("keyboard", "Go to the Visits tab"), lambda: w.visit_page),
        (translate("keyboard", "Go to the Proxies tab"), proxies),
        (translate("keyboard", "Go to the Timeline tab"), lambda: getattr(w, "timeline_tab", None)),
    ]


def install_keyboard(window: QMainWindow, help_menu: QMenu) -> None:
    """Adds the tab, new-member, save and shortcuts-dialog actions to ``window`` (which has
    ``tabs``, ``home_page``, ``members_page``, ``todo_page``, ``visit_page``, ``proxy_ui``,
    ``timeline_tab``)
    and the dialog's entry at the top of ``help_menu``."""
    for number, (label, page_of) in enumerate(_page_getters(window), start=1):
        action = QAction(label, window)
        set_keys(action, QKeySequence(f"Ctrl+{number}"))
        action.triggered.connect(lambda _=False, p=page_of: _show_page(window, p()))
        window.addAction(action)

    new_member = QAction(translate("keyboard", "New member (on the Family tab)"), window)
    set_keys(new_member, QKeySequence(NEW_MEMBER_KEYS))
    new_member.triggered.connect(lambda: _new_member(window))
    window.addAction(new_member)

    save = QAction(translate("keyboard", "Save the member's details (on the Family tab)"),
                   window)
    set_keys(save, QKeySequence(SAVE_KEYS))
    save.triggered.connect(lambda: _save_member(window))
    window.addAction(save)

    shortcuts = QAction(translate("keyboard", "&Keyboard shortcuts…"), window)
    set_keys(shortcuts, QKeySequence(HELP_KEYS))
    shortcuts.triggered.connect(lambda: KeyboardDialog(shortcut_rows(window), window).exec())
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, shortcuts)  # type: ignore[arg-type]
    window.keyboard_action = shortcuts  # type: ignore[attr-defined]


def _show_page(window: QMainWindow, page: QWidget | None) -> None:
    tabs = window.tabs  # type: ignore[attr-defined]
    if page is not None and tabs.indexOf(page) >= 0:
        tabs.setCurrentWidget(page)


def _new_member(window: QMainWindow) -> None:
    page = window.members_page  # type: ignore[attr-defined]
    _show_page(window, page)
    if page.details is not None:
        page.details.tabs.setCurrentIndex(0)  # the member form is the first detail tab
    page.add_button.click()
    page.form.setFocus()


def _save_member(window: QMainWindow) -> None:
    # Only when the member form is on screen: on the Card tab, Ctrl+S must not quietly save
    # a form the person cannot see.
    page = window.members_page  # type: ignore[attr-defined]
    if window.tabs.currentWidget() is page and page.save_button.isVisible() \
            and page.save_button.isEnabled():  # type: ignore[attr-defined]
        page.save_button.click()


def shortcut_rows(window: QWidget) -> list[ShortcutRow]:
    """Every action of the window (menus included) that has a shortcut, in menu order."""
    rows: list[ShortcutRow] = []
    seen: set[int] = set()
    for action in [*_menu_actions(window), *window.findChildren(QAction)]:
        if id(action) in seen or action.shortcut().isEmpty():
            continue
        seen.add(id(action))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        rows.append(ShortcutRow(keys, action.text().replace("&", "").rstrip("…")))
    return rows


def _menu_actions(window: QWidget) -> list[QAction]:
    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            found.append(action)
            if action.menu() is not None:
                walk(action.menu().actions())

    if bar is not None:
        walk(bar.actions())
    return found


class KeyboardDialog(QDialog):
    """The shortcuts as a two-column table, and how to reach the rest without a mouse."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("keyboard", "Keyboard shortcuts"))
        self.setMinimumWidth(scaled_px(520))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels(
            [translate("keyboard", "Keys"), translate("keyboard", "What it does")])
        self.table.setAccessibleName(translate("keyboard", "Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, item in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(item.keys))
            self.table.setItem(row, 1, QTableWidgetItem(item.action))
        self.hint = QLabel(translate(
            "keyboard", "Everywhere else: Tab and Shift+Tab move between fields, Space or "
                        "Enter presses the chosen button, and Alt with the underlined letter "
                        "of a label or button goes straight to it."), self)
        self.hint.setWordWrap(True)
        from PySide6.QtCore import Qt  # not at import: the window imports this at start-up

        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        fit_window(self, 560, 480)
