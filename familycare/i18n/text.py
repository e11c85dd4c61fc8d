"""Translating texts through Qt at the point of display (UI and CLI alike).

``pyside6-lupdate`` finds literal calls of the two-argument form ``translate("ctx", "text")``
(and ``QT_TRANSLATE_NOOP`` in catalogs); anything with parameters is formatted afterwards
with ``fill``, so that the literal stays visible to lupdate.
"""

from __future__ import annotations

from collections.abc import Mapping


def translate(context: str, source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


def fill(text: str, params: Mapping[str, object] | None, source: str | None = None) -> str:
    """``text.format(**params)``, falling back to the English source if a translation's
    placeholders are broken (the message must never vanish)."""
    if not params:
        return text
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        if source is not None and source != text:
            return fill(source, params)
        return text


def translate_code(
    context: str, source: str, params: Mapping[str, object] | None = None
) -> str:
    """Translate a catalog text (marked with QT_TRANSLATE_NOOP) and fill its parameters."""
    return fill(translate(context, source), params, source)
