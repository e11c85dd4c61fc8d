"""Render familycare.svg to the PNG (Linux, window icon), ICO (Windows) and ICNS (macOS).

Run once after changing the SVG: .venv/bin/python resources/packaging/make_icons.py
(the results are committed so a build needs no image tools).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(HERE / "familycare.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    ok = render(256).save(str(HERE / "familycare.png"))
    ok &= render(256).save(str(HERE / "familycare.ico"))
    ok &= render(512).save(str(HERE / "familycare.icns"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
