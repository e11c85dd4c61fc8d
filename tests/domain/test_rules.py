"""The rule set: dated values, validation naming the bad entry, household overrides, loading."""

from __future__ import annotations

import copy
import re
import tomllib
from datetime import date
from pathlib import Path

import pytest

from familycare.domain import rules as r
from familycare.domain.rules import SPECS, GraceCounting, Mark, RuleSet, RuleSetError
from familycare.services.rule_set_loader import (
    clear_rule_set_cache,
    default_rules_path,
    load_rule_set,
)


@pytest.fixture
def raw() -> dict:
    return tomllib.loads(default_rules_path().read_text(encoding="utf-8"))


def _entry(raw: dict, rule_id: str) -> dict:
    return next(e for e in raw["rule"] if e["id"] == rule_id)


def test_shipped_rules_cover_every_rule_with_source_and_mark(rules: RuleSet) -> None:
    assert rules.version
    assert set(rules.rule_ids()) == set(SPECS)
    for rule_id in rules.rule_ids():
        for entry in rules.entries(rule_id):
            assert entry.source and entry.section
            assert entry.mark in set(Mark)


JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
LATIN_WORD = re.compile(r"(?<![A-Za-z])(?=[A-Za-z]*[a-z])[A-Za-z]{3,}(?![A-Za-z])")


def test_every_shipped_source_and_note_has_its_japanese(rules: RuleSet) -> None:
    """The Japanese UI quotes source_ja: it must be Japanese, not the English copied over
    (acronyms such as J-LIS or JPKI are fine, English words are not)."""
    for rule_id in rules.rule_ids():
        for entry in rules.entries(rule_id):
            for english, japanese in ((entry.source, entry.source_ja),
                                      (entry.note, entry.note_ja)):
                if not english:
                    assert not japanese, rule_id
                    continue
                assert japanese != english, rule_id
                assert JAPANESE.search(japanese), f"{rule_id}: {japanese!r}"
                assert not LATIN_WORD.search(japanese), f"{rule_id}: {japanese!r}"


# Tokens that only make sense to someone who has read the code, never to the person reading
# the rules dialog or a visit plan's 根拠 line (both show source/source_ja/note/note_ja as-is):
CODE_LIKE = {
    # a snake_case identifier: field names and enum values such as applied_on or exact_date
    "snake_case word": re.compile(r"\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b"),
    # a dotted name: a rule id such as card.adult_age_line or a file name such as rules.toml
    # (two letters at least on both sides, so "e.g." and "J-LIS." stay allowed)
    "dotted name": re.compile(r"\b[a-z]{2,}(?:\.[a-z_]{2,})+\b"),
    # a camelCase identifier such as switchLagDays
    "camelCase word": re.compile(r"\b[a-z]+[A-Z][A-Za-z]*\b"),
    # a formula with no spaces such as X+days-1 or days=14 ("85+ years" or "1-2 months" pass)
    "formula": re.compile(r"[A-Za-z0-9][+=*<>][A-Za-z]"),
    # code quoting: backticks, braces or angle brackets
    "code quoting": re.compile(r"[`{}<>]"),
}


def test_shipped_rule_texts_are_plain_words_without_code_names(rules: RuleSet) -> None:
    """A tired adult child reads these sources and notes: "(applied_on)" or "override with
    exact_date" tell them nothing; the texts say what the app shows instead."""
    found = []
    for rule_id in rules.rule_ids():
        for entry in rules.entries(rule_id):
            for field in ("source", "source_ja", "note", "note_ja"):
                text = getattr(entry, field)
                for kind, pattern in CODE_LIKE.items():
                    found += [f"{rule_id} {field}: {kind} {m.group()!r} in {text!r}"
                              for m in pattern.finditer(text)]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("code_like", ["Household may override with exact_date.",
                                       "Looked up on card.adult_age_line",
                                       "Window X to X+days-1", "see `rules.toml`",
                                       "the switchLagDays setting"])
def test_code_like_patterns_catch_code_names(code_like: str) -> None:
    assert any(p.search(code_like) for p in CODE_LIKE.values())


@pytest.mark.parametrize("plain", ["85+ automatic; 84 and under",
                                   "Normal issuance takes 1-2 months",
                                   "J-LIS: e.g. the 4-digit PINs (2022-04-01)",
                                   "under Settings → Rules and sources",
                                   "有効期限の日からちょうど3か月"])
