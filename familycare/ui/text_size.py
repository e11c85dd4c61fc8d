"""The application's text size: one base font, scaled for large-text mode (UX.md:
"comfortable by default: base text ≥ 11 pt, large-text mode at 150 % / 200 %").

Headings and banners are sized relative to the base font through ``scaled_font`` and
``scaled_points`` rather than fixed point sizes, so they grow with it. Imported on the
first-paint path: Qt GUI only, nothing heavy.
"""

from __future__ import annotations

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
    # Qt hands the new font to existing widgets through posted events: deliver them now, so
    # pages built right after (a live text-size change) start from the new size.
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.Type.ApplicationFontChange.value)  # type: ignore[attr-defined]


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
