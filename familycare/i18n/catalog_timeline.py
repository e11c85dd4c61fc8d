"""Texts of the family timeline (English sources, context "timeline"). Qt-free.

``EXPLANATIONS`` words a bar in full (the label under the picture, the tooltip, the
accessible description); ``LABELS`` are the short words painted inside a bar, so colour is
never the only signal. Placeholders are filled with display-ready text: ``{member}`` the
member's name, dates formatted for the language, ``{countdown}`` like "23 days left".
"""

from __future__ import annotations

from familycare.i18n.noop import QT_TRANSLATE_NOOP

CONTEXT = "timeline"

_GRACE_AHEAD = QT_TRANSLATE_NOOP(
    "timeline",
    "If it is not renewed, after {expires_on} {member}'s card works as an insurance card "
    "only until {grace_until} (the grace period).",
)
_EXPIRED_AHEAD = QT_TRANSLATE_NOOP(
    "timeline",
    "If nothing is renewed, {member}'s card stops working as an insurance card after "
    "{grace_until}.",
)
_EXPIRED_NOW = QT_TRANSLATE_NOOP(
    "timeline",
    "{member}'s card stopped working as an insurance card after {grace_until}. Renew it at "
    "the municipal office and register it for insurance again; meanwhile use the "
    "qualification certificate.",
)

EXPLANATIONS: dict[str, str] = {
    "valid.card": QT_TRANSLATE_NOOP(
        "timeline", "{member}'s My Number Card is valid until {valid_until}."
    ),
    "valid.cert": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s certificate (the dated part inside the card) is valid until {valid_until}.",
    ),
    "renewal_ahead.card": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s My Number Card expires on {expires_on}. From {opens_on} a new card can be "
        "applied for online, by post or at a photo booth.",
    ),
    "renewal_open.card": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s My Number Card expires on {expires_on} ({countdown}). A new card can be "
        "applied for now: online, by post or at a photo booth.",
    ),
    "renewal_past.card": QT_TRANSLATE_NOOP(
        "timeline",
        "A new card for {member} could be applied for from {opens_on} to {expires_on}.",
    ),
    "renewal_ahead.cert": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s certificate (the dated part inside the card) expires on {expires_on}. "
        "Renewal at the municipal office opens on {opens_on}.",
    ),
    "renewal_open.cert": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s certificate (the dated part inside the card) expires on {expires_on} "
        "({countdown}). Renewal is open now at the municipal office.",
    ),
    "renewal_past.cert": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s certificate could be renewed from {opens_on} to {expires_on}.",
    ),
    "grace_ahead.card": _GRACE_AHEAD,
    "grace_ahead.cert": _GRACE_AHEAD,
    "grace_now.card": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s My Number Card expired on {expires_on}. It works as an insurance card only "
        "until {grace_until} ({countdown}): apply for a new card before then.",
    ),
    "grace_now.cert": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s certificate expired on {expires_on}. The card works as an insurance card "
        "only until {grace_until} ({countdown}): renew the certificate at the municipal office "
        "before then.",
    ),
    "grace_past.card": QT_TRANSLATE_NOOP(
        "timeline", "The grace period after {member}'s card expired ended on {grace_until}."
    ),
    "grace_past.cert": QT_TRANSLATE_NOOP(
        "timeline",
        "The grace period after {member}'s certificate expired ended on {grace_until}.",
    ),
    "expired_ahead.card": _EXPIRED_AHEAD,
    "expired_ahead.cert": _EXPIRED_AHEAD,
    "expired_now.card": _EXPIRED_NOW,
    "expired_now.cert": _EXPIRED_NOW,
    "card_away.lost": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s card is lost. Follow the lost-card steps on the To-do tab; meanwhile a "
        "qualification certificate works at clinics.",
    ),
    "card_away.suspended": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s card is suspended. Follow the lost-card steps on the To-do tab; meanwhile "
        "a qualification certificate works at clinics.",
    ),
    "card_away.reissuing": QT_TRANSLATE_NOOP(
        "timeline",
        "A new card for {member} is being made. Meanwhile a qualification certificate works at "
        "clinics.",
    ),
    "card_away.returned": QT_TRANSLATE_NOOP(
        "timeline", "{member}'s card was given back to the municipal office."
    ),
    "qualification_certificate": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s qualification certificate (資格確認書) is valid until {valid_until} "
        "({countdown}). Check that a new one arrives before then.",
    ),
    "qualification_certificate_ended": QT_TRANSLATE_NOOP(
        "timeline",
        "{member}'s qualification certificate (資格確認書) was valid until {valid_until}.",
    ),
    "turns_75": QT_TRANSLATE_NOOP(
        "timeline",
        "{member} turns 75 on {birthday} ({countdown}): late-elderly medical care (75+) starts "
        "that day without any application.",
    ),
    "turned_75": QT_TRANSLATE_NOOP(
        "timeline",
        "{member} turned 75 on {birthday}: in late-elderly medical care (75+) since then.",
    ),
    "visit": QT_TRANSLATE_NOOP(
        "timeline", "{member} has a visit on {visit_on} ({countdown}) {facility}"
    ),
    "visit_past": QT_TRANSLATE_NOOP("timeline", "{member} had a visit on {visit_on} {facility}"),
}

