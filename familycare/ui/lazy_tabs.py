"""Tabs whose page is built the first time it is shown or asked for.

At start-up only the Home tab is on screen. Building every other page then (their imports,
widgets and first queries: a third of the start-up time and ~20 MB) would make the person
wait for screens they may never open. An empty placeholder holds the tab's place until the
tab is chosen, or until code asks for the page (``page``): the page then takes the
placeholder's place, so ``tabs.currentWidget() is page`` holds as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QTabWidget, QWidget

PageFactory = Callable[[], QWidget]


class LazyTabs(QObject):
    """Builds ``tabs``' pages on demand. Create it before connecting anything else to
    ``tabs.currentChanged``: it must swap the page in before other slots look at the tab."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self.tabs = tabs
        self._factories: dict[str, PageFactory] = {}
        self._placeholders: dict[str, QWidget] = {}
        self._pages: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._build_shown)

    def add(self, key: str, label: str, factory: PageFactory, index: int = -1) -> None:
        """A tab named ``label`` whose page ``factory`` builds when first needed."""
        self.remove(key)
        placeholder = QWidget()
        self._placeholders[key] = placeholder
        self._factories[key] = factory
        if index < 0:
            self.tabs.addTab(placeholder, label)
        else:
            self.tabs.insertTab(index, placeholder, label)

    def page(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        page = self._pages.get(key)
        return page if page is not None else self._build(key)

    def built(self, key: str) -> QWidget | None:
        """The page if it has been built, else None (never builds)."""
        return self._pages.get(key)

    def index(self, key: str) -> int:
        """The tab's position (built or not), or -1 when there is no such tab."""
        widget = self._pages.get(key) or self._placeholders.get(key)
        return self.tabs.indexOf(widget) if widget is not None else -1

    def remove(self, key: str) -> None:
        """Take the tab away (built or not), e.g. before another household's pages."""
        widget = self._pages.pop(key, None) or self._placeholders.pop(key, None)
        self._factories.pop(key, None)
        if widget is not None:
            index = self.tabs.indexOf(widget)
            if index >= 0:
                self.tabs.removeTab(index)
            widget.deleteLater()

    def _build(self, key: str) -> QWidget:
        page = self._factories[key]()  # if it fails, the tab stays as it was
        placeholder = self._placeholders.pop(key)
        del self._factories[key]
        self._pages[key] = page
        index = self.tabs.indexOf(placeholder)
        if index >= 0:
            current = self.tabs.currentIndex()
            label = self.tabs.tabText(index)
            # The swap itself is no tab change: nobody should hear the intermediate states.
            blocker = QSignalBlocker(self.tabs)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, label)
            self.tabs.setCurrentIndex(current)
            blocker.unblock()
        placeholder.deleteLater()
        return page

    def _build_shown(self, index: int) -> None:
        shown = self.tabs.widget(index)
        for key, placeholder in list(self._placeholders.items()):
            if placeholder is shown:
                self._build(key)
                return
