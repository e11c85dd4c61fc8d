"""Texts for the visit plan: warnings (what it means, what to do), routes, authentication,
things to bring, rule names and scenario-file errors (English sources, context "plan").

Qt-free: the UI and the CLI translate these through Qt. The phrases said at reception are
Japanese data and live with the planner (familycare.domain.visit_plan.PHRASE_TEXTS_JA).
"""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "plan"

WARNINGS = {
    "card_unavailable": QT_TRANSLATE_NOOP(
        "plan", "The My Number Card is not at hand (lost, suspended, being reissued or returned)."
    ),
    "not_registered": QT_TRANSLATE_NOOP(
        "plan", "The card is not registered for use as an insurance card."
    ),
    "cert_grace": QT_TRANSLATE_NOOP(
        "plan",
        "The card's certificate has expired. The card still works as an insurance card until "
        "{grace_until}, but only eligibility is checked.",
    ),
    "cert_expired": QT_TRANSLATE_NOOP(
        "plan", "The card's certificate has expired and the grace period is over."
    ),
    "cert_expiring_soon": QT_TRANSLATE_NOOP(
        "plan", "The card's certificate expires within three months."
    ),
    "card_expired": QT_TRANSLATE_NOOP("plan", "The My Number Card itself has expired."),
    "no_online_check": QT_TRANSLATE_NOOP(
        "plan", "This clinic cannot check eligibility online, so the card cannot be read."
    ),
    "notice_missing": QT_TRANSLATE_NOOP(
        "plan", "The card must be shown with the qualification notice, and none is on record."
    ),
    "pin_locked": QT_TRANSLATE_NOOP("plan", "The certificate PIN is locked."),
    "pin_last_attempt": QT_TRANSLATE_NOOP(
        "plan", "One more wrong PIN will lock the card's certificate PIN."
    ),
    "qualification_certificate_expired": QT_TRANSLATE_NOOP(
        "plan", "The qualification certificate has expired."
    ),
    "no_valid_document": QT_TRANSLATE_NOOP(
        "plan", "There is no valid proof of insurance for this visit."
    ),
    "coverage_switch_lag": QT_TRANSLATE_NOOP(
        "plan",
        "The insurance changed recently. The new insurer's data may not show yet at reception.",
    ),
    "turns_75": QT_TRANSLATE_NOOP(
        "plan",
        "Aged 75 or over: late-elderly medical care applies from the 75th birthday, but "
        "the insurance on record is not late-elderly.",
    ),
    "facility_unknown": QT_TRANSLATE_NOOP(
        "plan", "It is not known what this clinic's card reader can do. The plan assumes the worst."
    ),
}

ACTIONS = {
    "card_unavailable": QT_TRANSLATE_NOOP(
        "plan", "Take the qualification certificate, or apply to the insurer for one."
    ),
    "not_registered": QT_TRANSLATE_NOOP(
        "plan", "Register the card as an insurance card at the clinic's card reader."
    ),
    "cert_grace": QT_TRANSLATE_NOOP(
        "plan", "Renew the certificate at the municipal office before {grace_until}."
    ),
    "cert_expired": QT_TRANSLATE_NOOP(
        "plan",
        "Renew the certificate at the municipal office, then register the card again as an "
        "insurance card.",
    ),
    "cert_expiring_soon": QT_TRANSLATE_NOOP(
        "plan", "Renew the certificate at the municipal office before it expires."
    ),
    "card_expired": QT_TRANSLATE_NOOP(
        "plan", "Apply for a new card (online, by post or at a photo booth)."
    ),
    "no_online_check": QT_TRANSLATE_NOOP(
        "plan", "Show the card together with the qualification notice."
    ),
    "notice_missing": QT_TRANSLATE_NOOP(
        "plan",
        "Print the qualification screen from Mynaportal, or show it on a smartphone, "
        "and take it along.",
    ),
    "pin_locked": QT_TRANSLATE_NOOP("plan", "Have the PIN reset at the municipal office."),
    "pin_last_attempt": QT_TRANSLATE_NOOP(
        "plan",
        "Do not try the PIN. Use face recognition if the card reader has it; otherwise show "
        "the card together with the qualification notice.",
    ),
    "qualification_certificate_expired": QT_TRANSLATE_NOOP(
        "plan", "Ask the insurer for a new qualification certificate."
    ),
    "no_valid_document": QT_TRANSLATE_NOOP(
        "plan",
        "Fill in the self-declaration of eligibility at reception and pay the normal share.",
    ),
    "coverage_switch_lag": QT_TRANSLATE_NOOP(
        "plan", "Tell reception first that the insurance has just changed."
    ),
    "turns_75": QT_TRANSLATE_NOOP(
        "plan", "Record the late-elderly insurance and check that its documents have arrived."
    ),
    "facility_unknown": QT_TRANSLATE_NOOP(
        "plan", "Ask the clinic, or check for the sticker at the entrance, and record the answer."
    ),
}

