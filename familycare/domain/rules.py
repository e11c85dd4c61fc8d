"""The rule set: every value policy can change, with its effective dates and its source.

A ``RuleSet`` is built from an already-parsed mapping (the loader reads the TOML file under
``resources/rules/``), checked once, and then answers ``value(rule_id, on=day)`` cheaply: the
planner asks for a handful of values per member, for thousands of members.

Dating: the entries of one rule follow each other without gaps and the last is open-ended,
so every date has exactly one value. A date before the first entry is judged by the first
entry (the app does not model law older than the card programme).

Household overrides: rules marked *disputed* in RULES.md (grace counting, switch-lag days)
can be overridden by the household. ``with_overrides`` returns a new rule set; results that
an override changed say so (the visit plan lists ``overrides_applied``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from types import MappingProxyType

RuleValue = int | str | bool | date


class RuleSetError(ValueError):
    """The rules data is malformed; the message names the bad entry."""


class Mark(StrEnum):
    OFFICIAL = "official"
    SECONDARY = "secondary"
    DISPUTED = "disputed"


class GraceCounting(StrEnum):
    MONTH_END = "month_end"
    EXACT_DATE = "exact_date"


# Rule ids the code reads. Names are stable identifiers: the catalog names them for people.
PIN_LOCK_SIGNING = "pin.lock_threshold.signing"
PIN_LOCK_FOUR_DIGIT = "pin.lock_threshold.four_digit"
FACE_MATCH_LOCK = "face_match.lock_threshold"
SIGNING_CERT_MIN_AGE = "signing_cert.min_age"
CARD_ADULT_AGE_LINE = "card.adult_age_line"
CARD_YEARS_ADULT = "card.validity_years.adult"
CARD_YEARS_MINOR = "card.validity_years.minor"
CERT_YEARS = "cert.validity_years"
CERT_YEARS_RENEWED_EARLY = "cert.validity_years.renewed_early"
RENEWAL_WINDOW_MONTHS = "renewal.window_months"
GRACE_MONTHS = "grace.months"
GRACE_COUNTING = "grace.counting"
SWITCH_LAG_DAYS = "coverage.switch_lag_days"
LATE_ELDERLY_AGE = "late_elderly.age"
LATE_ELDERLY_CERT_FOR_ALL = "late_elderly.certificate_for_all"
LATE_ELDERLY_AUTO_CERT_AGE = "late_elderly.auto_certificate_age"
PAPER_CARD_VALID_UNTIL = "paper_card.valid_until"
PAPER_CARD_TRANSITION_UNTIL = "paper_card.transitional_acceptance_until"
SMARTPHONE_CLINIC_FROM = "smartphone.clinic_use_from"
LOST_PHONE_FREE_DIAL = "lost_card.phone.free_dial"
LOST_PHONE_CALL_CENTER = "lost_card.phone.call_center"
LOST_REISSUE_FEE = "lost_card.reissue_fee_yen"
LOST_EXPRESS_FEE = "lost_card.express_reissue_fee_yen"
LOST_EXPRESS_FEE_NO_CERTS = "lost_card.express_reissue_fee_without_certs_yen"
LOST_EXPRESS_DAYS = "lost_card.express_reissue_days"
LOST_EXPRESS_WITHIN_DAYS = "lost_card.express_request_within_days"
LOST_NORMAL_MONTHS_MIN = "lost_card.normal_reissue_months_min"
LOST_NORMAL_MONTHS_MAX = "lost_card.normal_reissue_months_max"


@dataclass(frozen=True, slots=True)
class _Spec:
    kind: type
    check: Callable[[object], bool]
    expectation: str
    overridable: bool = False


def _positive(v: object) -> bool:
    return isinstance(v, int) and v > 0


def _any(v: object) -> bool:
    return True


def _phone(v: object) -> bool:
    return isinstance(v, str) and bool(v) and all(c.isdigit() or c == "-" for c in v)


_POS = (int, _positive, "a whole number above 0")
_DATE = (date, _any, "a date (YYYY-MM-DD)")
_PHONE = (str, _phone, "a phone number of digits and hyphens")

SPECS: Mapping[str, _Spec] = {
    PIN_LOCK_SIGNING: _Spec(*_POS),
    PIN_LOCK_FOUR_DIGIT: _Spec(*_POS),
    FACE_MATCH_LOCK: _Spec(*_POS),
    SIGNING_CERT_MIN_AGE: _Spec(*_POS),
    CARD_ADULT_AGE_LINE: _Spec(*_POS),
    CARD_YEARS_ADULT: _Spec(*_POS),
    CARD_YEARS_MINOR: _Spec(*_POS),
    CERT_YEARS: _Spec(*_POS),
    CERT_YEARS_RENEWED_EARLY: _Spec(*_POS),
    RENEWAL_WINDOW_MONTHS: _Spec(*_POS),
    GRACE_MONTHS: _Spec(*_POS),
    GRACE_COUNTING: _Spec(
        str,
        lambda v: v in {c.value for c in GraceCounting},
        "one of " + ", ".join(c.value for c in GraceCounting),
        overridable=True,
    ),
    SWITCH_LAG_DAYS: _Spec(
        int,
        lambda v: isinstance(v, int) and 1 <= v <= 366,
        "a number of days, 1 to 366",
        overridable=True,
    ),
    LATE_ELDERLY_AGE: _Spec(*_POS),
    LATE_ELDERLY_CERT_FOR_ALL: _Spec(bool, _any, "true or false"),
    LATE_ELDERLY_AUTO_CERT_AGE: _Spec(*_POS),
    PAPER_CARD_VALID_UNTIL: _Spec(*_DATE),
    PAPER_CARD_TRANSITION_UNTIL: _Spec(*_DATE),
    SMARTPHONE_CLINIC_FROM: _Spec(*_DATE),
    LOST_PHONE_FREE_DIAL: _Spec(*_PHONE),
    LOST_PHONE_CALL_CENTER: _Spec(*_PHONE),
    LOST_REISSUE_FEE: _Spec(*_POS),
    LOST_EXPRESS_FEE: _Spec(*_POS),
    LOST_EXPRESS_FEE_NO_CERTS: _Spec(*_POS),
    LOST_EXPRESS_DAYS: _Spec(*_POS),
    LOST_EXPRESS_WITHIN_DAYS: _Spec(*_POS),
    LOST_NORMAL_MONTHS_MIN: _Spec(*_POS),
    LOST_NORMAL_MONTHS_MAX: _Spec(*_POS),
}

# A source is quoted on Japanese and English screens alike, so each entry carries both
# (source_ja next to source: one place to edit a rule; see the header of rules.toml). The
# domain only holds the two texts; the UI picks the one of its language.
_ENTRY_REQUIRED = ("id", "value", "effective_from", "source", "source_ja", "mark", "section")
_ENTRY_OPTIONAL = ("effective_until", "note", "note_ja")


@dataclass(frozen=True, slots=True)
class RuleEntry:
    """One dated value of a rule and where it comes from."""

    rule_id: str
    value: RuleValue
    effective_from: date
    effective_until: date | None  # None: open-ended
    source: str  # official page address, or a short description of the source
    source_ja: str  # the same source in Japanese (official names in Japanese)
    mark: Mark
    section: str  # RULES.md section
    note: str = ""
    note_ja: str = ""  # the note in Japanese; present whenever ``note`` is

    def in_force_on(self, day: date) -> bool:
        return self.effective_from <= day and (
            self.effective_until is None or day <= self.effective_until
        )


def _type_ok(spec: _Spec, value: object) -> bool:
    # bool is an int and datetime is a date in Python: demand the exact type.
    return type(value) is spec.kind and spec.check(value)


def _describe(value: object) -> str:
    return f"{value!r} ({type(value).__name__})"


def _parse_entry(index: int, raw: object) -> RuleEntry:
    where = f"rule[{index}]"
    if not isinstance(raw, Mapping):
        raise RuleSetError(f"{where}: expected a table, got {type(raw).__name__}")
    rule_id = raw.get("id")
    if isinstance(rule_id, str):
        where = f"rule[{index}] ({rule_id})"
    for key in _ENTRY_REQUIRED:
        if key not in raw:
            raise RuleSetError(f"{where}: missing '{key}'")
    unknown = sorted(set(raw) - set(_ENTRY_REQUIRED) - set(_ENTRY_OPTIONAL))
    if unknown:
        raise RuleSetError(f"{where}: unknown key '{unknown[0]}'")
    if not isinstance(rule_id, str) or rule_id not in SPECS:
        raise RuleSetError(f"{where}: unknown rule id {rule_id!r}")
    spec = SPECS[rule_id]
    value = raw["value"]
    if not _type_ok(spec, value):
        raise RuleSetError(f"{where}: value must be {spec.expectation}, got {_describe(value)}")
    start, until = raw["effective_from"], raw.get("effective_until")
    if type(start) is not date:
        raise RuleSetError(f"{where}: effective_from must be a date, got {_describe(start)}")
    if until is not None and type(until) is not date:
        raise RuleSetError(f"{where}: effective_until must be a date, got {_describe(until)}")
    if until is not None and until < start:
        raise RuleSetError(f"{where}: effective_until {until} is before effective_from {start}")
    for key in ("source", "source_ja", "section"):
        if not isinstance(raw[key], str) or not raw[key].strip():
            raise RuleSetError(f"{where}: '{key}' must be a non-empty text")
    try:
        mark = Mark(raw["mark"])
    except ValueError:
        marks = ", ".join(m.value for m in Mark)
        raise RuleSetError(f"{where}: mark must be one of {marks}, got {raw['mark']!r}") from None
    note, note_ja = raw.get("note", ""), raw.get("note_ja", "")
    for key, text in (("note", note), ("note_ja", note_ja)):
        if not isinstance(text, str):
            raise RuleSetError(f"{where}: '{key}' must be text")
    if note.strip() and not note_ja.strip():
        raise RuleSetError(f"{where}: 'note' needs its Japanese in 'note_ja'")
    if note_ja.strip() and not note.strip():
        raise RuleSetError(f"{where}: 'note_ja' needs its English in 'note'")
    return RuleEntry(
        rule_id, value, start, until,
        source=raw["source"].strip(), source_ja=raw["source_ja"].strip(), mark=mark,
        section=raw["section"].strip(), note=note.strip(), note_ja=note_ja.strip(),
    )


def _check_timeline(rule_id: str, entries: list[RuleEntry]) -> None:
    for before, after in zip(entries, entries[1:], strict=False):
        if before.effective_until is None or after.effective_from != (
            before.effective_until + timedelta(days=1)
        ):
            raise RuleSetError(
                f"{rule_id}: entry from {after.effective_from} must start the day after the "
                f"entry from {before.effective_from} ends (no gaps, no overlaps)"
            )
    if entries[-1].effective_until is not None:
        raise RuleSetError(
            f"{rule_id}: the latest entry (from {entries[-1].effective_from}) must be "
            "open-ended; add an entry for what applies after it"
        )


_MISSING = object()
_DAY_MEMO_SIZE = 64


class RuleSet:
    """Validated, dated rules plus the household's overrides of disputed rules."""

    __slots__ = ("version", "_entries", "_starts", "_constant", "_overrides", "_by_day")

    def __init__(
        self,
        version: str,
        entries: Mapping[str, tuple[RuleEntry, ...]],
        overrides: Mapping[str, RuleValue] | None = None,
    ) -> None:
        self.version = version
        self._entries = dict(entries)
        self._overrides: dict[str, RuleValue] = dict(overrides or {})
        # Precomputed once per rule set so a lookup is a dict hit (or a bisect).
        self._starts = {rid: [e.effective_from for e in es] for rid, es in self._entries.items()}
        self._constant: dict[str, RuleValue] = {
            rid: es[0].value for rid, es in self._entries.items() if len(es) == 1
        }
        self._constant.update(self._overrides)
        # Memo of values_on(): the planner asks for the same visit day for every member.
        self._by_day: dict[date, Mapping[str, RuleValue]] = {}

    @classmethod
    def from_mapping(cls, data: Mapping[str, object]) -> RuleSet:
        """Build from parsed TOML: ``rules_version`` and a list ``rule`` of entries."""
        if not isinstance(data, Mapping):
            raise RuleSetError("the rules data must be a table")
        unknown = sorted(set(data) - {"rules_version", "rule"})
        if unknown:
            raise RuleSetError(f"unknown top-level key '{unknown[0]}'")
        version = data.get("rules_version")
        if not isinstance(version, str) or not version.strip():
            raise RuleSetError("rules_version must be a non-empty text")
        raw_entries = data.get("rule")
        if not isinstance(raw_entries, list):
            raise RuleSetError("'rule' must be a list of entries ([[rule]] tables)")
        grouped: dict[str, list[RuleEntry]] = {}
        for index, raw in enumerate(raw_entries):
            entry = _parse_entry(index, raw)
            grouped.setdefault(entry.rule_id, []).append(entry)
        missing = sorted(set(SPECS) - set(grouped))
        if missing:
            raise RuleSetError(f"rule {missing[0]} is missing (every rule id needs an entry)")
        for rule_id, entries in grouped.items():
            entries.sort(key=lambda e: e.effective_from)
            _check_timeline(rule_id, entries)
        return cls(version.strip(), {rid: tuple(es) for rid, es in grouped.items()})

    def _entry(self, rule_id: str, on: date) -> RuleEntry:
        entries = self._entries[rule_id]
        index = bisect_right(self._starts[rule_id], on) - 1
        return entries[index if index > 0 else 0]

    def value(self, rule_id: str, on: date) -> RuleValue:
        """The value in force on ``on`` (a household override wins)."""
        found = self._constant.get(rule_id, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        return self._entry(rule_id, on).value

    def values_on(self, day: date) -> Mapping[str, RuleValue]:
        """Every rule's value in force on ``day`` (overrides applied), memoised per day."""
        found = self._by_day.get(day)
        if found is None:
            if len(self._by_day) >= _DAY_MEMO_SIZE:
                self._by_day.clear()
            found = self._by_day[day] = MappingProxyType(
                {rid: self.value(rid, day) for rid in self._entries}
            )
        return found

    def base_value(self, rule_id: str, on: date) -> RuleValue:
        """The value from the rules data, ignoring overrides."""
        return self._entry(rule_id, on).value

    def rule(self, rule_id: str, on: date | None = None) -> RuleEntry:
        """The dated entry in force on ``on`` (the latest entry when ``on`` is None)."""
        if on is None:
            return self._entries[rule_id][-1]
        return self._entry(rule_id, on)

    def entries(self, rule_id: str) -> tuple[RuleEntry, ...]:
        return self._entries[rule_id]

    def rule_ids(self) -> tuple[str, ...]:
        return tuple(self._entries)

    @property
    def overrides(self) -> Mapping[str, RuleValue]:
        return dict(self._overrides)

    def is_overridden(self, rule_id: str) -> bool:
        return rule_id in self._overrides

    def with_overrides(
        self,
        overrides: Mapping[str, RuleValue] | None = None,
        *,
        grace_counting: GraceCounting | str | None = None,
        switch_lag_days: int | None = None,
    ) -> RuleSet:
        """A copy with the household's choices for disputed rules (checked like the data)."""
        chosen: dict[str, RuleValue] = dict(self._overrides)
        chosen.update(overrides or {})
        if grace_counting is not None:
            chosen[GRACE_COUNTING] = str(GraceCounting(grace_counting).value)
        if switch_lag_days is not None:
            chosen[SWITCH_LAG_DAYS] = switch_lag_days
        for rule_id, value in list(chosen.items()):
            if isinstance(value, StrEnum):
                value = chosen[rule_id] = str(value.value)
            spec = SPECS.get(rule_id)
            if spec is None or rule_id not in self._entries:
                raise RuleSetError(f"override {rule_id!r}: no such rule")
            if not spec.overridable:
                raise RuleSetError(f"override {rule_id}: this rule cannot be overridden")
            if not _type_ok(spec, value):
                raise RuleSetError(
                    f"override {rule_id}: value must be {spec.expectation}, got {_describe(value)}"
                )
        return RuleSet(self.version, self._entries, chosen)

    def __repr__(self) -> str:
        return f"RuleSet({self.version!r}, overrides={self._overrides!r})"
