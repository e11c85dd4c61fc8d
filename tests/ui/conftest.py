"""Fixtures shared by the main-window tests that change the language or text size."""

from __future__ import annotations

import pytest

from familycare.ui.text_size import scale_icons


@pytest.fixture
def app_font(qapp):
    """The application font is process-wide: every test here leaves it as it found it."""
    saved = qapp.font()
    yield
    qapp.setFont(saved)
    scale_icons(qapp, 1.0)


@pytest.fixture
def ui_language(qapp):
    from familycare.i18n.translator import UiLanguage

    language = UiLanguage(qapp, "en")
    yield language
    language.switch("en")  # never leave the Japanese translators to the next test
