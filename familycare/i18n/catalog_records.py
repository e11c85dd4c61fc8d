"""Texts for card, PIN, coverage, document, facility and lost-card records (context "records"):
validation codes, field names, kinds and states, lost-card steps, life events and the labels of
``familycare plan --member`` and ``familycare facility``.

Qt-free: the UI and the CLI translate these through Qt (``translate_code("records", ...)``).
Codes shared with members (name_empty, too_long, looks_like_my_number) stay in catalog_common.
"""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "records"

VALIDATION = {
    "date_before_birth": QT_TRANSLATE_NOOP("records", "This date is before the date of birth."),
    "date_in_future": QT_TRANSLATE_NOOP("records", "This date is in the future. Please check it."),
    "date_before_issue": QT_TRANSLATE_NOOP("records", "This date is before the card was issued."),
    "date_before_loss": QT_TRANSLATE_NOOP("records", "This date is before the card was lost."),
    "issued_on_missing": QT_TRANSLATE_NOOP("records", "Please enter the date the card was issued."),
    "applied_on_missing": QT_TRANSLATE_NOOP(
        "records", "Please enter the date you applied for the card."
    ),
    "applied_after_issue": QT_TRANSLATE_NOOP(
        "records", "The application date cannot be after the issue date."
    ),
    "expiry_not_after_issue": QT_TRANSLATE_NOOP(
        "records", "The expiry date must be after the issue date."
    ),
    "cert_before_card": QT_TRANSLATE_NOOP(
        "records", "The certificate cannot be issued before the card."
    ),
    "cert_beyond_card": QT_TRANSLATE_NOOP(
        "records", "The certificate cannot last longer than the card."
    ),
    "face_auth_no_smartphone": QT_TRANSLATE_NOOP(
        "records",
        "A face-authentication card cannot be set up on a smartphone (it has no signing "
        "certificate).",
    ),
    "no_current_card": QT_TRANSLATE_NOOP("records", "No card is recorded for this person."),
    "pin_kind_not_on_card": QT_TRANSLATE_NOOP("records", "This card does not have that PIN."),
    "pin_already_locked": QT_TRANSLATE_NOOP(
        "records",
        "This PIN is already locked after {limit} wrong entries. Have it reset at the municipal "
        "office.",
    ),
    "pin_locked_needs_reset": QT_TRANSLATE_NOOP(
        "records",
        "This PIN is locked, so it cannot have been entered correctly. Record the reset first.",
    ),
    "until_before_since": QT_TRANSLATE_NOOP(
        "records", "The end date is before the start date."
    ),
    "coverage_overlap": QT_TRANSLATE_NOOP(
        "records",
        "This overlaps another insurance period ({since} to {until}). End that one first.",
    ),
    "scheme_has_no_dependents": QT_TRANSLATE_NOOP(
        "records",
        "National health insurance and late-elderly care have no dependents: each person is "
        "insured on their own.",
    ),
    "holder_is_self": QT_TRANSLATE_NOOP("records", "A person cannot be their own dependent."),
    "holder_unknown": QT_TRANSLATE_NOOP(
        "records", "Please choose the insured person from the family."
    ),
    "holder_has_no_coverage": QT_TRANSLATE_NOOP(
        "records", "The insured person has no own insurance on record for that date."
    ),
    "not_a_dependent": QT_TRANSLATE_NOOP("records", "This person is not insured as a dependent."),
    "retirement_kind_invalid": QT_TRANSLATE_NOOP(
        "records", "After leaving work choose voluntary continuation or national health insurance."
    ),
    "voluntary_continuation_over_75": QT_TRANSLATE_NOOP(
        "records", "Voluntary continuation is only possible under 75."
    ),
    "late_elderly_already_recorded": QT_TRANSLATE_NOOP(
        "records", "Late-elderly medical care is already recorded from the 75th birthday."
    ),
    "valid_until_missing": QT_TRANSLATE_NOOP(
        "records", "Please enter the valid-until date printed on the qualification certificate."
    ),
    "neither_held_nor_applied": QT_TRANSLATE_NOOP(
        "records", "Tick \"held\", or enter the date you applied for it."
    ),
    "facility_name_taken": QT_TRANSLATE_NOOP(
        "records", "A clinic or pharmacy called {name} is already saved. Use another name."
    ),
    "reader_without_online_check": QT_TRANSLATE_NOOP(
        "records", "A face-recognition card reader always checks eligibility online."
    ),
    "already_lost": QT_TRANSLATE_NOOP("records", "This card is already marked as lost."),
    "case_closed": QT_TRANSLATE_NOOP("records", "This lost-card case is already closed."),
    "express_only_for_reissue": QT_TRANSLATE_NOOP(
        "records", "Express issuance only applies to the reissue application."
    ),
}

