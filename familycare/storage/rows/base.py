"""The declarative base of the ORM rows, over the Core tables of ``storage/tables``.

Each row class maps a table defined there (``__table__``) and names its ``version`` column
as SQLAlchemy's optimistic-locking counter: an UPDATE that finds another device's newer
version raises StaleDataError instead of overwriting it silently. Importing this package
imports the ORM: the first screen reads through the tables alone (storage/fact_rows.py).
"""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

from familycare.storage.tables import metadata


class Base(DeclarativeBase):
    metadata = metadata
