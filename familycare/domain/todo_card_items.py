"""To-do items about the card itself: renewal and expiry, insurance registration, PIN locks,
and the lost-card checklist (RULES.md sections 1, 3, 4 and 7)."""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain import rules as r
from familycare.domain.card_timeline import ExpiringPart, effective_expiry
from familycare.domain.card_validity import grace_end, renewal_opens_on
from familycare.domain.member_facts import CardKind, MemberFacts, PinKind
from familycare.domain.pins import has_signing_cert
from familycare.domain.rules import RuleSet
from familycare.domain.todo_inputs import LostCardProgress, Severity
from familycare.domain.todo_item import (
    OFFICE_FROM,
    ItemCollector,
    LostStep,
    Params,
    TodoAction,
    TodoKind,
)

_DAY = timedelta(days=1)
_STEP_ORDER = tuple(LostStep)


def card_items(
    out: ItemCollector, facts: MemberFacts, rules: RuleSet, horizon: date
) -> None:
    card = facts.card
    assert card is not None
    # Only the dates: the explanations behind them (``card_timeline``) are for the card's
    # own screen, and building them for every card of a large family costs more than the rest.
    part, expires, computed = effective_expiry(facts.birth_date, card, rules)
    # Most cards expire years from now: their items would not show (nor be in a calendar
    # export) within the horizon, so the renewal and grace dates are not worked out.
    if expires - _FAR_EXPIRY <= horizon:
        _expiry_items(out, part, expires, computed, rules)
    _registration_and_pin_items(out, facts, rules)


# Renewal opens about 3 months and shows 1 more month before expiry; a margin on top.
_FAR_EXPIRY = timedelta(days=150)


def _expiry_items(
    out: ItemCollector, part_expiring: ExpiringPart, expires: date, computed: bool,
    rules: RuleSet,
) -> None:
    """The renewal, expiry and grace items of the expiry that comes first (as
    ``card_timeline`` dates it)."""
    today = out.today
    day = out.day
    opens = renewal_opens_on(expires, rules)
    # grace_until(expires, today, rules), with today's grace rules read once for the family.
    grace = grace_end(expires, day.grace_months, day.grace_counting)
    is_card = part_expiring is _CARD
    part = _CARD_TEXT if is_card else _CERT_TEXT  # plain text (an enum's str() is slow)
    expires_text = expires.isoformat()
    tail = part + ":" + expires_text
    after = expires + _DAY
    # Most cards met here are past their expiry: only the grace item remains, so the
    # renewal and expiry items' parameters are built only when one of them is added.
    if today <= expires:
        # A certificate is renewed at the office (from the day renewal opens); a new card is
        # applied for online or by post, so only the certificate's items suggest office days.
        params = {"part": part, "expires_on": expires, "opens_on": opens,
                  "grace_until": grace, "computed": computed}
        at_office = params if is_card else {**params, OFFICE_FROM: opens}
        if today < opens:  # the notice gives way to the expiry item on the day renewal opens
            out.add(
                _RENEWAL_OPENS, tail,
                _PREPARE_CARD_RENEWAL if is_card else _PREPARE_CERT_RENEWAL,
                opens, opens - out.lead["renewal_opens"], _INFO, at_office,
                show_until=opens - _DAY,
            )
        # and the expiry item to the grace item the day after expiry
        out.add(
            _CARD_EXPIRY if is_card else _CERT_EXPIRY, expires_text,
            _APPLY_FOR_NEW_CARD if is_card else _RENEW_CERT_AT_OFFICE,
            expires, opens, _ATTENTION, at_office, show_until=expires,
        )
    # Past the expiry both are renewed at the office (the catalog's words say so); past the
    # grace period (``CardPhase.EXPIRED``) the card must also be registered again.
    out.add(
        _GRACE_ENDS, tail,
        _RENEW_AND_REGISTER_AGAIN if today > grace else _RENEW_BEFORE_GRACE_ENDS,
        grace, after, _URGENT,
        {"part": part, "expires_on": expires, "opens_on": opens, "grace_until": grace,
         "computed": computed, OFFICE_FROM: after},
    )


def _registration_and_pin_items(out: ItemCollector, facts: MemberFacts, rules: RuleSet) -> None:
    card = facts.card
    assert card is not None
    today = out.today
    face = card.kind is _FACE_AUTH
    if not card.insurance_registered:
        kind = str(card.kind)
        out.add(
            _REGISTRATION_NOT_CONFIRMED, kind,
            _REGISTER_AT_CARD_READER if face else _CHECK_REGISTRATION,
            today, today, _ATTENTION, {"card_kind": kind}, floating=True,
        )
    pins = facts.pins
    day = out.day
    if face or not pins or max(pins.values()) < day.least_risky_failures:
        return  # no PINs, or nothing near a lock: skip the per-PIN work (the common case)
    # ``pin_states`` for the PINs one attempt from their lock or locked, without a state for
    # every PIN of the card: locked is failures >= limit, last attempt failures == limit - 1.
    for kind in _PIN_ORDER:
        failures = pins.get(kind, 0)
        if failures < 0:
            failures = 0
        limit = day.signing_limit if kind is _SIGNING else day.four_digit_limit
        if failures < limit - 1:
            continue
        if kind is _SIGNING and not has_signing_cert(facts.birth_date, card, rules):
            continue  # the card has no signing password (``pin_kinds``)
        pin = str(kind)
        pin_params = {"pin": pin, "failures": failures,
                      "limit": limit, "remaining": limit - failures if failures < limit else 0}
        if failures >= limit:
            days = out.office_days(today)
            out.add(
                _PIN_LOCKED, pin, _RESET_PIN_AT_OFFICE,
                days[0], today, _URGENT, {**pin_params, "office_days": tuple(days)},
            )
        else:
            out.add(
                _PIN_LAST_ATTEMPT, pin, _DO_NOT_TRY_PIN,
                today, today, _ATTENTION, pin_params, floating=True,
            )


