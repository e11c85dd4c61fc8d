"""Texts for to-do items and dashboard badges (English sources, context "todo").

Qt-free. Each item has a title (what it is) and an action (what to do), chosen by
``title_code`` / ``action_code`` from the item's kind, action and parameters. Placeholders are
filled by the caller with display-ready text: dates already formatted for the language
(``{opens_on}``), PIN names already translated (``{pin}``), lists joined (``{office_days}``).
"""

from __future__ import annotations

from collections.abc import Mapping

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "todo"

TITLES: dict[str, str] = {
    "renewal_opens.card": QT_TRANSLATE_NOOP("todo", "Card renewal opens on {opens_on}"),
    "renewal_opens.cert": QT_TRANSLATE_NOOP("todo", "Certificate renewal opens on {opens_on}"),
    "card_expiry": QT_TRANSLATE_NOOP("todo", "My Number Card expires on {expires_on}"),
    "cert_expiry": QT_TRANSLATE_NOOP(
        "todo", "Certificate (the dated part inside the card) expires on {expires_on}"
    ),
    "grace_ends": QT_TRANSLATE_NOOP(
        "todo", "Expired: the card works as an insurance card only until {grace_until}"
    ),
    "grace_ended": QT_TRANSLATE_NOOP(
        "todo", "The card stopped working as an insurance card after {grace_until}"
    ),
    "pin_locked": QT_TRANSLATE_NOOP("todo", "{pin} is locked"),
    "pin_last_attempt": QT_TRANSLATE_NOOP("todo", "{pin}: only one try left"),
    "turns_75": QT_TRANSLATE_NOOP(
        "todo", "Turns 75 on {birthday}: late-elderly medical care (75+) starts"
    ),
    "spouse_joins_national": QT_TRANSLATE_NOOP(
        "todo", "A dependent spouse under 75 needs new insurance by {due}"
    ),
    "qualification_certificate_expiry": QT_TRANSLATE_NOOP(
        "todo", "Qualification certificate valid until {valid_until}"
    ),
    "registration_not_confirmed": QT_TRANSLATE_NOOP(
        "todo", "Card not confirmed as registered for insurance"
    ),
    "no_proof_of_insurance": QT_TRANSLATE_NOOP(
        "todo", "No card to show and no qualification certificate on record"
    ),
    "no_proof_of_insurance.expired": QT_TRANSLATE_NOOP(
        "todo", "No card to show, and the qualification certificate ran out on {expired_on}"
    ),
    "turns_15": QT_TRANSLATE_NOOP("todo", "Turns 15 on {birthday}"),
    "turns_18": QT_TRANSLATE_NOOP("todo", "Turns 18 on {birthday}"),
    "lost_card_step.suspend": QT_TRANSLATE_NOOP("todo", "Lost card: suspend it by phone"),
    "lost_card_step.police": QT_TRANSLATE_NOOP("todo", "Lost card: report it to the police"),
    "lost_card_step.loss_report": QT_TRANSLATE_NOOP(
        "todo", "Lost card: report the loss at the municipal office"
    ),
    "lost_card_step.reissue": QT_TRANSLATE_NOOP("todo", "Lost card: apply for a new card"),
    "lost_card_step.qualification_certificate": QT_TRANSLATE_NOOP(
        "todo", "Lost card: ask for a qualification certificate"
    ),
    "notice_missing": QT_TRANSLATE_NOOP(
        "todo", "Qualification notice not received yet (insurance changed on {since})"
    ),
    "switch_lag": QT_TRANSLATE_NOOP("todo", "Insurance just changed (on {since})"),
    "visit_soon": QT_TRANSLATE_NOOP("todo", "Visit on {visit_on} {facility}"),
    "reprint_plan": QT_TRANSLATE_NOOP("todo", "Visit card for {visit_on} is out of date"),
}

