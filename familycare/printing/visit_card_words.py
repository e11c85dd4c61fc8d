"""A visit card in words, in the UI language: the same wording on paper and on screen.

The phrases said at reception stay Japanese; with English as the UI language each gets its
English gloss underneath, so the family member reading the card knows what it says.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from familycare.domain.visit_card import VisitCard
from familycare.domain.visit_plan import PlanWarning
from familycare.domain.wareki import format_era_year, format_western_japanese
from familycare.i18n import catalog_plan as plan_cat
from familycare.i18n import catalog_visits as cat
from familycare.i18n.text import fill, translate_code

_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class Phrase:
    japanese: str
    gloss: str | None  # English meaning, only when the UI is English


@dataclass(frozen=True, slots=True)
class WarningWords:
    text: str
    action: str


@dataclass(frozen=True, slots=True)
class CardWords:
    title: str
    member_name: str
    date_line: str
    facility_line: str
    route_sentence: str
    do_not_try_pin: str | None
    bring: tuple[str, ...]
    phrases: tuple[Phrase, ...]
    fallbacks: tuple[str, ...]
    warnings: tuple[WarningWords, ...]
    cost_cap: str | None
    lost_card: str
    contact: str | None
    footer: str


def format_visit_date(day: date, language: str) -> str:
    """Both calendars where people read them, with the weekday: 2026年12月3日(木) 令和8年."""
    if language == "en":
        return (
            f"{_WEEKDAYS_EN[day.weekday()]}, {day.day} {_MONTHS_EN[day.month - 1]} "
            f"{day.year} ({format_era_year(day)})"
        )
    return f"{format_western_japanese(day)}({_WEEKDAYS_JA[day.weekday()]}) {format_era_year(day)}"


def heading(key: str) -> str:
    return translate_code(cat.CONTEXT, cat.card_text(key))


def card_words(card: VisitCard, language: str, made_on: date) -> CardWords:
    ctx = cat.CONTEXT
    params = {
        key: format_visit_date(value, language) if isinstance(value, date) else value
        for w in card.warnings
        for key, value in w.params.items()
    }
    facility = card.facility_name or heading("no_facility")
    kind = cat.facility_kind_text(card.facility_kind or "")
    if card.facility_name and kind:
        facility = f"{facility} ({translate_code(ctx, kind)})"
    fallbacks = tuple(
        translate_code(plan_cat.CONTEXT, plan_cat.route_text(f.value)) for f in card.fallbacks
    )
    phrases = tuple(
        Phrase(
            text, translate_code(ctx, cat.phrase_gloss(code.value)) if language == "en" else None
        )
        for code, text in zip(card.phrases, card.phrase_texts, strict=True)
    )
    # The PIN warnings are said once, in the boxed alert under the route.
    pin_codes = {PlanWarning.PIN_LAST_ATTEMPT, PlanWarning.PIN_LOCKED}
    warnings = tuple(
        WarningWords(
            translate_code(plan_cat.CONTEXT, plan_cat.warning_text(w.code.value), params),
            translate_code(plan_cat.CONTEXT, plan_cat.warning_action(w.code.value), params),
        )
        for w in card.warnings
        if w.code not in pin_codes
    )
    alert = None
    if card.do_not_try_pin:
        locked = PlanWarning.PIN_LOCKED.value in card.warning_codes()
        alert = heading("pin_is_locked" if locked else "do_not_try_pin")
    lost = fill(heading("lost"), {"phone": card.lost_card_phone})
    if card.lost_card_phone_alt:
        lost += " " + fill(heading("lost_alt"), {"phone": card.lost_card_phone_alt})
    contact = None
    if card.contact is not None:
        key = "contact_phone" if card.contact.phone else "contact"
        if card.contact.when_stuck:
            key = f"stuck_{key}"
        contact = fill(heading(key), {"name": card.contact.name, "phone": card.contact.phone})
    return CardWords(
        title=heading("title"),
        member_name=card.member_name,
        date_line=format_visit_date(card.visit_date, language),
        facility_line=facility,
        route_sentence=translate_code(
            ctx, cat.route_sentence(card.route.value, card.auth.value if card.auth else None)
        ),
        do_not_try_pin=alert,
        bring=tuple(
            translate_code(plan_cat.CONTEXT, plan_cat.bring_text(b.value)) for b in card.bring
        ),
        phrases=phrases,
        fallbacks=fallbacks,
        warnings=warnings,
        cost_cap=translate_code(ctx, cat.cost_cap_text(card.cost_cap.value))
        if card.cost_cap
        else None,
        lost_card=lost,
        contact=contact,
        footer=fill(
            heading("footer"), {"version": card.rules_version, "made": made_on.isoformat()}
        ),
    )
