"""Both languages complete (issue #11): on every screen of the demo family, the Japanese UI
shows no English left untranslated (a string not marked for translation, a translation
missing, a raw code), and the English UI glosses every phrase that stays Japanese for the
reception desk, and shows Japanese only as data (names, insurers, clinics, dates).

tests/test_translations.py checks the catalogue (every marked string translated); this
checks what reaches the screen, so a string that was never marked is caught too."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.demo_window import demo_main_window, each_screen
from tests.ui.visible_texts import visible_texts

JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
# A word with small letters (acronyms such as PDF, JSON or an insurer's ABC are fine).
ENGLISH_WORD = re.compile(r"(?<![A-Za-z])(?=[A-Za-z]*[a-z])[A-Za-z]{3,}(?![A-Za-z])")
PHRASE = re.compile(r"「[^」]+」")
GLOSSED = re.compile(r"「[^」]+」\s*[(“\"]+\s*[A-Za-z]")
# A date written the Japanese way (2026年12月1日): the English UI writes 2026-12-01 (R8.12.1).
JAPANESE_STYLE_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
JAPANESE_DATE = re.compile(r"^[\d年月日()（）令和平成昭和大正明治元 :.\-〜~木金土日月火水]+$")
# Shown as they are in either language: the app's name, the language menu's own names, Qt's
# OK button.
AS_IS = {"English", "日本語", "OK"}


@pytest.fixture(params=["ja", "en"])
def language(request, qapp):
    from familycare.i18n.translator import UiLanguage

    installed = UiLanguage(qapp, "en")
    installed.switch(request.param)
    yield request.param
    installed.switch("en")


@pytest.fixture
def demo_window(qtbot, app_paths, clock, tmp_path, language):
    with demo_main_window(qtbot, app_paths, clock, tmp_path, language=language) as window:
        yield window


def _every_screen(window) -> set[tuple[str, str]]:
    from familycare.services.proxy_sessions import ProxySessionRefused
    from tests.services.proxy_helpers import active_session

    household = window.household
    texts: set[tuple[str, str]] = set()

    def collect() -> None:
        QApplication.processEvents()
        texts.update(visible_texts(window))

    for _member in each_screen(window):
        collect()
    visits = window.visit_page  # 太郎 at the pharmacy: phrases to say at reception
    window.tabs.setCurrentWidget(visits)
    taro = next(m for m in household.members.list_members() if m.display_name == "山田 太郎")
    visits.member.setCurrentIndex(visits.member.findData(taro.id))
    visits.date.edit.setText((household.clock.today() + timedelta(days=2)).isoformat())
    pharmacy = next(i for i in range(visits.facility.count())
                    if "薬局" in visits.facility.itemText(i))
    visits.facility.setCurrentIndex(pharmacy)
    visits.show_plan()
    collect()
    for member in household.members.list_members():
        try:
            active_session(household, member.id)
            break
        except ProxySessionRefused:
            continue
    window.proxy_ui.controller.refresh()
    collect()
    from familycare.ui.rules_dialog import RulesDialog

    rules = RulesDialog(household.rules, household.clock.today(), window)  # every rule's source
    rules.show()
    QApplication.processEvents()
    texts.update(visible_texts(rules))
    rules.close()
    return texts


def _lines(texts: set[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    return [(where, line.strip(), [x.strip() for x in text.split("\n") if x.strip()])
            for where, text in texts for line in text.split("\n") if line.strip()]


def test_the_japanese_ui_shows_no_untranslated_english(demo_window, language) -> None:
    if language != "ja":
        pytest.skip("the Japanese side")
    texts = _every_screen(demo_window)
    assert any(where == "QTabBar" and text == "ホーム" for where, text in texts)
    english = set()
    for where, line, _ in _lines(texts):
        if line.replace("&", "") in AS_IS or line.startswith("familycare"):
            continue
        if LATIN_WORD.search(line) and not JAPANESE.search(line):
            english.add(f"{where}: {line!r}")  # a whole text left in English
        words = [w for w in ENGLISH_WORD.findall(line) if w != "familycare"]
        if JAPANESE.search(line) and words:
            english.add(f"{where}: {line!r} {words}")  # English words among Japanese
    assert not english, "English left in the Japanese UI:\n" + "\n".join(sorted(english))


def test_the_english_ui_glosses_reception_phrases_and_shows_japanese_only_as_data(
        demo_window, language) -> None:
    if language != "en":
        pytest.skip("the English side")
    household = demo_window.household
    texts = _every_screen(demo_window)
    data = {m.display_name for m in household.members.list_members()}
    data |= {m.kana for m in household.members.list_members() if m.kana}
    data |= {f.name for f in household.facilities.list_facilities()}
    phrases_seen = 0
    problems = []
    for where, line, lines in _lines(texts):
        if JAPANESE_STYLE_DATE.search(line):
            problems.append(f"date in the Japanese form: {where}: {line!r}")
        if PHRASE.search(line):
            phrases_seen += 1
            following = lines[lines.index(line) + 1:lines.index(line) + 2]
            glossed_below = bool(following) and bool(LATIN_WORD.search(following[0])) \
                and not JAPANESE.search(following[0])
            if not (GLOSSED.search(line) or glossed_below):
                problems.append(f"no English gloss: {where}: {line!r}")
            continue
        if not JAPANESE.search(line) or LATIN_WORD.search(line):
            continue
        if where in ("QTableView", "QTableWidget", "QTreeWidget", "QListWidget", "QComboBox",
                     "DashboardTable", "QTextBrowser") and (
                line in data or JAPANESE_DATE.match(line) or any(d in line for d in data)):
            continue  # names, kana, clinics and dates are data, whatever the language
        if line in data or line in AS_IS or JAPANESE_DATE.match(line):
            continue
        if where in ("QTableView", "QTableWidget"):
            continue  # an insurer's name, as the household typed it
        problems.append(f"Japanese only: {where}: {line!r}")
    assert phrases_seen >= 2, "the demo shows reception phrases (visit plan, to-do)"
    assert not problems, "\n".join(sorted(set(problems)))