def test_code_like_patterns_leave_plain_words_alone(plain: str) -> None:
    assert not any(p.search(plain) for p in CODE_LIKE.values())


@pytest.mark.parametrize(
    ("rule_id", "on", "expected"),
    [
        (r.PIN_LOCK_SIGNING, date(2026, 12, 1), 5),
        (r.PIN_LOCK_FOUR_DIGIT, date(2026, 12, 1), 3),
        (r.CARD_ADULT_AGE_LINE, date(2022, 3, 31), 20),
        (r.CARD_ADULT_AGE_LINE, date(2022, 4, 1), 18),
        (r.CARD_ADULT_AGE_LINE, date(1990, 1, 1), 20),  # before the first entry: the first
        (r.CARD_YEARS_ADULT, date(2026, 12, 1), 10),
        (r.CARD_YEARS_MINOR, date(2026, 12, 1), 5),
        (r.CERT_YEARS, date(2026, 12, 1), 5),
        (r.CERT_YEARS_RENEWED_EARLY, date(2026, 12, 1), 6),
        (r.GRACE_MONTHS, date(2026, 12, 1), 3),
        (r.GRACE_COUNTING, date(2026, 12, 1), "month_end"),
        (r.RENEWAL_WINDOW_MONTHS, date(2026, 12, 1), 3),
        (r.SWITCH_LAG_DAYS, date(2026, 12, 1), 14),
        (r.LATE_ELDERLY_AGE, date(2026, 12, 1), 75),
        (r.PAPER_CARD_VALID_UNTIL, date(2026, 12, 1), date(2025, 12, 1)),
        (r.PAPER_CARD_TRANSITION_UNTIL, date(2026, 12, 1), date(2026, 3, 31)),
        (r.SMARTPHONE_CLINIC_FROM, date(2026, 12, 1), date(2025, 9, 19)),
        (r.LATE_ELDERLY_CERT_FOR_ALL, date(2026, 7, 31), True),
        (r.LATE_ELDERLY_CERT_FOR_ALL, date(2026, 8, 1), False),
        (r.LOST_PHONE_FREE_DIAL, date(2026, 12, 1), "0120-95-0178"),
        (r.LOST_PHONE_CALL_CENTER, date(2026, 12, 1), "0570-783-578"),
        (r.LOST_REISSUE_FEE, date(2026, 12, 1), 1000),
        (r.LOST_EXPRESS_FEE, date(2026, 12, 1), 2000),
        (r.LOST_EXPRESS_DAYS, date(2026, 12, 1), 7),
    ],
)
def test_value_in_force_on_a_date(rules: RuleSet, rule_id: str, on: date, expected: object) -> None:
    assert rules.value(rule_id, on) == expected
    assert rules.values_on(on)[rule_id] == expected


