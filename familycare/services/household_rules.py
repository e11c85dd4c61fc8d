"""The rule set a household plans with: the shipped rules plus its overrides of disputed
rules (RULES.md marks them), stored as settings so every device of a household agrees."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from familycare.domain.rules import GraceCounting, RuleSet, RuleSetError
from familycare.services.rule_set_loader import load_rule_set
from familycare.services.settings import SettingsService

log = logging.getLogger(__name__)

GRACE_COUNTING_KEY = "rule_override.grace_counting"
SWITCH_LAG_DAYS_KEY = "rule_override.switch_lag_days"
MAX_SWITCH_LAG_DAYS = 90


@dataclass(frozen=True)
class RuleOverrides:
    grace_counting: GraceCounting | None = None
    switch_lag_days: int | None = None


class HouseholdRules:
    def __init__(self, settings: SettingsService, base: RuleSet | None = None) -> None:
        self._settings = settings
        self._base = base

    def base(self) -> RuleSet:
        return self._base if self._base is not None else load_rule_set()

    def overrides(self) -> RuleOverrides:
        values = self._settings.all()
        grace = values.get(GRACE_COUNTING_KEY, "")
        lag = values.get(SWITCH_LAG_DAYS_KEY, "")
        try:
            grace_counting = GraceCounting(grace) if grace else None
        except ValueError:
            log.warning("ignoring unknown grace counting override %r", grace)
            grace_counting = None
        try:
            lag_days = int(lag) if lag else None
        except ValueError:
            log.warning("ignoring unreadable switch-lag override %r", lag)
            lag_days = None
        if lag_days is not None and not 1 <= lag_days <= MAX_SWITCH_LAG_DAYS:
            lag_days = None
        return RuleOverrides(grace_counting, lag_days)

    def rule_set(self) -> RuleSet:
        """The shipped rules with this household's overrides applied."""
        chosen = self.overrides()
        if chosen.grace_counting is None and chosen.switch_lag_days is None:
            return self.base()
        try:
            return self.base().with_overrides(
                grace_counting=chosen.grace_counting, switch_lag_days=chosen.switch_lag_days
            )
        except RuleSetError as exc:  # a stored value the rules no longer accept
            log.warning("rule overrides ignored: %s", exc)
            return self.base()

    def set_overrides(self, overrides: RuleOverrides) -> None:
        if overrides.switch_lag_days is not None and not (
            1 <= overrides.switch_lag_days <= MAX_SWITCH_LAG_DAYS
        ):
            raise ValueError("switch_lag_days out of range")
        self._settings.set(
            GRACE_COUNTING_KEY,
            overrides.grace_counting.value if overrides.grace_counting else "",
        )
        self._settings.set(
            SWITCH_LAG_DAYS_KEY,
            str(overrides.switch_lag_days) if overrides.switch_lag_days else "",
        )
