"""Start-up on a shared household that cannot be opened offers the settings the message
points to, or this PC's household file for this start, instead of ending."""

from __future__ import annotations

from pathlib import Path

from familycare.database_choice import save_database_url, saved_database_url
from familycare.household import open_household
from familycare.paths import resolve_paths
from familycare.storage.errors import ConnectionFailed, StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.shared_database_recovery import (
    LOCAL_FILE,
    QUIT,
    SETTINGS,
    recover_shared_database,
)

SHARED = "postgresql+psycopg://mari@nas.invalid:5432/yamada?sslmode=require"


def shared_paths(tmp_path: Path):
    config = tmp_path / "config"
    save_database_url(config, SHARED)
    return resolve_paths(tmp_path / "data", environ={"FAMILYCARE_CONFIG_DIR": str(config)})


def start_failure(paths) -> StorageError:  # noqa: ANN001
    """What start-up meets when the shared household's server cannot be found."""
    try:
        open_household(paths)
    except StorageError as exc:
        return exc
    raise AssertionError("the shared household opened")


class Script:
    def __init__(self, *choices: str) -> None:
        self.choices = list(choices)
        self.shown: list[str] = []

    def __call__(self, error: StorageError) -> str:
        self.shown.append(storage_error_text(error))
        return self.choices.pop(0)


def test_settings_cancelled_then_the_household_file_for_this_start(qapp, tmp_path) -> None:
    paths = shared_paths(tmp_path)
    error = start_failure(paths)
    assert isinstance(error, ConnectionFailed)
    script = Script(SETTINGS, LOCAL_FILE)
    settings_runs: list[object] = []
    opened = recover_shared_database(paths, error, script,
                                     lambda p: settings_runs.append(p) or None)
    try:
        assert settings_runs == [paths]
        assert opened is not None and opened.paths.sqlite_file == tmp_path / "data" / \
            "familycare.sqlite3"
        assert len(script.shown) == 2 and script.shown[0] == storage_error_text(error)
        assert saved_database_url(paths.config_dir) == SHARED  # for when the server is back
    finally:
        opened.close()


def test_a_household_opened_in_the_settings_is_used(qapp, tmp_path) -> None:
    paths = shared_paths(tmp_path)
    fixed = open_household(resolve_paths(tmp_path / "fixed", environ={}))
    try:
        assert recover_shared_database(paths, ConnectionFailed("password_missing"),
                                       Script(SETTINGS), lambda _p: fixed) is fixed
    finally:
        fixed.close()


def test_quit_opens_nothing(qapp, tmp_path) -> None:
    paths = shared_paths(tmp_path)
    assert recover_shared_database(paths, ConnectionFailed("unreachable"), Script(QUIT),
                                   lambda _p: None) is None
    assert not (tmp_path / "data" / "familycare.sqlite3").exists()
