"""Cards and their PIN counters in and out of the database (domain records, never rows)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from familycare.domain.card_record import CardDraft, CardRecord, CardRecordKind, PinCounter
from familycare.domain.member_facts import CardState, PinKind
from familycare.storage.errors import ConcurrentEdit, NotFound
from familycare.storage.rows import CardRow, PinCounterRow

_DRAFT_FIELDS = (
    "issued_on", "applied_on", "printed_expires_on", "cert_issued_on",
    "cert_renewed_before_expiry", "notified_cert_expires_on", "insurance_registered",
    "registration_checked_on", "smartphone_set_up",
)


def card_from_row(row: CardRow) -> CardRecord:
    return CardRecord(
        id=row.id, member_id=row.member_id, is_current=row.is_current,
        kind=CardRecordKind(row.kind), state=CardState(row.state), issued_on=row.issued_on,
        applied_on=row.applied_on, printed_expires_on=row.printed_expires_on,
        cert_issued_on=row.cert_issued_on,
        cert_renewed_before_expiry=row.cert_renewed_before_expiry,
        notified_cert_expires_on=row.notified_cert_expires_on,
        insurance_registered=row.insurance_registered,
        registration_checked_on=row.registration_checked_on,
        smartphone_set_up=row.smartphone_set_up, ended_on=row.ended_on, version=row.version,
    )


def pin_from_row(row: PinCounterRow) -> PinCounter:
    return PinCounter(row.id, row.card_id, PinKind(row.pin_kind), row.failures,
                      row.last_event_on, row.version)


class CardRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    # -- cards
    def _current_row(self, member_id: int) -> CardRow | None:
        return self._session.scalar(
            select(CardRow).where(CardRow.member_id == member_id, CardRow.is_current.is_(True))
        )

    def current(self, member_id: int) -> CardRecord | None:
        row = self._current_row(member_id)
        return card_from_row(row) if row is not None else None

    def get(self, card_id: int) -> CardRecord:
        row = self._session.get(CardRow, card_id)
        if row is None:
            raise NotFound(f"card {card_id}", entity="card", id=card_id)
        return card_from_row(row)

    def history(self, member_id: int) -> list[CardRecord]:
        rows = self._session.scalars(
            select(CardRow).where(CardRow.member_id == member_id).order_by(CardRow.id)
        )
        return [card_from_row(r) for r in rows]

    def all_current(self) -> dict[int, CardRecord]:
        """Every member's current card, keyed by member id (one query)."""
        rows = self._session.scalars(select(CardRow).where(CardRow.is_current.is_(True)))
        return {r.member_id: card_from_row(r) for r in rows}

    def add(self, member_id: int, draft: CardDraft) -> CardRecord:
        row = CardRow(member_id=member_id, is_current=True, kind=draft.kind.value,
                      state=draft.state.value)
        _copy(draft, row)
        self._session.add(row)
        self._session.flush()
        return card_from_row(row)

    def update(self, card_id: int, expected_version: int | None, draft: CardDraft) -> CardRecord:
        row = self._session.get(CardRow, card_id)
        if row is None:
            raise NotFound(f"card {card_id}", entity="card", id=card_id)
        _check_version(row.version, expected_version, "card", card_id)
        row.kind = draft.kind.value
        row.state = draft.state.value
        _copy(draft, row)
        self._session.flush()
        return card_from_row(row)

    def set_state(self, card_id: int, state: CardState) -> CardRecord:
        row = self._session.get(CardRow, card_id)
        if row is None:
            raise NotFound(f"card {card_id}", entity="card", id=card_id)
        row.state = state.value
        self._session.flush()
        return card_from_row(row)

    def end(self, card_id: int, ended_on: date) -> CardRecord:
        row = self._session.get(CardRow, card_id)
        if row is None:
            raise NotFound(f"card {card_id}", entity="card", id=card_id)
        row.is_current = False
        row.ended_on = ended_on
        self._session.flush()  # before a new current card: the unique index is per member
        return card_from_row(row)

    # -- PIN counters
    def counters(self, card_id: int) -> dict[PinKind, PinCounter]:
        rows = self._session.scalars(select(PinCounterRow).where(PinCounterRow.card_id == card_id))
        return {PinKind(r.pin_kind): pin_from_row(r) for r in rows}

    def counters_for_cards(self, card_ids: Iterable[int]) -> dict[int, dict[PinKind, int]]:
        """Failures per PIN for many cards (one query): card id → kind → failures."""
        ids = list(card_ids)
        result: dict[int, dict[PinKind, int]] = {}
        if not ids:
            return result
        rows = self._session.execute(
            select(PinCounterRow.card_id, PinCounterRow.pin_kind, PinCounterRow.failures)
            .where(PinCounterRow.card_id.in_(ids))
        )
        for card_id, kind, failures in rows:
            result.setdefault(card_id, {})[PinKind(kind)] = failures
        return result

    def all_counters(self) -> dict[int, dict[PinKind, int]]:
        """Failures of every counter of every card (one query): card id → kind → failures."""
        result: dict[int, dict[PinKind, int]] = {}
        rows = self._session.execute(
            select(PinCounterRow.card_id, PinCounterRow.pin_kind, PinCounterRow.failures)
        )
        for card_id, kind, failures in rows:
            result.setdefault(card_id, {})[PinKind(kind)] = failures
        return result

    def set_failures(self, card_id: int, kind: PinKind, failures: int, on: date) -> PinCounter:
        row = self._session.scalar(
            select(PinCounterRow).where(
                PinCounterRow.card_id == card_id, PinCounterRow.pin_kind == kind.value
            )
        )
        if row is None:
            row = PinCounterRow(card_id=card_id, pin_kind=kind.value)
            self._session.add(row)
        row.failures = failures
        row.last_event_on = on
        self._session.flush()
        return pin_from_row(row)

    def drop_counters_except(self, card_id: int, keep: Iterable[PinKind]) -> None:
        """Remove counters of PINs the card no longer has (e.g. it became face-auth)."""
        kept = [k.value for k in keep]
        self._session.execute(
            delete(PinCounterRow).where(
                PinCounterRow.card_id == card_id, PinCounterRow.pin_kind.not_in(kept)
            )
        )


def _copy(draft: CardDraft, row: CardRow) -> None:
    for name in _DRAFT_FIELDS:
        setattr(row, name, getattr(draft, name))


def _check_version(actual: int, expected: int | None, entity: str, entity_id: int) -> None:
    if expected is not None and actual != expected:
        raise ConcurrentEdit(
            f"{entity} {entity_id} is at version {actual}, edit was based on {expected}",
            entity=entity, id=entity_id,
        )
