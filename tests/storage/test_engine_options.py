"""Engine options a user relies on without seeing them."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from familycare.storage.engine import PG_CONNECT_TIMEOUT_S, make_engine


class Stop(Exception):
    pass


def connect_params(url: str) -> dict:
    """What the engine would hand to the driver, captured before any network traffic."""
    engine = make_engine(url)
    seen: dict = {}

    @event.listens_for(engine, "do_connect")
    def capture(_dialect, _record, _cargs, cparams):  # noqa: ANN001
        seen.update(cparams)
        raise Stop

    try:
        with pytest.raises(Stop):
            engine.connect()
    finally:
        engine.dispose()
    return seen


def test_postgresql_connections_time_out_instead_of_hanging() -> None:
    params = connect_params("postgresql+psycopg://u:p@127.0.0.1:1/household")
    assert params["connect_timeout"] == PG_CONNECT_TIMEOUT_S


def test_a_timeout_in_the_url_is_kept() -> None:
    params = connect_params("postgresql+psycopg://u:p@127.0.0.1:1/household?connect_timeout=3")
    assert str(params["connect_timeout"]) == "3"
