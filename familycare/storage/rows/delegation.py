"""Who may act for whom (マイナポータル 代理人, 法定代理人, 成年後見人, 委任状), as recorded."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Mapped

from familycare.storage.rows.base import Base
from familycare.storage.tables import delegations


class DelegationRow(Base):
    __table__ = delegations
    __mapper_args__ = {"version_id_col": delegations.c.version}  # noqa: RUF012 - SQLAlchemy declarative

    principal_member_id: Mapped[int]
    agent_member_id: Mapped[int]
    kind: Mapped[str]
    scopes: Mapped[str]
    since: Mapped[date]
    until: Mapped[date | None]
    review_due: Mapped[date | None]
    reviewed_on: Mapped[date | None]
    memo: Mapped[str]
    id: Mapped[int]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    version: Mapped[int]
