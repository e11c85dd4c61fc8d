"""Scenario files (/work/shared/scenarios/README.md): one member's facts plus one visit.

``parse_scenario`` takes the already-decoded JSON value and returns the planner's inputs,
applying the contract's defaults. Anything malformed raises ``ScenarioError`` naming the
field (a dotted path such as ``member.card.issued_on``), a short code and a detail.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from enum import StrEnum
from typing import TypeVar

from familycare.domain.member_facts import (
    CardFacts,
    CardKind,
    CardState,
    CoverageKind,
    CoveragePeriod,
    DocumentFacts,
    FacilityCaps,
    MemberFacts,
    PinKind,
)

_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_MAX_KEY_SHOWN = 60

E = TypeVar("E", bound=StrEnum)


class ScenarioErrorCode(StrEnum):
    NOT_AN_OBJECT = "not_an_object"
    UNKNOWN_KEY = "unknown_key"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    BAD_DATE = "bad_date"
    BAD_VALUE = "bad_value"
    NEGATIVE = "negative"
    ISSUED_BEFORE_BIRTH = "issued_before_birth"
    APPLIED_AFTER_ISSUE = "applied_after_issue"


class ScenarioError(ValueError):
    def __init__(self, field_path: str, code: ScenarioErrorCode, detail: str = "") -> None:
        super().__init__(f"{field_path}: {code.value}" + (f" ({detail})" if detail else ""))
        self.field_path = field_path
        self.code = code
        self.detail = detail


def shown_key(key: str) -> str:
    """A key from the file made safe for a one-line message."""
    shown = key if key.isprintable() else key.encode("unicode_escape").decode("ascii")
    return shown if len(shown) <= _MAX_KEY_SHOWN else shown[:_MAX_KEY_SHOWN] + "…"


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


class _Obj:
    """One JSON object being read: every key must be consumed, unknown keys are errors."""

    def __init__(self, value: object, path: str) -> None:
        if not isinstance(value, Mapping):
            raise ScenarioError(
                path or "scenario",
                ScenarioErrorCode.NOT_AN_OBJECT,
                f"expected an object, got {_type_name(value)}",
            )
        self.data = value
        self.path = path
        self.allowed: set[str] = set()

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def has(self, key: str) -> bool:
        self.allowed.add(key)
        return key in self.data

    def raw(self, key: str, required: bool = False) -> object:
        self.allowed.add(key)
        if key not in self.data:
            if required:
                raise ScenarioError(self.at(key), ScenarioErrorCode.MISSING, "required")
            return None
        return self.data[key]

    def date(self, key: str, required: bool = False) -> date | None:
        value = self.raw(key, required)
        if value is None:
            if required:
                raise ScenarioError(
                    self.at(key),
                    ScenarioErrorCode.WRONG_TYPE,
                    "expected a date as text YYYY-MM-DD, got null",
                )
            return None
        return _parse_date(value, self.at(key))

    def bool(self, key: str, default: bool | None, nullable: bool = False) -> bool | None:
        if not self.has(key):
            return default
        value = self.data[key]
        if value is None and nullable:
            return None
        if not isinstance(value, bool):
            raise ScenarioError(
                self.at(key),
                ScenarioErrorCode.WRONG_TYPE,
                f"expected true or false, got {_type_name(value)}",
            )
        return value

    def choice(self, key: str, enum: type[E], default: E) -> E:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, str):
            raise ScenarioError(
                self.at(key),
                ScenarioErrorCode.WRONG_TYPE,
                f"expected text, got {_type_name(value)}",
            )
        try:
            return enum(value)
        except ValueError:
            choices = ", ".join(m.value for m in enum)
            raise ScenarioError(
                self.at(key),
                ScenarioErrorCode.BAD_VALUE,
                f"{shown_key(value)!r} is not one of {choices}",
            ) from None

    def finish(self) -> None:
        for key in self.data:
            if key not in self.allowed:
                detail = "not in the scenario format"
                if not self.path and key in ("scenario", "expect"):
                    detail += "; the file holds the bare scenario, not the scenario/expect wrapper"
                shown = shown_key(str(key))
                raise ScenarioError(self.at(shown), ScenarioErrorCode.UNKNOWN_KEY, detail)


def _parse_date(value: object, path: str) -> date:
    if not isinstance(value, str):
        raise ScenarioError(
            path,
            ScenarioErrorCode.WRONG_TYPE,
            f"expected a date as text YYYY-MM-DD, got {_type_name(value)}",
        )
    if not _DATE_SHAPE.fullmatch(value):
        raise ScenarioError(
            path, ScenarioErrorCode.BAD_DATE, f"{shown_key(value)!r} is not written YYYY-MM-DD"
        )
    try:
        return date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        raise ScenarioError(
            path, ScenarioErrorCode.BAD_DATE, f"{value} is not a real date"
        ) from None


def _optional_obj(parent: _Obj, key: str, read: Callable[[_Obj], object]) -> object:
    if not parent.has(key):
        return None
    obj = _Obj(parent.data[key], parent.at(key))
    result = read(obj)
    obj.finish()
    return result


def _card(obj: _Obj, birth: date) -> CardFacts:
    issued = obj.date("issued_on", required=True)
    assert issued is not None
    applied = obj.date("applied_on")
    card = CardFacts(
        kind=obj.choice("kind", CardKind, CardKind.STANDARD),
        issued_on=issued,
        applied_on=applied,
        expires_on=obj.date("expires_on"),
        cert_issued_on=obj.date("cert_issued_on"),
        cert_renewed_before_expiry=bool(obj.bool("cert_renewed_before_expiry", False)),
        cert_expires_on=obj.date("cert_expires_on"),
        state=obj.choice("state", CardState, CardState.IN_HAND),
        insurance_registered=bool(obj.bool("insurance_registered", True)),
    )
    if issued < birth:
        raise ScenarioError(
            obj.at("issued_on"),
            ScenarioErrorCode.ISSUED_BEFORE_BIRTH,
            f"{issued} is before the birth date {birth}",
        )
    if applied is not None and applied > issued:
        raise ScenarioError(
            obj.at("applied_on"),
            ScenarioErrorCode.APPLIED_AFTER_ISSUE,
            f"{applied} is after issued_on {issued}",
        )
    return card


def _pins(obj: _Obj) -> dict[PinKind, int]:
    key = "user_cert_failures"
    if not obj.has(key):
        return {}
    value = obj.data[key]
    # bool is an int in Python; a count must be a real integer.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ScenarioError(
            obj.at(key),
            ScenarioErrorCode.WRONG_TYPE,
            f"expected a whole number, got {_type_name(value)}",
        )
    if value < 0:
        raise ScenarioError(obj.at(key), ScenarioErrorCode.NEGATIVE, f"{value} is below 0")
    return {PinKind.USER_CERT: value}


def _coverage(obj: _Obj) -> tuple[CoveragePeriod, ...]:
    kind = obj.raw("kind", required=True)
    if not isinstance(kind, str):
        raise ScenarioError(
            obj.at("kind"), ScenarioErrorCode.WRONG_TYPE, f"expected text, got {_type_name(kind)}"
        )
    return (
        CoveragePeriod(obj.choice("kind", CoverageKind, CoverageKind.EMPLOYEE), obj.date("since")),
    )


def _documents(obj: _Obj) -> DocumentFacts:
    return DocumentFacts(
        qualification_certificate_until=obj.date("qualification_certificate_until"),
        qualification_notice=bool(obj.bool("qualification_notice", False)),
        smartphone_card=bool(obj.bool("smartphone_card", False)),
    )


def _facility(obj: _Obj) -> FacilityCaps:
    return FacilityCaps(
        online_check=obj.bool("online_check", True, nullable=True),
        face_reader=obj.bool("face_reader", True, nullable=True),
        smartphone_reader=obj.bool("smartphone_reader", False, nullable=True),
    )


def parse_scenario(obj: object) -> tuple[MemberFacts, date, FacilityCaps]:
    """The member's facts, the visit date and the facility, with the contract's defaults."""
    top = _Obj(obj, "")
    top.allowed.update(("member", "visit"))
    top.finish()  # unknown top-level keys first: a wrapped example file says so at once
    member = _Obj(top.raw("member", required=True), "member")
    birth = member.date("birth_date", required=True)
    assert birth is not None
    if not member.has("card"):
        raise ScenarioError(
            "member.card", ScenarioErrorCode.MISSING, "required (null means no card)"
        )
    card = None
    if member.data["card"] is not None:
        card_obj = _Obj(member.data["card"], "member.card")
        card = _card(card_obj, birth)
        card_obj.finish()
    pins = _optional_obj(member, "pins", _pins) or {}
    coverage: tuple[CoveragePeriod, ...] = ()
    if member.has("coverage") and member.data["coverage"] is not None:
        coverage = _optional_obj(member, "coverage", _coverage)  # type: ignore[assignment]
    documents = _optional_obj(member, "documents", _documents) or DocumentFacts()
    member.finish()

    visit = _Obj(top.raw("visit", required=True), "visit")
    visit_date = visit.date("date", required=True)
    assert visit_date is not None
    facility = _optional_obj(visit, "facility", _facility) or FacilityCaps(True, True, False)
    visit.finish()
    top.finish()
    facts = MemberFacts(
        birth_date=birth,
        card=card,
        pins=pins,  # type: ignore[arg-type]
        coverage=coverage,
        documents=documents,  # type: ignore[arg-type]
    )
    return facts, visit_date, facility  # type: ignore[return-value]
