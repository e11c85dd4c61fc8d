"""To-do items about the card itself: renewal and expiry, insurance registration, PIN locks,
and the lost-card checklist (RULES.md sections 1, 3, 4 and 7)."""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain import rules as r
from familycare.domain.card_timeline import (
    CardPhase,
    ExpiringPart,
    card_phase,
    effective_expiry,
)
from familycare.domain.card_validity import grace_until, renewal_opens_on
from familycare.domain.member_facts import CardKind, MemberFacts
from familycare.domain.pins import pin_states
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
    opens = renewal_opens_on(expires, rules)
    grace = grace_until(expires, today, rules)
    is_card = part_expiring is ExpiringPart.CARD
    part = str(part_expiring)  # the plain text (an enum's .value is slow to read)
    expires_text = expires.isoformat()
    tail = f"{part}:{expires_text}"
    # A certificate is renewed at the office (from the day renewal opens); a new card is
    # applied for online or by post, so only the certificate's items suggest office days.
    if is_card:
        params = at_office = {"part": part, "expires_on": expires, "opens_on": opens,
                              "grace_until": grace, "computed": computed}
    else:
        params = {"part": part, "expires_on": expires, "opens_on": opens,
                  "grace_until": grace, "computed": computed}
        at_office = {**params, OFFICE_FROM: opens}
    if today < opens:  # the notice gives way to the expiry item on the day renewal opens
        out.add(
            TodoKind.RENEWAL_OPENS, tail,
            TodoAction.PREPARE_CARD_RENEWAL if is_card else TodoAction.PREPARE_CERT_RENEWAL,
            opens, opens - out.lead["renewal_opens"], Severity.INFO, at_office,
            show_until=opens - _DAY,
        )
    if today <= expires:  # and the expiry item to the grace item the day after expiry
        out.add(
            TodoKind.CARD_EXPIRY if is_card else TodoKind.CERT_EXPIRY, expires_text,
            TodoAction.APPLY_FOR_NEW_CARD if is_card else TodoAction.RENEW_CERT_AT_OFFICE,
            expires, opens, Severity.ATTENTION, at_office, show_until=expires,
        )
    phase = card_phase(today, opens, expires, grace)
    # Past the expiry both are renewed at the office (the catalog's words say so).
    out.add(
        TodoKind.GRACE_ENDS, tail,
        TodoAction.RENEW_AND_REGISTER_AGAIN if phase is CardPhase.EXPIRED
        else TodoAction.RENEW_BEFORE_GRACE_ENDS,
        grace, expires + _DAY, Severity.URGENT, {**params, OFFICE_FROM: expires + _DAY},
    )


def _registration_and_pin_items(out: ItemCollector, facts: MemberFacts, rules: RuleSet) -> None:
    card = facts.card
    assert card is not None
    today = out.today
    if not card.insurance_registered:
        face = card.kind is CardKind.FACE_AUTH
        kind = str(card.kind)
        out.add(
            TodoKind.REGISTRATION_NOT_CONFIRMED, kind,
            TodoAction.REGISTER_AT_CARD_READER if face else TodoAction.CHECK_REGISTRATION,
            today, today, Severity.ATTENTION, {"card_kind": kind}, floating=True,
        )
    pins = facts.pins
    if not pins or max(pins.values()) < out.day.least_risky_failures:
        return  # nothing near a lock: skip the per-PIN work (the common case)
    for state in pin_states(facts.birth_date, card, facts.pins, today, rules):
        locked = state.locked
        if not locked and not state.last_attempt:
            continue
        pin = str(state.kind)
        pin_params = {"pin": pin, "failures": state.failures,
                      "limit": state.limit, "remaining": state.remaining}
        if locked:
            days = out.office_days(today)
            out.add(
                TodoKind.PIN_LOCKED, pin, TodoAction.RESET_PIN_AT_OFFICE,
                days[0], today, Severity.URGENT, {**pin_params, "office_days": tuple(days)},
            )
        else:
            out.add(
                TodoKind.PIN_LAST_ATTEMPT, pin, TodoAction.DO_NOT_TRY_PIN,
                today, today, Severity.ATTENTION, pin_params, floating=True,
            )


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

