"""Every user-visible string is translatable and the Japanese translation is complete."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from familycare.i18n import ts_tool


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    out = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def test_japanese_translation_is_complete_and_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(
        str(p) for p in ts_tool.PACKAGE.rglob("*.py") if "migrations" not in p.parts
    )
    subprocess.run(
        [ts_tool.lupdate_binary(), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True, capture_output=True,
    )
    in_code = set(messages(fresh))
    shipped = messages(ts_tool.TS_FILE)
    missing = sorted(in_code - set(shipped))
    assert not missing, f"strings not in familycare_ja.ts (run ts_tool update): {missing[:10]}"
    unfinished = [
        key for key in in_code
        if shipped[key].find("translation") is None
        or shipped[key].find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (shipped[key].findtext("translation") or "").strip()
    ]
    assert not unfinished, f"untranslated: {sorted(unfinished)[:10]}"


def test_translations_keep_their_placeholders() -> None:
    import re

    placeholder = re.compile(r"\{(\w+)\}")
    for (context, source), message in messages(ts_tool.TS_FILE).items():
        translation = message.findtext("translation") or ""
        extra = set(placeholder.findall(translation)) - set(placeholder.findall(source))
        # Japanese may use parameters the callers always pass for it: kanji variants
        # (era → era_kanji) and the Japanese date form of a date (todo: japanese).
        extra = {p for p in extra if not p.endswith("_kanji") and p != "japanese"}
        assert not extra, f"{context}: {source!r} translation uses unknown {extra}"


def test_compiled_japanese_translation_translates(qapp) -> None:
    from PySide6.QtCore import QTranslator

    from familycare.i18n.translator import compiled_translation

    qm = compiled_translation("ja")
    assert qm is not None
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("main", "Family") == "家族"