def test_rule_returns_dated_entry_with_source(rules: RuleSet) -> None:
    entry = rules.rule(r.CARD_ADULT_AGE_LINE, date(2021, 1, 1))
    assert (entry.value, entry.effective_until) == (20, date(2022, 3, 31))
    assert rules.rule(r.CARD_ADULT_AGE_LINE).effective_until is None
    assert rules.rule(r.GRACE_COUNTING).mark is Mark.DISPUTED


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: _entry(d, r.GRACE_MONTHS).update(value="3"), "grace.months"),
        (lambda d: _entry(d, r.GRACE_MONTHS).update(value=True), "grace.months"),
        (lambda d: _entry(d, r.GRACE_MONTHS).update(value=0), "above 0"),
        (lambda d: _entry(d, r.GRACE_COUNTING).update(value="weekly"), "grace.counting"),
        (lambda d: _entry(d, r.LATE_ELDERLY_AGE).pop("source"), "missing 'source'"),
        (lambda d: _entry(d, r.LATE_ELDERLY_AGE).pop("source_ja"), "missing 'source_ja'"),
        (lambda d: _entry(d, r.LATE_ELDERLY_AGE).update(source_ja=" "), "'source_ja' must be"),
        (lambda d: _entry(d, r.GRACE_COUNTING).pop("note_ja"), "grace.counting.*note_ja"),
        (lambda d: _entry(d, r.LATE_ELDERLY_AGE).update(note_ja="注記"), "needs its English"),
        (lambda d: _entry(d, r.LATE_ELDERLY_AGE).update(note_ja=3), "'note_ja' must be text"),
        (lambda d: _entry(d, r.LATE_ELDERLY_AGE).update(mark="rumour"), "mark must be one of"),
        (lambda d: _entry(d, r.LATE_ELDERLY_AGE).update(colour="red"), "unknown key 'colour'"),
        (
            lambda d: _entry(d, r.LATE_ELDERLY_AGE).update(effective_from="2008-04-01"),
            "effective_from must be a date",
        ),
        (
            lambda d: _entry(d, r.LATE_ELDERLY_AGE).update(effective_until=date(2000, 1, 1)),
            "before effective_from",
        ),
        (
            lambda d: _entry(d, r.CARD_ADULT_AGE_LINE).update(effective_until=date(2022, 3, 30)),
            "no gaps",
        ),
        (
            lambda d: _entry(d, r.CARD_ADULT_AGE_LINE).update(effective_until=None),
            "card.adult_age_line",
        ),
        (
            lambda d: d["rule"].append({**_entry(d, r.LATE_ELDERLY_AGE), "id": "late.elderly"}),
            "unknown rule id 'late.elderly'",
        ),
        (lambda d: d["rule"].remove(_entry(d, r.SWITCH_LAG_DAYS)), "coverage.switch_lag_days"),
        (lambda d: d.update(rules_version=""), "rules_version"),
        (lambda d: d.update(extra=1), "unknown top-level key 'extra'"),
        (lambda d: _entry(d, r.LOST_PHONE_FREE_DIAL).update(value="call us"), "phone number"),
    ],
)
def test_bad_rules_data_names_the_entry(raw: dict, mutate, message: str) -> None:
    data = copy.deepcopy(raw)
    mutate(data)
    with pytest.raises(RuleSetError, match=message.replace("(", r"\(")):
        RuleSet.from_mapping(data)


def test_overrides_change_disputed_rules_only(rules: RuleSet) -> None:
    household = rules.with_overrides(grace_counting=GraceCounting.EXACT_DATE, switch_lag_days=21)
    assert household.value(r.GRACE_COUNTING, date(2026, 12, 1)) == "exact_date"
    assert household.value(r.SWITCH_LAG_DAYS, date(2026, 12, 1)) == 21
    assert household.base_value(r.SWITCH_LAG_DAYS, date(2026, 12, 1)) == 14
    assert household.is_overridden(r.SWITCH_LAG_DAYS)
    assert not rules.is_overridden(r.SWITCH_LAG_DAYS)  # the original is untouched
    with pytest.raises(RuleSetError, match="cannot be overridden"):
        rules.with_overrides({r.LATE_ELDERLY_AGE: 70})
    with pytest.raises(RuleSetError, match="days"):
        rules.with_overrides(switch_lag_days=0)
    with pytest.raises(ValueError):
        rules.with_overrides(grace_counting="weekly")


def test_loader_reports_bad_toml_with_the_path(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text("rules_version = \n", encoding="utf-8")
    with pytest.raises(RuleSetError, match="not valid TOML"):
        load_rule_set(path)


def test_loader_names_bad_entry_in_file(tmp_path: Path, raw: dict) -> None:
    text = default_rules_path().read_text(encoding="utf-8").replace("value = 75", 'value = "75"')
    path = tmp_path / "rules.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RuleSetError, match=r"late_elderly\.age.*value must be"):
        load_rule_set(path)


def test_loader_refuses_a_rule_file_whose_rule_lacks_its_japanese_source(tmp_path: Path) -> None:
    text = default_rules_path().read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("source_ja = "))
    path = tmp_path / "rules.toml"
    path.write_text(text.replace(line + "\n", "", 1), encoding="utf-8")
    with pytest.raises(RuleSetError, match=r"pin\.lock_threshold\.signing.*missing 'source_ja'"):
        load_rule_set(path)


def test_loader_caches_the_shipped_rule_set() -> None:
    assert load_rule_set() is load_rule_set()
    clear_rule_set_cache()
    assert load_rule_set().version
