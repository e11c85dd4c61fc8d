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


@pytest.fixture
def client_window(qtbot, qapp, tmp_path, clock, ui_language, app_font):
    """Household A (Japanese, 100 %) on screen as start-up shows it, holding its one-window
    lock; household B (English, 150 %) and C (no language stored, 200 %) ready to be opened
    as app.py opens them (any other folder too: File → New, an import). The system is
    Japanese unless a test says otherwise (``window.system``)."""
    from familycare.household import open_household
    from familycare.i18n.translator import choose_language
    from familycare.paths import resolve_paths
    from familycare.services.instance_lock import lock_for
    from familycare.services.recent_households import RecentHouseholds
    from familycare.ui.household_opener import LockedOpener
    from familycare.ui.main_window import MainWindow
    from familycare.ui.text_size import apply_font
    from tests.ui.client_households import stored_household

    folders = {name: tmp_path / name for name in ("a", "b", "c")}
    paths = {folders["a"]: stored_household(folders["a"], clock, "ja", 100, "佐藤"),
             folders["b"]: stored_household(folders["b"], clock, "en", 150, "Kato"),
             folders["c"]: stored_household(folders["c"], clock, "", 200, "")}
    system = {"locale": "ja_JP"}
    ui_language.switch("ja")
    apply_font(qapp, 100)
    lock = lock_for(paths[folders["a"]])
    assert lock.acquire()

    def paths_for(folder):
        if folder not in paths:
            paths[folder] = resolve_paths(data_dir=folder, environ={})
        return paths[folder]

    opener = LockedOpener(paths[folders["a"]], lock, paths_for,
                          lambda household_paths: open_household(household_paths, clock))
    window = MainWindow(open_household(paths[folders["a"]], clock),
                        RecentHouseholds(tmp_path / "config"), opener,
                        ui_language=ui_language,
                        pick_language=lambda stored: choose_language(stored, system["locale"]))
    window.folders, window.system, window.paths_of = folders, system, paths
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.household.close()
        opener.release()
