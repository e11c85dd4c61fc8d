"""A member's My Number Card: the current card and its history, its dates, and its PIN counters.

One unit of work per action, each change audited (summaries name fields and counts, never a
PIN). PIN counters only exist for the PINs the card really has (RULES.md section 2).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from familycare.domain.card_record import CardDraft, CardRecord, normalise_card, validate_card
from familycare.domain.card_validity import (
    ExpiryDate,
    card_expiry,
    cert_expiry,
    grace_until,
    renewal_opens_on,
)
from familycare.domain.member_facts import CardState, PinKind
from familycare.domain.pins import PinReport, has_signing_cert, pin_kinds, pin_report
from familycare.domain.rules import RuleSet
from familycare.domain.validation import ValidationFailed, ValidationIssue
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.storage.card_repository import CardRepository
from familycare.storage.database import Database
from familycare.storage.errors import ConcurrentEdit
from familycare.storage.lost_card_repository import LostCardRepository
from familycare.storage.member_repository import MemberRepository
from familycare.storage.rows import AuditEventRow

RulesProvider = Callable[[], RuleSet]

# The audit event that remembers a signing certificate revoked by an address/name change.
REVOKED_ENTITY = "card"
REVOKED_ACTION = "signing_cert_revoked"


@dataclass(frozen=True)
class CardDates:
    """Every date the card screen shows, with computed and printed values side by side."""

    card_expiry: ExpiryDate  # the one in use (printed wins)
    card_computed: ExpiryDate
    card_printed: date | None
    cert_expiry: ExpiryDate  # the one in use (notified wins)
    cert_computed: ExpiryDate
    cert_notified: date | None
    effective_expiry: date  # the earlier of card and certificate: when the card stops working
    card_renewal_opens_on: date
    cert_renewal_opens_on: date
    grace_until: date  # last day it still works as an insurance card

    @property
    def card_mismatch(self) -> bool:
        """A printed expiry that differs from the computed one: ask the user to check it."""
        return self.card_printed is not None and self.card_printed != self.card_computed.value

    @property
    def cert_mismatch(self) -> bool:
        return self.cert_notified is not None and self.cert_notified != self.cert_computed.value


def card_dates_for(birth: date, card: CardRecord, on: date, rules: RuleSet) -> CardDates | None:
    facts = card.facts()
    if facts is None:
        return None
    card_in_use = card_expiry(birth, facts, rules)
    card_computed = card_expiry(birth, replace(facts, expires_on=None), rules)
    cert_in_use = cert_expiry(birth, facts, card_in_use.value, rules)
    cert_computed = cert_expiry(birth, replace(facts, cert_expires_on=None), card_in_use.value,
                                rules)
    effective = min(card_in_use.value, cert_in_use.value)
    return CardDates(
        card_expiry=card_in_use, card_computed=card_computed,
        card_printed=card.printed_expires_on, cert_expiry=cert_in_use,
        cert_computed=cert_computed, cert_notified=card.notified_cert_expires_on,
        effective_expiry=effective,
        card_renewal_opens_on=renewal_opens_on(card_in_use.value, rules),
        cert_renewal_opens_on=renewal_opens_on(cert_in_use.value, rules),
        grace_until=grace_until(effective, on, rules),
    )


class CardService:
    def __init__(self, db: Database, clock: Clock, audit: AuditTrail, rules: RulesProvider) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._rules = rules

    # ------------------------------------------------------------ reading
    def current_card(self, member_id: int) -> CardRecord | None:
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            return CardRepository(session).current(member_id)

    def card_history(self, member_id: int) -> list[CardRecord]:
        """Every card the member had, oldest first (the current one last)."""
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            return CardRepository(session).history(member_id)

    def card_dates(self, member_id: int, today: date | None = None) -> CardDates | None:
        """Expiry in use, computed and printed values, renewal opening and grace end;
        None without an issued card."""
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            card = CardRepository(session).current(member_id)
        if card is None:
            return None
        return card_dates_for(member.birth_date, card, today or self._clock.today(), self._rules())

    # ------------------------------------------------------------ the card
    def save_card(
        self, member_id: int, draft: CardDraft, expected_version: int | None = None,
        seen_card_id: int | None | Literal["any"] = "any",
    ) -> CardRecord:
        """Set the current card: a new record if there is none, else correct the current one.

        ``seen_card_id`` is the current card the edit was based on (None: there was none);
        when another device meanwhile added, replaced or ended the card, the save is refused
        with ``ConcurrentEdit`` like a version mismatch ("any": not checked).
        """
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            draft = self._check(draft, member.birth_date)
            repo = CardRepository(session)
            before = repo.current(member_id)
            current_id = before.id if before is not None else None
            if seen_card_id != "any" and seen_card_id != current_id:
                raise ConcurrentEdit(
                    f"member {member_id}'s current card is {current_id}, edit was based on "
                    f"{seen_card_id}", entity="card", id=current_id)
            if before is None:
                card = repo.add(member_id, draft)
                action, summary = "add", f"kind={card.kind.value} state={card.state.value}"
            else:
                card = repo.update(before.id, expected_version, draft)
                action, summary = "edit", ", ".join(_changed(before, card)) or "no change"
            self._drop_missing_pins(repo, card, member.birth_date)
            self._audit.record(session, entity="card", action=action, entity_id=card.id,
                               member_id=member_id, summary=summary)
            return card

    def reissue_card(
        self, member_id: int, draft: CardDraft, ended_on: date | None = None
    ) -> CardRecord:
        """A new card replaces the current one, which is kept as history (ended on
        ``ended_on``, default the new card's issue date or today). An open lost-card case of
        the old card is closed: the new card ends it."""
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            draft = self._check(draft, member.birth_date)
            repo = CardRepository(session)
            old = repo.current(member_id)
            end_day = ended_on or draft.issued_on or self._clock.today()
            if old is not None:
                repo.end(old.id, end_day)
                lost = LostCardRepository(session)
                case = lost.open_for_card(old.id)
                if case is not None:
                    lost.close(case.id, end_day, None, None)
            card = repo.add(member_id, draft)
            self._audit.record(
                session, entity="card", action="reissue", entity_id=card.id, member_id=member_id,
                summary=f"kind={card.kind.value}; previous card {old.id if old else '-'} ended",
            )
            return card

    def record_no_card(self, member_id: int, on: date | None = None) -> CardRecord | None:
        """The member has no card any more (returned, given up): end the current one."""
        with self._db.unit_of_work() as session:
            MemberRepository(session).get(member_id)
            repo = CardRepository(session)
            card = repo.current(member_id)
            if card is None:
                return None
            ended = repo.end(card.id, on or self._clock.today())
            self._audit.record(session, entity="card", action="end", entity_id=card.id,
                               member_id=member_id, summary="no current card")
            return ended

    remove_card = record_no_card

    def set_state(self, member_id: int, state: CardState) -> CardRecord:
        with self._db.unit_of_work() as session:
            card = self._require_card(session, member_id)
            updated = CardRepository(session).set_state(card.id, state)
            self._audit.record(session, entity="card", action="state", entity_id=card.id,
                               member_id=member_id, summary=f"state={state.value}")
            return updated

    # ------------------------------------------------------------ PINs
    def pin_states(self, member_id: int, day: date | None = None) -> tuple[PinReport, ...]:
        """Every PIN the card has: failures, remaining, locked, and where it can be reset."""
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            repo = CardRepository(session)
            card = repo.current(member_id)
            if card is None:
                return ()
            failures = {k: c.failures for k, c in repo.counters(card.id).items()}
        return self._reports(member.birth_date, card, failures, day or self._clock.today())

    def record_pin_failure(
        self, member_id: int, pin_kind: PinKind, on: date | None = None
    ) -> PinReport:
        """One more wrong entry. Refused (``pin_already_locked``) once the PIN is locked."""
        return self._change_pin(member_id, pin_kind, on, "failure")

    def record_pin_success(
        self, member_id: int, pin_kind: PinKind, on: date | None = None
    ) -> PinReport:
        """A correct entry resets the count of consecutive failures to 0."""
        return self._change_pin(member_id, pin_kind, on, "success")

    def record_pin_reset(
        self, member_id: int, pin_kind: PinKind, on: date | None = None
    ) -> PinReport:
        """The PIN was reset (municipal office or convenience store): count back to 0."""
        return self._change_pin(member_id, pin_kind, on, "reset")

    def _change_pin(
        self, member_id: int, pin_kind: PinKind, on: date | None, event: str
    ) -> PinReport:
        day = on or self._clock.today()
        rules = self._rules()
        with self._db.unit_of_work() as session:
            member = MemberRepository(session).get(member_id)
            card = self._require_card(session, member_id)
            repo = CardRepository(session)
            failures = {k: c.failures for k, c in repo.counters(card.id).items()}
            reports = {r.state.kind: r for r in
                       self._reports(member.birth_date, card, failures, day, rules)}
            report = reports.get(pin_kind)
            if report is None:
                raise ValidationFailed([ValidationIssue("pin_kind", "pin_kind_not_on_card",
                                                        {"pin_kind": pin_kind.value})])
            if day > self._clock.today():
                raise ValidationFailed([ValidationIssue("on", "date_in_future")])
            state = report.state
            if event == "failure":
                if state.locked:
                    raise ValidationFailed([ValidationIssue(
                        "pin_kind", "pin_already_locked", {"limit": state.limit})])
                new = state.failures + 1
            elif event == "success":
                if state.locked:
                    raise ValidationFailed([ValidationIssue("pin_kind", "pin_locked_needs_reset")])
                new = 0
            else:
                new = 0
            repo.set_failures(card.id, pin_kind, new, day)
            failures[pin_kind] = new
            self._audit.record(
                session, entity="pin_counter", action=event, entity_id=card.id,
                member_id=member_id, summary=f"{pin_kind.value}: {new} of {state.limit} failures",
            )
        updated = self._reports(member.birth_date, card, failures, day, rules)
        return next(r for r in updated if r.state.kind is pin_kind)

    def _reports(
        self, birth: date, card: CardRecord, failures: dict[PinKind, int], day: date,
        rules: RuleSet | None = None,
    ) -> tuple[PinReport, ...]:
        rules = rules or self._rules()
        dates = card_dates_for(birth, card, day, rules)
        cert_until = dates.cert_expiry.value if dates is not None else None
        return pin_report(birth, card.facts(), failures, day, cert_until, rules)

    # ------------------------------------------------------------ signing certificate
    def signing_cert_revoked_on(self, member_id: int) -> date | None:
        """The day a move or a name change revoked the signing certificate, while no
        certificate was issued since (renewing it at the office clears this)."""
        return self.revoked_signing_certs().get(member_id)

    def revoked_signing_certs(self) -> dict[int, date]:
        """Member id → revocation day, for every member still needing a new signing
        certificate (one query per table)."""
        with self._db.unit_of_work() as session:
            rows = session.execute(
                select(AuditEventRow.member_id, AuditEventRow.summary).where(
                    AuditEventRow.entity == REVOKED_ENTITY,
                    AuditEventRow.action == REVOKED_ACTION,
                )
            )
            latest: dict[int, date] = {}
            for member_id, summary in rows:
                day = parse_revoked_summary(summary)
                if member_id is not None and day is not None:
                    latest[member_id] = max(day, latest.get(member_id, day))
            cards = CardRepository(session).all_current()
        result = {}
        for member_id, day in latest.items():
            card = cards.get(member_id)
            if card is None or card.facts() is None:
                continue
            issued = card.cert_issued_on or card.issued_on
            if issued is None or issued <= day:
                result[member_id] = day
        return result

    def record_signing_cert_revoked(
        self, session: Session, member_id: int, on: date, reason: str
    ) -> bool:
        """Inside the caller's unit of work: note the revocation if the current card holds a
        signing certificate. Returns whether it did."""
        card = CardRepository(session).current(member_id)
        facts = card.facts() if card is not None else None
        if card is None or facts is None:
            return False
        birth = MemberRepository(session).get(member_id).birth_date
        if not has_signing_cert(birth, facts, self._rules()):
            return False
        self._audit.record(session, entity=REVOKED_ENTITY, action=REVOKED_ACTION,
                           entity_id=card.id, member_id=member_id,
                           summary=revoked_summary(on, reason))
        return True

    # ------------------------------------------------------------ helpers
    def _check(self, draft: CardDraft, birth: date) -> CardDraft:
        draft = normalise_card(draft)
        issues = validate_card(draft, birth, self._clock.today())
        if issues:
            raise ValidationFailed(issues)
        return draft

    def _require_card(self, session: Session, member_id: int) -> CardRecord:
        MemberRepository(session).get(member_id)
        card = CardRepository(session).current(member_id)
        if card is None:
            raise ValidationFailed([ValidationIssue("card", "no_current_card")])
        return card

    def _drop_missing_pins(self, repo: CardRepository, card: CardRecord, birth: date) -> None:
        repo.drop_counters_except(card.id, pin_kinds(birth, card.facts(), self._rules()))


def revoked_summary(on: date, reason: str) -> str:
    return f"revoked_on={on.isoformat()} reason={reason}"


def parse_revoked_summary(summary: str) -> date | None:
    for part in summary.split():
        if part.startswith("revoked_on="):
            try:
                return date.fromisoformat(part.removeprefix("revoked_on="))
            except ValueError:
                return None
    return None


def _changed(before: CardRecord, after: CardRecord) -> list[str]:
    names = ("kind", "state", "issued_on", "applied_on", "printed_expires_on", "cert_issued_on",
             "cert_renewed_before_expiry", "notified_cert_expires_on", "insurance_registered",
             "registration_checked_on", "smartphone_set_up")
    return [n for n in names if getattr(before, n) != getattr(after, n)]
