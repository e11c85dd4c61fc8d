from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import cards, lost_card_cases, pin_counters


class CardRow(Base):
    """A My Number Card (current or past). At most one current card per member."""

    __table__ = cards
    __mapper_args__ = {"version_id_col": cards.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    member_id: Mapped[int]
    is_current: Mapped[bool]
    kind: Mapped[str]
    state: Mapped[str]
    issued_on: Mapped[date | None]
    applied_on: Mapped[date | None]
    printed_expires_on: Mapped[date | None]
    cert_issued_on: Mapped[date | None]
    cert_renewed_before_expiry: Mapped[bool]
    notified_cert_expires_on: Mapped[date | None]
    insurance_registered: Mapped[bool]
    registration_checked_on: Mapped[date | None]
    smartphone_set_up: Mapped[bool]
    ended_on: Mapped[date | None]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]


class PinCounterRow(Base):
    """Consecutive wrong entries of one PIN of one card (never the PIN itself)."""

    __table__ = pin_counters
    __mapper_args__ = {"version_id_col": pin_counters.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    card_id: Mapped[int]
    pin_kind: Mapped[str]
    failures: Mapped[int]
    last_event_on: Mapped[date | None]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]


class LostCardCaseRow(Base):
    """The steps after a card went missing, each dated when done."""

    __table__ = lost_card_cases
    __mapper_args__ = {"version_id_col": lost_card_cases.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    card_id: Mapped[int]
    lost_on: Mapped[date]
    lost_outside_home: Mapped[bool]
    suspended_on: Mapped[date | None]
    police_reported_on: Mapped[date | None]
    loss_reported_on: Mapped[date | None]
    reissue_applied_on: Mapped[date | None]
    express_reissue: Mapped[bool]
    qualification_certificate_requested_on: Mapped[date | None]
    found_on: Mapped[date | None]
    closed_on: Mapped[date | None]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
