"""Household tests here run on SQLite and, when the test session has one, PostgreSQL."""

from __future__ import annotations

import pytest

from tests.pg_household import (  # noqa: F401 (fixtures)
    app_paths,
    db_engine,
    drop_postgresql_variants,
    pg_databases,
    register_marker,
)


def pytest_configure(config: pytest.Config) -> None:
    register_marker(config)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    drop_postgresql_variants(config, items)