# Added after the explanation when it applies.
FEB29_NOTE = QT_TRANSLATE_NOOP(
    "timeline", "Born on 29 February: in a year without one, the birthday counts on 28 February."
)
COMPUTED_NOTE = QT_TRANSLATE_NOOP(
    "timeline",
    "This date is worked out from the birth and issue dates: check it on the card or the notice.",
)
NEXT_PROBLEM_NOTE = QT_TRANSLATE_NOOP("timeline", "This is the family's next problem.")

# Painted inside the bars (and in the legend).
LABELS: dict[str, str] = {
    "valid": QT_TRANSLATE_NOOP("timeline", "Valid"),
    "renewal": QT_TRANSLATE_NOOP("timeline", "Renewal open"),
    "grace": QT_TRANSLATE_NOOP("timeline", "Grace period"),
    "expired": QT_TRANSLATE_NOOP("timeline", "Expired"),
    "card_away": QT_TRANSLATE_NOOP("timeline", "Card not at hand"),
    "qualification_certificate": QT_TRANSLATE_NOOP("timeline", "Qualification certificate"),
    "turns_75": QT_TRANSLATE_NOOP("timeline", "75th birthday"),
    "visit": QT_TRANSLATE_NOOP("timeline", "Visit"),
}

ROWS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("timeline", "Card"),
    QT_TRANSLATE_NOOP("timeline", "Certificate"),
    QT_TRANSLATE_NOOP("timeline", "Papers, visits"),
)

TODAY = QT_TRANSLATE_NOOP("timeline", "Today")
NEXT_PROBLEM = QT_TRANSLATE_NOOP("timeline", "Next problem")
# The month scale: a year row (both calendars) and a month row.
YEAR_LABEL = QT_TRANSLATE_NOOP("timeline", "{year} ({era})")
MONTH_NAMES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("timeline", "Jan"),
    QT_TRANSLATE_NOOP("timeline", "Feb"),
    QT_TRANSLATE_NOOP("timeline", "Mar"),
    QT_TRANSLATE_NOOP("timeline", "Apr"),
    QT_TRANSLATE_NOOP("timeline", "May"),
    QT_TRANSLATE_NOOP("timeline", "Jun"),
    QT_TRANSLATE_NOOP("timeline", "Jul"),
    QT_TRANSLATE_NOOP("timeline", "Aug"),
    QT_TRANSLATE_NOOP("timeline", "Sep"),
    QT_TRANSLATE_NOOP("timeline", "Oct"),
    QT_TRANSLATE_NOOP("timeline", "Nov"),
    QT_TRANSLATE_NOOP("timeline", "Dec"),
)
PRINT_TITLE = QT_TRANSLATE_NOOP("timeline", "Family timeline on {today}")
