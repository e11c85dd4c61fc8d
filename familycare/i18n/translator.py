"""Loading the UI language: our compiled translation plus Qt's own strings.

Japanese is the default; English when the household chose it or the system locale is
English. The ``.ts`` source is compiled to ``.qm`` by the build (``make qm``, build.spec);
a source checkout without a compiled file compiles it on first use with Qt's lrelease.
"""

from __future__ import annotations

import logging
from pathlib import Path

from familycare.resources import resource_path

log = logging.getLogger(__name__)

SUPPORTED = ("ja", "en")
DEFAULT_LANGUAGE = "ja"


def choose_language(setting: str, system_language_code: str) -> str:
    """``setting`` wins; else English on an English system; else Japanese."""
    if setting in SUPPORTED:
        return setting
    if system_language_code.startswith("en"):
        return "en"
    return DEFAULT_LANGUAGE


def _lrelease() -> str | None:
    import shutil

    try:
        import PySide6
    except ImportError:  # pragma: no cover - PySide6 is a dependency
        return None
    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str) -> Path | None:
    """The ``.qm`` file for ``language``, compiling a stale or missing one when possible."""
    ts = resource_path("i18n", f"familycare_{language}.ts")
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return qm if qm.exists() else None
    # Only a source checkout gets here: the tools are imported then, not before every
    # first paint.
    import subprocess
    import tempfile

    tool = _lrelease()
    if tool is None:
        log.warning("no lrelease found to compile %s", ts.name)
        return qm if qm.exists() else None
    for target in (qm, Path(tempfile.gettempdir()) / "familycare-i18n" / qm.name):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(target)],
                check=True, capture_output=True, timeout=60,
            )
            return target
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not compile %s to %s: %s", ts.name, target, exc)
    return qm if qm.exists() else None


def install_translators(app: object, language: str) -> list[object]:
    """Install our and Qt's translators for ``language`` on ``app``; returns them (keep refs)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed: list[object] = []
    if language == "en":
        return installed  # English is the source language
    ours = compiled_translation(language)
    translator = QTranslator(app)
    if ours is not None and translator.load(str(ours)):
        app.installTranslator(translator)  # type: ignore[attr-defined]
        installed.append(translator)
    else:
        log.error("translation for %s could not be loaded (%s)", language, ours)
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_dir) or qt_translator.load(
        f"qt_{language}", qt_dir
    ):
        app.installTranslator(qt_translator)  # type: ignore[attr-defined]
        installed.append(qt_translator)
    return installed


def remove_translators(app: object, translators: list[object]) -> None:
    for translator in translators:
        app.removeTranslator(translator)  # type: ignore[attr-defined]


class UiLanguage:
    """The language installed on the application, switchable while it runs.

    Switching swaps the translators; the window then rebuilds its pages
    (``MainWindow.rebuild_pages``) so every text is read again through them.
    """

    def __init__(self, app: object, language: str) -> None:
        self.app = app
        self.language = language
        self._translators = install_translators(app, language)

    def switch(self, language: str) -> bool:
        """Install ``language``; False when it already was the one installed."""
        if language == self.language:
            return False
        remove_translators(self.app, self._translators)
        self._translators = install_translators(self.app, language)
        self.language = language
        return True
