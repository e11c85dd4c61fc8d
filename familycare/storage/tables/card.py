"""My Number Cards, their PIN counters and lost-card cases."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    UniqueConstraint,
    text,
)

from familycare.storage.tables.base import metadata, tracked

# A card, current or past. At most one current card per member.
cards = Table(
    "cards",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("is_current", Boolean, nullable=False, default=True),
    Column("kind", String(20), nullable=False),  # standard / face_auth / applied
    Column("state", String(20), nullable=False, default="in_hand"),
    Column("issued_on", Date, nullable=True),
    Column("applied_on", Date, nullable=True),
    Column("printed_expires_on", Date, nullable=True),
    Column("cert_issued_on", Date, nullable=True),
    Column("cert_renewed_before_expiry", Boolean, nullable=False, default=False),
    Column("notified_cert_expires_on", Date, nullable=True),
    Column("insurance_registered", Boolean, nullable=False, default=False),
    Column("registration_checked_on", Date, nullable=True),
    Column("smartphone_set_up", Boolean, nullable=False, default=False),
    Column("ended_on", Date, nullable=True),
    *tracked(),
    Index(
        "uq_cards_one_current_per_member",
        "member_id",
        unique=True,
        sqlite_where=text("is_current = 1"),
        # PostgreSQL's predicate: tables/postgresql_where.py (not named here, see there).
    ),
)

# Consecutive wrong entries of one PIN of one card (never the PIN itself).
pin_counters = Table(
    "pin_counters",
    metadata,
    Column("card_id", Integer, ForeignKey("cards.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("pin_kind", String(20), nullable=False),
    Column("failures", Integer, nullable=False, default=0),
    Column("last_event_on", Date, nullable=True),
    *tracked(),
    UniqueConstraint("card_id", "pin_kind", name="uq_pin_counters_card_kind"),
)

# The steps after a card went missing, each dated when done.
lost_card_cases = Table(
    "lost_card_cases",
    metadata,
    Column("card_id", Integer, ForeignKey("cards.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("lost_on", Date, nullable=False),
    Column("lost_outside_home", Boolean, nullable=False, default=True),
    Column("suspended_on", Date, nullable=True),
    Column("police_reported_on", Date, nullable=True),
    Column("loss_reported_on", Date, nullable=True),
    Column("reissue_applied_on", Date, nullable=True),
    Column("express_reissue", Boolean, nullable=False, default=False),
    Column("qualification_certificate_requested_on", Date, nullable=True),
    Column("found_on", Date, nullable=True),
    Column("closed_on", Date, nullable=True),
    *tracked(),
)
