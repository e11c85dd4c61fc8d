"""A locked keyring gives ``locked`` quickly, never a hang.

Each case runs in a second private D-Bus session of its own (throw-away HOME under
tmp_path, DISPLAY unset) with a gnome-keyring that is never unlocked, so the unlock prompt
cannot be shown and is dismissed at once. Safe anywhere: nothing of a person's is reached.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures_keyring import skip_or_fail

ENV_DIR = Path(__file__).resolve().parents[1] / "env"
CHILD = Path(__file__).resolve().with_name("locked_child.py")
TIME_LIMIT_S = 60
LOCKED_EVERYWHERE = {
    call: "locked" for call in ("get", "set", "delete", "list_keys", "check_backend")
}


def private_env(home: Path, keyring_mode: str) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if name
        not in {
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "DBUS_SESSION_BUS_ADDRESS",
            "GNOME_KEYRING_CONTROL",
            "SSH_AUTH_SOCK",
            "PYTHON_KEYRING_BACKEND",
            "FAMILYCARE_TEST_BUS",
        }
    }
    runtime = home / "run"
    runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        FAMILYCARE_KEYRING_MODE=keyring_mode,
    )
    return env


def run_in_private_bus(home: Path, keyring_mode: str, child_arg: str) -> str:
    """Runs locked_child.py in a new D-Bus session; its standard output."""
    command = [
        "dbus-run-session",
        "--",
        "bash",
        str(ENV_DIR / "in_bus.sh"),
        sys.executable,
        str(CHILD),
        child_arg,
    ]
    # A session of its own, so a hang can be ended with the bus and keyring daemon it started.
    process = subprocess.Popen(
        command,
        env=private_env(home, keyring_mode),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(timeout=TIME_LIMIT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"keyring call hung for {TIME_LIMIT_S} s instead of reporting 'locked'")
    assert process.returncode == 0, err
    return out.strip().splitlines()[-1]


@pytest.fixture
def keyring_tools() -> None:
    missing = [
        tool
        for tool in ("dbus-run-session", "dbus-send", "gnome-keyring-daemon")
        if shutil.which(tool) is None
    ]
    if missing:
        skip_or_fail(f"needs {', '.join(missing)} (make test-deps)")


def test_a_keyring_never_unlocked_reports_locked(keyring_tools: None, tmp_path: Path) -> None:
    # No login keyring yet: creating one needs a password prompt, which is dismissed.
    outcome = json.loads(run_in_private_bus(tmp_path / "home", "locked", "probe"))
    assert outcome["backend"] == "SecretService Keyring"
    assert outcome["collection"] == "none"
    assert {call: outcome[call] for call in LOCKED_EVERYWHERE} == LOCKED_EVERYWHERE


def test_an_existing_locked_keyring_reports_locked(keyring_tools: None, tmp_path: Path) -> None:
    # The everyday case: a login keyring on disk, holding an entry, not unlocked this session.
    home = tmp_path / "home"
    assert run_in_private_bus(home, "unlocked", "create") == "created"
    outcome = json.loads(run_in_private_bus(home, "locked", "probe"))
    assert outcome["collection"] == "locked"
    assert {call: outcome[call] for call in LOCKED_EVERYWHERE} == LOCKED_EVERYWHERE
