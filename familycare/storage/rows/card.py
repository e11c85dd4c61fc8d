from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class CardRow(Tracked, Base):
    """A My Number Card (current or past). At most one current card per member."""

    __tablename__ = "cards"
    __table_args__ = (
        Index(
            "uq_cards_one_current_per_member",
            "member_id",
            unique=True,
            sqlite_where=text("is_current = 1"),
            # PostgreSQL's predicate: rows/postgresql_where.py (not named here, see there).
        ),
    )

    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    is_current: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)  # standard/face_auth/applied
    state: Mapped[str] = mapped_column(String(20), nullable=False, default="in_hand")
    issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    printed_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cert_issued_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    cert_renewed_before_expiry: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    notified_cert_expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    insurance_registered: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    registration_checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    smartphone_set_up: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class PinCounterRow(Tracked, Base):
    """Consecutive wrong entries of one PIN of one card (never the PIN itself)."""

    __tablename__ = "pin_counters"
    __table_args__ = (UniqueConstraint("card_id", "pin_kind", name="uq_pin_counters_card_kind"),)

    card_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("cards.id", ondelete="CASCADE"), nullable=False, index=True
    )
    pin_kind: Mapped[str] = mapped_column(String(20), nullable=False)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_event_on: Mapped[date | None] = mapped_column(Date, nullable=True)


class LostCardCaseRow(Tracked, Base):
    """The steps after a card went missing, each dated when done."""

    __tablename__ = "lost_card_cases"

    card_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("cards.id", ondelete="CASCADE"), nullable=False, index=True
    )
    lost_on: Mapped[date] = mapped_column(Date, nullable=False)
    lost_outside_home: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    suspended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    police_reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    loss_reported_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    reissue_applied_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    express_reissue: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    qualification_certificate_requested_on: Mapped[date | None] = mapped_column(
        Date, nullable=True
    )
    found_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
