"""Text colours the app sets itself, each readable (WCAG 4.5:1) on the light and on the dark
desktop palette: an error line, a warning, a muted note. Chosen from the palette the widget
is built with; the words (and ⚠ symbols) carry the meaning, the colour only adds to it.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

# (on a light palette, on a dark palette)
ERROR = ("#B00020", "#FF8A80")
WARNING = ("#8A4B00", "#FFCC80")
MUTED = ("#444444", "#CCCCCC")
# Tinted table cells (dashboard status) are light in both palettes: their text is dark.
TEXT_ON_TINT = "#000000"


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def _pick(pair: tuple[str, str], palette: QPalette | None) -> str:
    return pair[1] if is_dark(palette) else pair[0]


def error_colour(palette: QPalette | None = None) -> str:
    return _pick(ERROR, palette)


def warning_colour(palette: QPalette | None = None) -> str:
    return _pick(WARNING, palette)


def muted_colour(palette: QPalette | None = None) -> str:
    return _pick(MUTED, palette)


def error_style(bold: bool = False) -> str:
    """A style sheet for an error line."""
    return f"color: {error_colour()};" + (" font-weight: bold;" if bold else "")
