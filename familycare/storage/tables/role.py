from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, Table, UniqueConstraint

from familycare.storage.tables.base import metadata, tracked

roles = Table(
    "roles",
    metadata,
    Column("member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False,
           index=True),
    Column("kind", String(30), nullable=False),
    # The service removes a holder's roles (with audit events) before deleting them; the
    # cascade only guards against a row left pointing at nobody.
    Column("holder_member_id", Integer, ForeignKey("members.id", ondelete="CASCADE"),
           nullable=False, index=True),
    *tracked(),
    # One holder per role kind and member; nobody holds a role for themselves.
    UniqueConstraint("member_id", "kind", name="uq_roles_member_kind"),
    CheckConstraint("member_id <> holder_member_id", name="not_self"),
)