ROUTES = {
    "mynacard": QT_TRANSLATE_NOOP("plan", "Use the My Number insurance card at the card reader"),
    "card_with_notice": QT_TRANSLATE_NOOP(
        "plan", "Show the card together with the qualification notice"
    ),
    "qualification_certificate": QT_TRANSLATE_NOOP("plan", "Show the qualification certificate"),
    "self_declaration": QT_TRANSLATE_NOOP(
        "plan", "Fill in the self-declaration of eligibility at reception"
    ),
    "smartphone": QT_TRANSLATE_NOOP("plan", "Use the smartphone as the insurance card"),
}

AUTHS = {
    "face": QT_TRANSLATE_NOOP("plan", "Face recognition at the card reader"),
    "pin": QT_TRANSLATE_NOOP("plan", "Enter the 4-digit PIN"),
}

BRING = {
    "card": QT_TRANSLATE_NOOP("plan", "My Number Card"),
    "smartphone": QT_TRANSLATE_NOOP("plan", "Smartphone set up as the insurance card"),
    "qualification_notice": QT_TRANSLATE_NOOP("plan", "Qualification notice"),
    "portal_qualification_screen": QT_TRANSLATE_NOOP(
        "plan", "Mynaportal qualification screen (printed or on a smartphone)"
    ),
    "qualification_certificate": QT_TRANSLATE_NOOP("plan", "Qualification certificate"),
}

