"""Caregiver roles (家族の担当): who in the family does what for a member."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from familycare.storage.rows.base import Base, Tracked


class RoleRow(Tracked, Base):
    __tablename__ = "roles"
    __table_args__ = (
        # One holder per role kind and member; nobody holds a role for themselves.
        UniqueConstraint("member_id", "kind", name="uq_roles_member_kind"),
        CheckConstraint("member_id <> holder_member_id", name="not_self"),
    )

    member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    # The service removes a holder's roles (with audit events) before deleting them; the
    # cascade only guards against a row left pointing at nobody.
    holder_member_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("members.id", ondelete="CASCADE"), nullable=False, index=True
    )
