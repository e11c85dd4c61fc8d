"""Guarded sessions on this device: start (refused while another is pending), tick the
checklists, record PIN entries during the session, end; and the unfinished session found at
start-up after a crash.

PIN entries go through ``CardService`` so the dashboard's PIN counters see them. Every start,
step, PIN event and end is written to the audit log (codes only, never a PIN).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError

from familycare.domain import proxy_session as ps
from familycare.domain.card_record import CardRecordKind
from familycare.domain.member import Member
from familycare.domain.member_facts import CardKind, PinKind
from familycare.domain.pins import PinReport
from familycare.domain.proxy_session import (
    PinFacts,
    Preflight,
    PreflightFacts,
    ProxySession,
    Refusal,
    SessionRefused,
    StepKey,
)
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock
from familycare.storage.database import Database
from familycare.storage.member_repository import MemberRepository
from familycare.storage.proxy_session_repository import ProxySessionRepository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from familycare.services.cards import CardService

ENTITY = "proxy_session"


class ProxySessionRefused(SessionRefused):
    """A refusal with the names the message needs (``name``: the member concerned)."""


@dataclass(frozen=True)
class PinOutcome:
    session: ProxySession
    report: PinReport  # the user-certificate PIN after the entry (what the dashboard shows)
    events: tuple[ps.SessionEvent, ...]


class ProxySessionService:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        audit: AuditTrail,
        cards: Callable[[], CardService],  # built on first use (a PIN entry in a session)
        device_id: str,
    ) -> None:
        self._db = db
        self._clock = clock
        self._audit = audit
        self._cards = cards
        self.device_id = device_id
        self._listeners: list[Callable[[ProxySession | None], None]] = []

    # ------------------------------------------------------------ reading
    def pending(self) -> ProxySession | None:
        """This device's session that is not done (after a crash: the one to close first)."""
        with self._db.reading() as connection:
            return ProxySessionRepository(connection).pending_for_device(self.device_id)

    def get(self, session_id: int) -> ProxySession:
        with self._db.reading() as connection:
            return ProxySessionRepository(connection).get(session_id)

    def member(self, member_id: int) -> Member:
        with self._db.reading() as connection:
            return MemberRepository(connection).get(member_id)

    def check(self, member_id: int) -> Preflight:
        """What blocks or endangers a session for the member right now (no change made)."""
        return ps.preflight(self._facts(member_id))

    def subscribe(self, listener: Callable[[ProxySession | None], None]) -> None:
        """Called with the session after every change (None when it is done)."""
        self._listeners.append(listener)

    # ------------------------------------------------------------ changes
    def start(self, member_id: int) -> ProxySession:
        """A new session in preflight for the member on this device."""
        check = self.check(member_id)
        with self._db.unit_of_work() as session:
            name = MemberRepository(session).get(member_id).display_name
            repo = ProxySessionRepository(session)
            pending = repo.pending_for_device(self.device_id)
            try:
                moved = ps.start(member_id, self.device_id, self._clock.now(), pending, check)
            except SessionRefused as exc:
                raise self._named(session, exc, member_id, name) from None
            try:
                created = repo.add(moved.session)
            except IntegrityError:
                # Another window of this device started one a moment ago (unique index).
                raise ProxySessionRefused(Refusal.OTHER_SESSION_PENDING, {"name": ""}) from None
            self._record(session, created, moved.events, f"member={member_id}")
        return self._notify(created)

    def tick(self, session_id: int, step: StepKey, acknowledge_risk: bool = False
             ) -> ProxySession:
        check = None
        if step is StepKey.PIN_ATTEMPTS_CHECKED:
            check = self.check(self.get(session_id).member_id)
        return self._change(
            session_id,
            lambda s: ps.tick(s, step, self._clock.now(), check, acknowledge_risk),
            step.value,
        )

    def untick(self, session_id: int, step: StepKey) -> ProxySession:
        return self._change(session_id, lambda s: ps.untick(s, step), step.value)

    def activate(self, session_id: int) -> ProxySession:
        check = self.check(self.get(session_id).member_id)
        return self._change(session_id, lambda s: ps.activate(s, check), "")

    def begin_closing(self, session_id: int) -> ProxySession:
        return self._change(session_id, ps.begin_closing, "")

    def end(self, session_id: int) -> ProxySession:
        return self._change(session_id, lambda s: ps.finish(s, self._clock.now()), "")

    def cancel(self, session_id: int) -> ProxySession:
        return self._change(session_id, lambda s: ps.cancel(s, self._clock.now()), "")

    def record_pin_failed(self, session_id: int) -> PinOutcome:
        """A wrong user-certificate PIN during the session: counted on the person's card."""
        return self._pin(session_id, accepted=False)

    def record_pin_accepted(self, session_id: int) -> PinOutcome:
        """The PIN was accepted: the count of consecutive failures goes back to 0."""
        return self._pin(session_id, accepted=True)

    # ------------------------------------------------------------ helpers
    def _facts(self, member_id: int) -> PreflightFacts:
        card = self._cards().current_card(member_id)
        if card is None or card.kind is CardRecordKind.APPLIED:
            return PreflightFacts(None, None, None)
        pin = next((r.state for r in self._cards().pin_states(member_id)
                    if r.state.kind is PinKind.USER_CERT), None)
        return PreflightFacts(
            CardKind(card.kind.value), card.state,
            PinFacts(pin.failures, pin.limit) if pin is not None else None,
        )

    def _pin(self, session_id: int, accepted: bool) -> PinOutcome:
        current = self.get(session_id)
        try:
            ps.pin_event(current, accepted, None)  # refuses outside an active session
        except SessionRefused as exc:
            raise ProxySessionRefused(
                exc.code, {**exc.params, "name": self.member(current.member_id).display_name}
            ) from None
        if accepted:
            report = self._cards().record_pin_success(current.member_id, PinKind.USER_CERT)
        else:
            report = self._cards().record_pin_failure(current.member_id, PinKind.USER_CERT)
        after = PinFacts(report.state.failures, report.state.limit)
        moved = ps.pin_event(current, accepted, after)
        with self._db.unit_of_work() as session:
            self._record(session, current, moved.events,
                         f"user_cert: {after.failures} of {after.limit} failures")
        return PinOutcome(current, report, moved.events)

    def _change(
        self, session_id: int, step: Callable[[ProxySession], ps.Transition], summary: str
    ) -> ProxySession:
        with self._db.unit_of_work() as session:
            repo = ProxySessionRepository(session)
            current = repo.get(session_id)
            try:
                moved = step(current)
            except SessionRefused as exc:
                name = MemberRepository(session).get(current.member_id).display_name
                raise ProxySessionRefused(exc.code, {**exc.params, "name": name}) from None
            saved = repo.save(moved.session) if moved.events else current
            self._record(session, saved, moved.events, summary)
        return self._notify(saved)

    def _named(self, session: Session, exc: SessionRefused, member_id: int, name: str
               ) -> ProxySessionRefused:
        params = {**exc.params, "name": name}
        other_id = exc.params.get("member_id")
        if exc.code is Refusal.OTHER_SESSION_PENDING and isinstance(other_id, int):
            # The message names the person whose session is still open, not the new one.
            params["name"] = MemberRepository(session).get(other_id).display_name
            params["new_name"] = name
        return ProxySessionRefused(exc.code, params)

    def _record(self, session: Session, proxy: ProxySession,
                events: tuple[ps.SessionEvent, ...], summary: str) -> None:
        for event in events:
            self._audit.record(session, entity=ENTITY, action=event.value, entity_id=proxy.id,
                               member_id=proxy.member_id, summary=summary)

    def _notify(self, proxy: ProxySession) -> ProxySession:
        shown = proxy if proxy.pending else None
        for listener in list(self._listeners):
            listener(shown)
        return proxy
