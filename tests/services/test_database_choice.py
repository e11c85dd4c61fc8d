"""Which database this PC opens: --db-url, then FAMILYCARE_DB_URL, then the shared database
chosen in the settings, then the household file; a URL with a password is never saved."""

from __future__ import annotations

import json

import pytest

from familycare.database_choice import save_database_url, saved_database_url
from familycare.paths import resolve_paths

SHARED = "postgresql+psycopg://mari@nas.local:5432/yamada?sslmode=require"


def test_the_saved_choice_is_used_after_the_command_line_and_environment(tmp_path) -> None:
    config = tmp_path / "config"
    env = {"FAMILYCARE_CONFIG_DIR": str(config)}
    assert resolve_paths(tmp_path / "data", environ=env).db_url.startswith("sqlite:///")
    save_database_url(config, SHARED)
    assert resolve_paths(tmp_path / "data", environ=env).db_url == SHARED
    given = "postgresql+psycopg://other@host/db"
    assert resolve_paths(tmp_path / "data", db_url=given, environ=env).db_url == given
    assert resolve_paths(tmp_path / "data", environ={**env, "FAMILYCARE_DB_URL": given}
                         ).db_url == given
    save_database_url(config, None)  # back to the household file on this PC
    assert resolve_paths(tmp_path / "data", environ=env).db_url.startswith("sqlite:///")


def test_a_password_is_never_saved(tmp_path) -> None:
    with pytest.raises(ValueError):
        save_database_url(tmp_path, "postgresql+psycopg://mari:secret@nas.local/yamada")
    assert not any(tmp_path.iterdir())


def test_a_damaged_choice_falls_back_to_the_household_file(tmp_path) -> None:
    (tmp_path / "database.json").write_text("{not json")
    assert saved_database_url(tmp_path) is None
    (tmp_path / "database.json").write_text(json.dumps(["a list"]))
    assert saved_database_url(tmp_path) is None