ACTIONS: dict[str, str] = {
    "prepare_card_renewal": QT_TRANSLATE_NOOP(
        "todo",
        "From {opens_on} you can apply for a new card online, by post or at a photo booth.",
    ),
    "prepare_cert_renewal": QT_TRANSLATE_NOOP(
        "todo",
        "From {opens_on} the certificate can be renewed at the municipal office. "
        "Renewing early loses nothing.",
    ),
    "apply_for_new_card": QT_TRANSLATE_NOOP(
        "todo",
        "Apply for a new card now (online, by post or at a photo booth) and collect it at "
        "the municipal office.",
    ),
    "renew_cert_at_office": QT_TRANSLATE_NOOP(
        "todo",
        "Renew the certificate at the municipal office. A family member can go with the "
        "inquiry-and-answer form (照会書兼回答書).",
    ),
    "renew_before_grace_ends": QT_TRANSLATE_NOOP(
        "todo",
        "Renew it at the municipal office before {grace_until}. Until then clinics can only "
        "check eligibility.",
    ),
    "renew_and_register_again": QT_TRANSLATE_NOOP(
        "todo",
        "Renew it at the municipal office, then register the card for insurance again. "
        "Meanwhile use the qualification certificate from the insurer.",
    ),
    "reset_pin_at_office": QT_TRANSLATE_NOOP(
        "todo",
        "Reset it at the municipal office (open {office_days}). Face recognition at the "
        "clinic still works.",
    ),
    "do_not_try_pin": QT_TRANSLATE_NOOP(
        "todo",
        "Do not type this PIN: one more mistake locks it. Use face recognition where the "
        "card reader has it; otherwise hand the card to the staff.",
    ),
    "confirm_late_elderly": QT_TRANSLATE_NOOP(
        "todo",
        "It starts on the birthday without any application. Confirm the new insurance and "
        "add the insurer when the papers arrive.",
    ),
    "spouse_join_national": QT_TRANSLATE_NOOP(
        "todo",
        "If a spouse under 75 is a dependent on this insurance, they must join National "
        "Health Insurance (国保) or another scheme within 14 days.",
    ),
    "check_new_qualification_certificate": QT_TRANSLATE_NOOP(
        "todo", "Check that a new one has arrived. If not, ask the insurer."
    ),
    "register_at_card_reader": QT_TRANSLATE_NOOP(
        "todo",
        "A face-authentication card can only be registered at a clinic's card reader: do it "
        "at the next visit.",
    ),
    "check_registration": QT_TRANSLATE_NOOP(
        "todo",
        "Check in マイナポータル (Mynaportal, the government's online service) or at a clinic's "
        "card reader that the card is registered as an insurance card.",
    ),
    "prepare_turning_15": QT_TRANSLATE_NOOP(
        "todo",
        "From 15 the child sets their own PIN and can get a signing certificate; a parent can "
        "no longer register as their agent alone.",
    ),
    "note_ten_year_card": QT_TRANSLATE_NOOP(
        "todo", "From 18, a new card is valid for 10 years instead of 5."
    ),
    "suspend_card": QT_TRANSLATE_NOOP(
        "todo", "Call {free_dial} (free, 24 hours) or {call_center} to suspend the card."
    ),
    "report_to_police": QT_TRANSLATE_NOOP(
        "todo", "Report the loss at a police station and write down the report number."
    ),
    "report_loss_at_office": QT_TRANSLATE_NOOP(
        "todo", "Report the loss at the municipal office (open {office_days})."
    ),
    "apply_for_reissue": QT_TRANSLATE_NOOP(
        "todo",
        "Apply for a new card (¥{fee}). Express issuance (about {express_days} days, "
        "¥{express_fee}) is possible until {due}.",
    ),
    "request_qualification_certificate": QT_TRANSLATE_NOOP(
        "todo", "Ask the insurer for a qualification certificate to use at clinics meanwhile."
    ),
    "ask_insurer_for_certificate": QT_TRANSLATE_NOOP(
        "todo",
        "Without a My Number insurance card, clinics need a qualification certificate. "
        "If one has arrived, record it under Documents; if not, ask the insurer to send one.",
    ),
    "ask_for_notice": QT_TRANSLATE_NOOP(
        "todo",
        "Ask the new insurer for the qualification notice, or print the qualification screen "
        "from マイナポータル.",
    ),
    "say_insurer_changed": QT_TRANSLATE_NOOP(
        "todo",
        "Until {until}, say 「保険が切り替わった直後です」 (“my insurance has just changed”) at "
        "reception. If the card shows no record, fill in the self-declaration.",
    ),
    "check_visit_plan": QT_TRANSLATE_NOOP(
        "todo", "Look at the visit card: what to bring and what to say."
    ),
    "reprint_visit_plan": QT_TRANSLATE_NOOP(
        "todo", "Something changed since the visit card was printed. Print it again."
    ),
}