RULE_NAMES = {
    "pin.lock_threshold.signing": QT_TRANSLATE_NOOP(
        "plan", "Wrong entries before the signing password locks"
    ),
    "pin.lock_threshold.four_digit": QT_TRANSLATE_NOOP(
        "plan", "Wrong entries before a 4-digit PIN locks"
    ),
    "face_match.lock_threshold": QT_TRANSLATE_NOOP(
        "plan", "Failed face matches before face recognition locks"
    ),
    "signing_cert.min_age": QT_TRANSLATE_NOOP(
        "plan", "Age from which a signing certificate is issued"
    ),
    "card.adult_age_line": QT_TRANSLATE_NOOP("plan", "Age for the 10-year card"),
    "card.validity_years.adult": QT_TRANSLATE_NOOP("plan", "Card validity (adults), in years"),
    "card.validity_years.minor": QT_TRANSLATE_NOOP("plan", "Card validity (minors), in years"),
    "cert.validity_years": QT_TRANSLATE_NOOP("plan", "Certificate validity, in years"),
    "cert.validity_years.renewed_early": QT_TRANSLATE_NOOP(
        "plan", "Certificate validity when renewed in its last three months, in years"
    ),
    "renewal.window_months": QT_TRANSLATE_NOOP("plan", "Months before expiry when renewal opens"),
    "grace.months": QT_TRANSLATE_NOOP(
        "plan", "Months the card still works as an insurance card after expiry"
    ),
    "grace.counting": QT_TRANSLATE_NOOP("plan", "How the grace period is counted"),
    "coverage.switch_lag_days": QT_TRANSLATE_NOOP(
        "plan", "Days after an insurance change when the card may read as no record"
    ),
    "late_elderly.age": QT_TRANSLATE_NOOP("plan", "Age when late-elderly medical care starts"),
    "late_elderly.certificate_for_all": QT_TRANSLATE_NOOP(
        "plan", "Qualification certificate sent to everyone aged 75 or over"
    ),
    "late_elderly.auto_certificate_age": QT_TRANSLATE_NOOP(
        "plan", "Age from which a qualification certificate is sent automatically"
    ),
    "paper_card.valid_until": QT_TRANSLATE_NOOP("plan", "Last day of paper insurance cards"),
    "paper_card.transitional_acceptance_until": QT_TRANSLATE_NOOP(
        "plan", "Last day expired paper insurance cards were accepted"
    ),
    "smartphone.clinic_use_from": QT_TRANSLATE_NOOP(
        "plan", "First day smartphones were accepted at clinics"
    ),
    "lost_card.phone.free_dial": QT_TRANSLATE_NOOP(
        "plan", "My Number free dial (suspend a lost card, 24 hours)"
    ),
    "lost_card.phone.call_center": QT_TRANSLATE_NOOP(
        "plan", "My Number Card call centre (suspend a lost card, 24 hours)"
    ),
    "lost_card.reissue_fee_yen": QT_TRANSLATE_NOOP("plan", "Reissue fee, in yen"),
    "lost_card.express_reissue_fee_yen": QT_TRANSLATE_NOOP("plan", "Express reissue fee, in yen"),
    "lost_card.express_reissue_fee_without_certs_yen": QT_TRANSLATE_NOOP(
        "plan", "Express reissue fee without certificates, in yen"
    ),
    "lost_card.express_reissue_days": QT_TRANSLATE_NOOP(
        "plan", "Days an express reissue takes (about)"
    ),
    "lost_card.express_request_within_days": QT_TRANSLATE_NOOP(
        "plan", "Days after the loss report within which express reissue can be asked for"
    ),
    "lost_card.normal_reissue_months_min": QT_TRANSLATE_NOOP(
        "plan", "Months a normal reissue takes (shortest)"
    ),
    "lost_card.normal_reissue_months_max": QT_TRANSLATE_NOOP(
        "plan", "Months a normal reissue takes (longest)"
    ),
}

SCENARIO_ERRORS = {
    "not_an_object": QT_TRANSLATE_NOOP("plan", "must be a JSON object ({detail})"),
    "unknown_key": QT_TRANSLATE_NOOP("plan", "unknown field ({detail})"),
    "missing": QT_TRANSLATE_NOOP("plan", "missing ({detail})"),
    "wrong_type": QT_TRANSLATE_NOOP("plan", "wrong type ({detail})"),
    "bad_date": QT_TRANSLATE_NOOP("plan", "not a valid date ({detail})"),
    "bad_value": QT_TRANSLATE_NOOP("plan", "not an allowed value ({detail})"),
    "negative": QT_TRANSLATE_NOOP("plan", "must not be negative ({detail})"),
    "issued_before_birth": QT_TRANSLATE_NOOP(
        "plan", "the card cannot be issued before the birth date ({detail})"
    ),
    "applied_after_issue": QT_TRANSLATE_NOOP(
        "plan", "the application cannot be after the issue date ({detail})"
    ),
}


def warning_text(code: str) -> str:
    """What the warning means (may hold ``{grace_until}``)."""
    return WARNINGS[code]


def warning_action(code: str) -> str:
    """What to do about the warning (may hold ``{grace_until}``)."""
    return ACTIONS[code]


def route_text(code: str) -> str:
    return ROUTES[code]


def auth_text(code: str) -> str:
    return AUTHS[code]


def bring_text(code: str) -> str:
    return BRING[code]


def rule_name(rule_id: str) -> str:
    return RULE_NAMES[rule_id]


def scenario_error_text(code: str) -> str:
    """The scenario-file error for ``code``, with a ``{detail}`` placeholder."""
    return SCENARIO_ERRORS[code]