FIELD_NAMES = {
    "card": QT_TRANSLATE_NOOP("records", "Card"),
    "kind": QT_TRANSLATE_NOOP("records", "Kind"),
    "issued_on": QT_TRANSLATE_NOOP("records", "Issue date"),
    "applied_on": QT_TRANSLATE_NOOP("records", "Application date"),
    "printed_expires_on": QT_TRANSLATE_NOOP("records", "Expiry printed on the card"),
    "cert_issued_on": QT_TRANSLATE_NOOP("records", "Certificate issue date"),
    "notified_cert_expires_on": QT_TRANSLATE_NOOP("records", "Notified certificate expiry"),
    "registration_checked_on": QT_TRANSLATE_NOOP("records", "Registration checked on"),
    "smartphone_set_up": QT_TRANSLATE_NOOP("records", "Smartphone set up"),
    "pin_kind": QT_TRANSLATE_NOOP("records", "PIN"),
    "on": QT_TRANSLATE_NOOP("records", "Date"),
    "since": QT_TRANSLATE_NOOP("records", "From"),
    "until": QT_TRANSLATE_NOOP("records", "Until"),
    "insurer_name": QT_TRANSLATE_NOOP("records", "Insurer"),
    "is_dependent": QT_TRANSLATE_NOOP("records", "Dependent"),
    "holder_member_id": QT_TRANSLATE_NOOP("records", "Insured person"),
    "issuer": QT_TRANSLATE_NOOP("records", "Issued by"),
    "valid_until": QT_TRANSLATE_NOOP("records", "Valid until"),
    "held": QT_TRANSLATE_NOOP("records", "Held"),
    "name": QT_TRANSLATE_NOOP("records", "Name"),
    "face_reader": QT_TRANSLATE_NOOP("records", "Face-recognition card reader"),
    "lost_on": QT_TRANSLATE_NOOP("records", "Lost on"),
    "case": QT_TRANSLATE_NOOP("records", "Lost-card case"),
    "express": QT_TRANSLATE_NOOP("records", "Express issuance"),
    "memo": QT_TRANSLATE_NOOP("records", "Memo"),
}

CARD_KINDS = {
    "standard": QT_TRANSLATE_NOOP("records", "My Number Card"),
    "face_auth": QT_TRANSLATE_NOOP("records", "Face-authentication My Number Card"),
    "applied": QT_TRANSLATE_NOOP("records", "Applied for, not yet issued"),
}

CARD_STATES = {
    "in_hand": QT_TRANSLATE_NOOP("records", "In hand"),
    "lost": QT_TRANSLATE_NOOP("records", "Lost"),
    "suspended": QT_TRANSLATE_NOOP("records", "Suspended"),
    "reissuing": QT_TRANSLATE_NOOP("records", "Being reissued"),
    "returned": QT_TRANSLATE_NOOP("records", "Returned"),
}

PIN_KINDS = {
    "user_cert": QT_TRANSLATE_NOOP("records", "User-certificate PIN (4 digits)"),
    "signing": QT_TRANSLATE_NOOP("records", "Signing password (6 to 16 characters)"),
    "card_info": QT_TRANSLATE_NOOP("records", "Card-information PIN (4 digits)"),
    "resident": QT_TRANSLATE_NOOP("records", "Resident-registry PIN (4 digits)"),
}

RESET_PLACES = {
    "municipal_office": QT_TRANSLATE_NOOP("records", "Municipal office"),
    "convenience_store": QT_TRANSLATE_NOOP(
        "records", "Convenience store (reserve in the JPKI PIN reset app first)"
    ),
}