# Enum members as module constants: reading ``TodoKind.GRACE_ENDS`` costs ten times a plain
# name on Python 3.11, and these are read for nearly every card of a large family.
_CARD = ExpiringPart.CARD
_CARD_TEXT = str(ExpiringPart.CARD)
_CERT_TEXT = str(ExpiringPart.CERT)
_FACE_AUTH = CardKind.FACE_AUTH
_SIGNING = PinKind.SIGNING
# The order ``pin_kinds`` lists a card's PINs in.
_PIN_ORDER = (PinKind.USER_CERT, PinKind.SIGNING, PinKind.CARD_INFO, PinKind.RESIDENT)
_INFO, _ATTENTION, _URGENT = Severity.INFO, Severity.ATTENTION, Severity.URGENT
_RENEWAL_OPENS = TodoKind.RENEWAL_OPENS
_CARD_EXPIRY = TodoKind.CARD_EXPIRY
_CERT_EXPIRY = TodoKind.CERT_EXPIRY
_GRACE_ENDS = TodoKind.GRACE_ENDS
_REGISTRATION_NOT_CONFIRMED = TodoKind.REGISTRATION_NOT_CONFIRMED
_PIN_LOCKED = TodoKind.PIN_LOCKED
_PIN_LAST_ATTEMPT = TodoKind.PIN_LAST_ATTEMPT
_PREPARE_CARD_RENEWAL = TodoAction.PREPARE_CARD_RENEWAL
_PREPARE_CERT_RENEWAL = TodoAction.PREPARE_CERT_RENEWAL
_APPLY_FOR_NEW_CARD = TodoAction.APPLY_FOR_NEW_CARD
_RENEW_CERT_AT_OFFICE = TodoAction.RENEW_CERT_AT_OFFICE
_RENEW_AND_REGISTER_AGAIN = TodoAction.RENEW_AND_REGISTER_AGAIN
_RENEW_BEFORE_GRACE_ENDS = TodoAction.RENEW_BEFORE_GRACE_ENDS
_REGISTER_AT_CARD_READER = TodoAction.REGISTER_AT_CARD_READER
_CHECK_REGISTRATION = TodoAction.CHECK_REGISTRATION
_RESET_PIN_AT_OFFICE = TodoAction.RESET_PIN_AT_OFFICE
_DO_NOT_TRY_PIN = TodoAction.DO_NOT_TRY_PIN


def lost_card_items(out: ItemCollector, lost: LostCardProgress) -> None:
    today = out.today
    lost_on = lost.lost_on or today
    tail = lost.lost_on.isoformat() if lost.lost_on else "undated"
    urgent = Severity.URGENT

    def step(name: LostStep, action: TodoAction, due: date, params: Params) -> None:
        out.add(TodoKind.LOST_CARD_STEP, f"{tail}:{name.value}", action, due, lost_on, urgent,
                {"step": name.value, "lost_on": lost_on, **params}, key_head="lost_card",
                rank=_STEP_ORDER.index(name))

    if lost.suspended_on is None:
        step(LostStep.SUSPEND, TodoAction.SUSPEND_CARD, lost_on, {
            "free_dial": out.now[r.LOST_PHONE_FREE_DIAL],
            "call_center": out.now[r.LOST_PHONE_CALL_CENTER],
        })
    if lost.lost_outside_home and lost.police_reported_on is None:
        step(LostStep.POLICE, TodoAction.REPORT_TO_POLICE, lost_on, {})
    if lost.loss_reported_on is None:
        days = out.office_days(max(lost_on, today))
        step(LostStep.LOSS_REPORT, TodoAction.REPORT_LOSS_AT_OFFICE, days[0],
             {"office_days": tuple(days)})
    if lost.reissue_applied_on is None:
        within: int = out.now[r.LOST_EXPRESS_WITHIN_DAYS]  # type: ignore[assignment]
        step(LostStep.REISSUE, TodoAction.APPLY_FOR_REISSUE,
             lost_on + timedelta(days=within - 1), {
                 "fee": out.now[r.LOST_REISSUE_FEE],
                 "express_fee": out.now[r.LOST_EXPRESS_FEE],
                 "express_days": out.now[r.LOST_EXPRESS_DAYS],
                 OFFICE_FROM: lost_on,  # a reissue is applied for at the office window
             })
    if lost.qualification_certificate_requested_on is None:
        step(LostStep.QUALIFICATION_CERTIFICATE, TodoAction.REQUEST_QUALIFICATION_CERTIFICATE,
             lost_on, {})

