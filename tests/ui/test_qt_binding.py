"""The Qt binding must not leak or drop references on ordinary calls.

PySide6 6.12.0 on CPython 3.11 decrements None's reference count on every Qt call that
returns nothing; a long session (or test run) then aborts with "none_dealloc". pyproject.toml
excludes that release; this test catches a binding with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