COVERAGE_KINDS = {
    "employee": QT_TRANSLATE_NOOP("records", "Employee health insurance"),
    "voluntary_continuation": QT_TRANSLATE_NOOP("records", "Voluntary continuation"),
    "national": QT_TRANSLATE_NOOP("records", "National health insurance"),
    "mutual_aid": QT_TRANSLATE_NOOP("records", "Mutual aid association"),
    "late_elderly": QT_TRANSLATE_NOOP("records", "Late-elderly medical care"),
}

DOCUMENT_KINDS = {
    "qualification_certificate": QT_TRANSLATE_NOOP("records", "Qualification certificate"),
    "qualification_notice": QT_TRANSLATE_NOOP("records", "Qualification notice"),
    "cap_certificate": QT_TRANSLATE_NOOP("records", "Cost-cap certificate"),
}

FACILITY_KINDS = {
    "clinic": QT_TRANSLATE_NOOP("records", "Clinic"),
    "hospital": QT_TRANSLATE_NOOP("records", "Hospital"),
    "pharmacy": QT_TRANSLATE_NOOP("records", "Pharmacy"),
}

CAPABILITY_VALUES = {
    "yes": QT_TRANSLATE_NOOP("records", "yes"),
    "no": QT_TRANSLATE_NOOP("records", "no"),
    "unknown": QT_TRANSLATE_NOOP("records", "not known"),
}

LOST_CARD_STEPS = {
    "suspended": QT_TRANSLATE_NOOP("records", "Phone to suspend the card (24 hours)"),
    "police_report": QT_TRANSLATE_NOOP("records", "Report the loss to the police"),
    "loss_report": QT_TRANSLATE_NOOP("records", "Report the loss at the municipal office"),
    "reissue_applied": QT_TRANSLATE_NOOP("records", "Apply for a new card"),
    "qualification_certificate_requested": QT_TRANSLATE_NOOP(
        "records", "Ask the insurer for a qualification certificate"
    ),
}

LIFE_EVENTS = {
    "signing_cert_revoked": QT_TRANSLATE_NOOP(
        "records",
        "The move revoked the signing certificate. Have it issued again at the municipal office.",
    ),
    "dependent_must_join_scheme": QT_TRANSLATE_NOOP(
        "records",
        "{dependent} is a dependent of {holder}, who turns 75 on {date}. {dependent} must join "
        "national health insurance or another scheme from that day.",
    ),
    "late_elderly_switch": QT_TRANSLATE_NOOP(
        "records",
        "{member} turns 75 on {date}: late-elderly medical care starts that day. Record the "
        "new insurance when its papers arrive.",
    ),
    "dependent_became_own_member": QT_TRANSLATE_NOOP(
        "records",
        "{dependent} now has national health insurance in their own name from {date}.",
    ),
}

CLI = {
    "route": QT_TRANSLATE_NOOP("records", "How to show insurance"),
    "auth": QT_TRANSLATE_NOOP("records", "How to confirm identity"),
    "fallbacks": QT_TRANSLATE_NOOP("records", "If that does not work"),
    "bring": QT_TRANSLATE_NOOP("records", "Take along"),
    "warnings": QT_TRANSLATE_NOOP("records", "Warnings"),
    "action": QT_TRANSLATE_NOOP("records", "What to do"),
    "phrases": QT_TRANSLATE_NOOP("records", "Say at reception"),
    "visit": QT_TRANSLATE_NOOP("records", "Visit plan for {member} on {date}"),
    "facility": QT_TRANSLATE_NOOP("records", "At {facility}"),
    "no_facility": QT_TRANSLATE_NOOP(
        "records", "No clinic chosen: planned for a clinic whose card reader is not known."
    ),
    "card_expiry": QT_TRANSLATE_NOOP("records", "Card valid until {date}"),
    "cert_expiry": QT_TRANSLATE_NOOP("records", "Certificate valid until {date}"),
    "rules_version": QT_TRANSLATE_NOOP("records", "Rules version {version}"),
    "none": QT_TRANSLATE_NOOP("records", "none"),
    "no_facilities": QT_TRANSLATE_NOOP("records", "No clinics or pharmacies saved yet."),
}
