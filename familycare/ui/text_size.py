"""The application's text size: one base font, scaled for large-text mode (UX.md:
"comfortable by default: base text ≥ 11 pt, large-text mode at 150 % / 200 %").

Headings and banners are sized relative to the base font through ``scaled_font`` and
``scaled_points`` rather than fixed point sizes, so they grow with it. Imported on the
first-paint path: Qt GUI only, nothing heavy.
"""

from __future__ import annotations

from typing import Any

BASE_POINT_SIZE = 12  # comfortable by default (UX.md: ≥ 11 pt)
JAPANESE_FAMILIES = ("Noto Sans CJK JP", "Noto Sans JP", "Yu Gothic UI", "Hiragino Sans")


def apply_font(app: object, scale_percent: int) -> None:
    """A Japanese UI font (Japanese glyph forms, not Chinese ones) at the chosen size.

    Qt takes the first installed family of the list, so the whole font database need not
    be listed before the first paint (that alone costs tens of milliseconds).
    """
    from PySide6.QtGui import QFont

    font = QFont(app.font())  # type: ignore[attr-defined]
    font.setFamilies([*JAPANESE_FAMILIES, *font.families()])
    font.setPointSizeF(BASE_POINT_SIZE * scale_percent / 100)
    app.setFont(font)  # type: ignore[attr-defined]
    if scale_percent != 100 or hasattr(app.style(), "icon_factor"):  # type: ignore[attr-defined]
        scale_icons(app, scale_percent / 100)
    # Qt hands the new font to existing widgets through posted events: deliver them now, so
    # pages built right after (a live text-size change) start from the new size.
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.Type.ApplicationFontChange.value)  # type: ignore[attr-defined]


# Small icons, check marks and radio dots drawn at the style's own pixel sizes next to text.
_ICON_METRICS = ("PM_SmallIconSize", "PM_ButtonIconSize", "PM_ListViewIconSize",
                 "PM_TabBarIconSize", "PM_IndicatorWidth", "PM_IndicatorHeight",
                 "PM_ExclusiveIndicatorWidth", "PM_ExclusiveIndicatorHeight")


def scale_icons(app: object, factor: float) -> None:
    """Icons (status symbols, member colour chips) and check boxes grow with the text: a
    proxy of the current style that scales their pixel metrics. Not installed at 100 %,
    so a normal start keeps the plain style and costs nothing."""
    from PySide6.QtWidgets import QProxyStyle, QStyle

    a: Any = app
    style = a.style()
    if factor == 1 and not hasattr(style, "icon_factor"):
        return
    if hasattr(style, "icon_factor"):
        style.icon_factor = factor
        return
    scaled = {getattr(QStyle.PixelMetric, name) for name in _ICON_METRICS}

    class LargeTextStyle(QProxyStyle):
        icon_factor = factor

        def pixelMetric(self, metric: Any, option: Any = None,  # noqa: N802 - Qt's name
                        widget: Any = None) -> int:
            value = super().pixelMetric(metric, option, widget)
            return round(value * self.icon_factor) if metric in scaled else value

    proxy = LargeTextStyle(style.name())
    a.setStyle(proxy)
    a._familycare_style = proxy  # Qt takes the style; keep its Python side alive


def scaled_points(factor: float) -> str:
    """``factor`` times the application font, as a style-sheet size (e.g. ``"20.0pt"``)."""
    from PySide6.QtWidgets import QApplication

    return f"{QApplication.font().pointSizeF() * factor:.1f}pt"


def scaled_font(factor: float, bold: bool = True) -> object:
    """The application font times ``factor`` (a heading, a phone number to call)."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


def scaled_px(pixels: int) -> int:
    """A size chosen for normal text (a dialog's width), grown with the text size."""
    from PySide6.QtWidgets import QApplication

    return round(pixels * QApplication.font().pointSizeF() / BASE_POINT_SIZE)


def fit_window(window: object, width: int, height: int = 0) -> None:
    """Resize a dialog to ``width`` x ``height`` (sizes for normal text, scaled), never
    smaller than its contents: a word-wrapped sentence gets the height its width needs,
    which Qt does not work out by itself for a top-level window."""
    w: Any = window
    width = max(scaled_px(width), w.minimumSizeHint().width())
    layout = w.layout()
    needed = w.sizeHint().height()
    if layout is not None and layout.hasHeightForWidth():
        # Nested wrapped labels (a date's reading under its field) are estimated a little
        # short by Qt: one spare line rather than a cut one.
        needed = max(needed, layout.totalHeightForWidth(width) + w.fontMetrics().lineSpacing())
    w.resize(width, max(scaled_px(height), needed))


def keep_titles_whole(header: object) -> None:
    """No stretched column narrower than its title: when large text leaves a stretched
    column less room than its words need, it takes its title's width and the table
    scrolls sideways; with room again, it stretches again."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtWidgets import QHeaderView

    class TitleKeeper(QObject):
        def __init__(self, header: Any) -> None:
            super().__init__(header)
            self.header = header
            self.stretch_last = header.stretchLastSection()
            self.stretched = [i for i in range(header.count())
                              if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch]
            header.installEventFilter(self)

        def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Resize:
                self.fit()
            return False

        def need(self, section: int) -> int:
            model, metrics = self.header.model(), self.header.fontMetrics()
            title = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            return metrics.horizontalAdvance(title) + metrics.horizontalAdvance("MM")

        def fit(self) -> None:
            h = self.header
            if h.model() is None or h.count() == 0:
                return
            last = h.count() - 1
            flexible = [*self.stretched, *([last] if self.stretch_last else [])]
            rest = sum(h.sectionSize(i) for i in range(h.count())
                       if i not in flexible and not h.isSectionHidden(i))
            # Stretched columns share the room equally: each share must hold its title.
            share = (h.width() - rest) // max(len(flexible), 1)
            if share >= max(self.need(i) for i in flexible):
                for section in self.stretched:
                    h.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
                h.setStretchLastSection(self.stretch_last)
                return
            h.setStretchLastSection(False)
            for section in flexible:
                if h.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch:
                    h.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                if h.sectionResizeMode(section) == QHeaderView.ResizeMode.Interactive:
                    h.resizeSection(section, max(share, self.need(section)))

    TitleKeeper(header)
