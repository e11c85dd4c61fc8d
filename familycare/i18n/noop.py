"""A Qt-free stand-in for Qt's QT_TRANSLATE_NOOP.

Catalog modules mark their English source texts with it so that ``pyside6-lupdate`` finds
them, without importing Qt; the UI and the CLI translate the text later through Qt.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's spelling
    del context
    return text