BADGES: dict[str, str] = {
    "card_fine": QT_TRANSLATE_NOOP("todo", "Card OK"),
    "renewal_open": QT_TRANSLATE_NOOP("todo", "Renewal open"),
    "in_grace": QT_TRANSLATE_NOOP("todo", "Expired, works until {grace_until}"),
    "expired": QT_TRANSLATE_NOOP("todo", "Expired"),
    "lost": QT_TRANSLATE_NOOP("todo", "Card lost"),
    "card_away": QT_TRANSLATE_NOOP("todo", "Card not at hand"),
    "no_card": QT_TRANSLATE_NOOP("todo", "No card"),
    "not_registered": QT_TRANSLATE_NOOP("todo", "Not registered"),
    "pin_locked": QT_TRANSLATE_NOOP("todo", "PIN locked"),
    "pin_last_attempt": QT_TRANSLATE_NOOP("todo", "PIN: 1 try left"),
    "insurer_changed": QT_TRANSLATE_NOOP("todo", "Insurer just changed"),
    "turns_75_soon": QT_TRANSLATE_NOOP("todo", "Turns 75 soon"),
    "late_elderly_unconfirmed": QT_TRANSLATE_NOOP("todo", "75+: confirm insurance"),
}

PIN_NAMES: dict[str, str] = {
    "user_cert": QT_TRANSLATE_NOOP("todo", "Certificate PIN (4 digits)"),
    "signing": QT_TRANSLATE_NOOP("todo", "Signing password"),
    "card_info": QT_TRANSLATE_NOOP("todo", "Card-info PIN (4 digits)"),
    "resident": QT_TRANSLATE_NOOP("todo", "Resident-registry PIN (4 digits)"),
}

COUNTDOWN: dict[str, str] = {
    "today": QT_TRANSLATE_NOOP("todo", "today"),
    "tomorrow": QT_TRANSLATE_NOOP("todo", "tomorrow"),
    "days_left": QT_TRANSLATE_NOOP("todo", "{days} days left"),
    "days_late": QT_TRANSLATE_NOOP("todo", "{days} days late"),
    "now": QT_TRANSLATE_NOOP("todo", "now"),
}

# Short route names for the Home table (the visit card has the full sentences).
ROUTE_LABELS: dict[str, str] = {
    "mynacard": QT_TRANSLATE_NOOP("todo", "Route: My Number card"),
    "card_with_notice": QT_TRANSLATE_NOOP("todo", "Route: card + qualification notice"),
    "qualification_certificate": QT_TRANSLATE_NOOP("todo", "Route: qualification certificate"),
    "self_declaration": QT_TRANSLATE_NOOP("todo", "Route: self-declaration"),
    "smartphone": QT_TRANSLATE_NOOP("todo", "Route: smartphone"),
}

SEVERITY: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("todo", "OK"),
    1: QT_TRANSLATE_NOOP("todo", "For information"),
    2: QT_TRANSLATE_NOOP("todo", "Needs attention"),
    3: QT_TRANSLATE_NOOP("todo", "Urgent"),
}


def title_code(kind: str, action: str, params: Mapping[str, object]) -> str:
    """The TITLES key for an item."""
    if kind == "renewal_opens":
        return f"renewal_opens.{params.get('part', 'cert')}"
    if kind == "grace_ends":
        return "grace_ended" if action == "renew_and_register_again" else "grace_ends"
    if kind == "lost_card_step":
        return f"lost_card_step.{params.get('step')}"
    if kind == "no_proof_of_insurance" and "expired_on" in params:
        return "no_proof_of_insurance.expired"
    return kind


def countdown_code(days: int, floating: bool = False) -> str:
    """The COUNTDOWN key for ``days`` from today to the due date."""
    if floating:
        return "now"
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return "days_left" if days > 0 else "days_late"

# How a date is shown. The Japanese translation uses {japanese}: 2026年12月1日(令和8年).
DATE_FORMAT = QT_TRANSLATE_NOOP("todo", "{iso} ({wareki_short})")
LIST_SEPARATOR = QT_TRANSLATE_NOOP("todo", ", ")

# The office days suggested under an item that sends someone to the municipal office; short
# dates with the weekday (the Japanese translation: {japanese}({weekday}), 12月3日(木)).
OFFICE_DAYS_LINE = QT_TRANSLATE_NOOP("todo", "Municipal office open on: {office_days}")
OFFICE_DAY_FORMAT = QT_TRANSLATE_NOOP("todo", "{weekday} {iso}")
WEEKDAYS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("todo", "Mon"),
    QT_TRANSLATE_NOOP("todo", "Tue"),
    QT_TRANSLATE_NOOP("todo", "Wed"),
    QT_TRANSLATE_NOOP("todo", "Thu"),
    QT_TRANSLATE_NOOP("todo", "Fri"),
    QT_TRANSLATE_NOOP("todo", "Sat"),
    QT_TRANSLATE_NOOP("todo", "Sun"),
)
