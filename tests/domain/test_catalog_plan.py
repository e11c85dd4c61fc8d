"""Every code the planner can return has its English text, so no screen shows a raw code."""

from __future__ import annotations

import string

import pytest

from familycare.domain.rules import SPECS
from familycare.domain.scenario import ScenarioErrorCode
from familycare.domain.visit_plan import Auth, Bring, PlanWarning, Route
from familycare.i18n import catalog_plan as cat


@pytest.mark.parametrize("code", [w.value for w in PlanWarning])
def test_every_warning_has_a_sentence_and_an_action(code: str) -> None:
    assert cat.warning_text(code).endswith(".")
    assert cat.warning_action(code).endswith(".")


def test_routes_auths_bring_rules_and_errors_are_complete() -> None:
    assert {cat.route_text(c.value) for c in Route}
    assert {cat.auth_text(c.value) for c in Auth}
    assert {cat.bring_text(c.value) for c in Bring}
    assert set(cat.RULE_NAMES) == set(SPECS)
    assert set(cat.SCENARIO_ERRORS) == {c.value for c in ScenarioErrorCode}


def test_pin_locked_action_sends_to_the_municipal_office() -> None:
    assert cat.warning_action("pin_locked") == "Have the PIN reset at the municipal office."


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_placeholders_are_only_the_documented_ones() -> None:
    for table in (cat.WARNINGS, cat.ACTIONS):
        for text in table.values():
            assert _fields(text) <= {"grace_until"}
    for text in cat.SCENARIO_ERRORS.values():
        assert _fields(text) == {"detail"}
