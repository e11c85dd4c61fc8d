"""Reads the shipped rules data (resources/rules/rules.toml) into a checked ``RuleSet``.

Loaded once per path and kept: the rules file does not change while the app runs, and every
screen and the visit planner share the same rule set object.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from familycare.domain.rules import RuleSet, RuleSetError
from familycare.resources import resource_path

RULES_FILE_NAME = "rules.toml"


def default_rules_path() -> Path:
    return resource_path("rules", RULES_FILE_NAME)


def load_rule_set(path: Path | None = None) -> RuleSet:
    """The rule set from ``path`` (default: the shipped file); ``RuleSetError`` if malformed."""
    return _load(Path(path) if path is not None else default_rules_path())


@lru_cache(maxsize=8)
def _load(path: Path) -> RuleSet:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RuleSetError(f"{path}: cannot read the rules file ({exc.strerror or exc})") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise RuleSetError(f"{path}: the rules file is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise RuleSetError(f"{path}: not valid TOML ({exc})") from exc
    try:
        return RuleSet.from_mapping(data)
    except RuleSetError as exc:
        raise RuleSetError(f"{path}: {exc}") from exc


def clear_rule_set_cache() -> None:
    """Forget loaded rule sets (tests that rewrite a rules file use this)."""
    _load.cache_clear()
