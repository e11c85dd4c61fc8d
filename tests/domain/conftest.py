"""Fixtures for the domain tests: the shipped rule set, loaded once and passed in."""

from __future__ import annotations

import pytest

from familycare.domain.rules import RuleSet
from familycare.services.rule_set_loader import load_rule_set


@pytest.fixture(scope="session")
def rules() -> RuleSet:
    return load_rule_set()
