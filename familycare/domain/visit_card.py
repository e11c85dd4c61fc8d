"""What goes on a printed visit card, as codes and values (the printer and the screen word it).

A visit card is the plan of one member for one visit day, reduced to what a parent of 80 needs
at the reception desk: whose card it is (name and colour), when and where, the route and how
to authenticate, a tick list of things to bring, the exact Japanese phrases, what to try next
in order, every warning with its action, the lost-card phone number from the rule set, who
to call, and the rule-set version the plan was made with.

The fingerprint covers everything printed, so a card whose content changed since it was
printed can be flagged for reprinting.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from familycare.domain import rules as r
from familycare.domain.dates import age_on
from familycare.domain.rules import RuleSet
from familycare.domain.visit_plan import (
    PHRASE_TEXTS_JA,
    Auth,
    Bring,
    Phrase,
    PlanWarning,
    Route,
    VisitPlan,
)

# From this age the monthly outpatient cap (外来特例) makes the 限度額 matter at every visit.
COST_CAP_AGE = 70
HOSPITAL_KIND = "hospital"


class CostCapNote(StrEnum):
    """How the high-cost care cap (限度額) gets applied on this route (RULES.md section 3)."""

    CONSENT_AT_READER = "consent_at_reader"  # agree at the card reader; no 認定証 needed
    ON_QUALIFICATION_CERTIFICATE = "on_qualification_certificate"  # cap class printed on it
    NOT_AT_COUNTER = "not_at_counter"  # no online check: pay, then claim the excess back


@dataclass(frozen=True, slots=True)
class CardWarning:
    """A warning code with the values its text needs (dates stay dates)."""

    code: PlanWarning
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Contact:
    """Whom the member (or the receptionist) can call: the family member looking after them.

    ``when_stuck``: chosen as the member's contact when stuck (a caregiver role), so the
    card says 困った時の連絡先 rather than just a family contact."""

    name: str
    phone: str = ""
    when_stuck: bool = False

    def to_json(self) -> dict[str, object]:
        found: dict[str, object] = {"name": self.name, "phone": self.phone}
        if self.when_stuck:  # only then: cards printed before roles keep their fingerprint
            found["when_stuck"] = True
        return found


@dataclass(frozen=True, slots=True)
class VisitCard:
    member_name: str
    member_colour: str  # "#RRGGBB"; never shown without the name
    visit_date: date
    facility_name: str | None  # None: no facility chosen
    facility_kind: str | None
    route: Route
    auth: Auth | None
    bring: tuple[Bring, ...]
    phrases: tuple[Phrase, ...]
    fallbacks: tuple[Route, ...]  # in the order to try them
    warnings: tuple[CardWarning, ...]
    do_not_try_pin: bool  # one wrong guess locks it, or it is locked: say so in big letters
    cost_cap: CostCapNote | None  # None: not relevant for this member and visit
    lost_card_phone: str
    lost_card_phone_alt: str
    contact: Contact | None
    rules_version: str

    @property
    def phrase_texts(self) -> tuple[str, ...]:
        """The phrases as said at reception (Japanese in every UI language)."""
        return tuple(PHRASE_TEXTS_JA[p] for p in self.phrases)

    def warning_codes(self) -> tuple[str, ...]:
        return tuple(w.code.value for w in self.warnings)

    def to_json(self) -> dict[str, object]:
        return {
            "member_name": self.member_name,
            "member_colour": self.member_colour,
            "visit_date": self.visit_date.isoformat(),
            "facility_name": self.facility_name,
            "facility_kind": self.facility_kind,
            "route": self.route.value,
            "auth": self.auth.value if self.auth else None,
            "bring": [b.value for b in self.bring],
            "phrases": list(self.phrase_texts),
            "fallbacks": [f.value for f in self.fallbacks],
            "warnings": [
                {"code": w.code.value, "params": {k: _plain(v) for k, v in w.params.items()}}
                for w in self.warnings
            ],
            "do_not_try_pin": self.do_not_try_pin,
            "cost_cap": self.cost_cap.value if self.cost_cap else None,
            "lost_card_phone": self.lost_card_phone,
            "lost_card_phone_alt": self.lost_card_phone_alt,
            "contact": self.contact.to_json() if self.contact else None,
            "rules_version": self.rules_version,
        }


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value


def build_visit_card(
    plan: VisitPlan,
    *,
    member_name: str,
    member_colour: str,
    member_birth: date,
    facility_name: str | None,
    facility_kind: str | None,
    rules: RuleSet,
    contact: Contact | None = None,
) -> VisitCard:
    """The card for ``plan``; phone numbers are the rule-set values in force on the visit day."""
    day = plan.visit_date
    warnings = tuple(CardWarning(w, _warning_params(w, plan)) for w in plan.warnings)
    codes = set(plan.warnings)
    do_not_try_pin = bool(codes & {PlanWarning.PIN_LAST_ATTEMPT, PlanWarning.PIN_LOCKED})
    relevant = age_on(member_birth, day) >= COST_CAP_AGE or facility_kind == HOSPITAL_KIND
    return VisitCard(
        member_name=member_name,
        member_colour=member_colour,
        visit_date=day,
        facility_name=facility_name,
        facility_kind=facility_kind,
        route=plan.route,
        auth=plan.auth,
        bring=plan.bring,
        phrases=plan.phrases,
        fallbacks=plan.fallbacks,
        warnings=warnings,
        do_not_try_pin=do_not_try_pin,
        cost_cap=cost_cap_note(plan) if relevant else None,
        lost_card_phone=str(rules.value(r.LOST_PHONE_FREE_DIAL, day)),
        lost_card_phone_alt=str(rules.value(r.LOST_PHONE_CALL_CENTER, day)),
        contact=contact if contact is not None and contact.name else None,
        rules_version=plan.rules_version,
    )


def cost_cap_note(plan: VisitPlan) -> CostCapNote:
    """The cap needs the online check: consent at the reader, or the certificate's cap class."""
    if PlanWarning.NO_ONLINE_CHECK in plan.warnings:
        return CostCapNote.NOT_AT_COUNTER
    if plan.route is Route.MYNACARD:
        return CostCapNote.CONSENT_AT_READER
    if plan.route is Route.QUALIFICATION_CERTIFICATE:
        return CostCapNote.ON_QUALIFICATION_CERTIFICATE
    return CostCapNote.NOT_AT_COUNTER


def _warning_params(code: PlanWarning, plan: VisitPlan) -> dict[str, object]:
    if code is PlanWarning.CERT_GRACE and plan.grace_until is not None:
        return {"grace_until": plan.grace_until}
    return {}


def card_fingerprint(card: VisitCard) -> str:
    """A stable digest of everything printed on the card (hex SHA-256)."""
    canonical = json.dumps(
        card.to_json(), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
