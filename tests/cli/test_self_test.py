"""`familycare self-test` proves an installation works, and says why when it does not."""

from __future__ import annotations

import os

import pytest

needs_keyring_session = pytest.mark.skipif(
    os.environ.get("FAMILYCARE_TEST_SESSION") != "1"
    and os.environ.get("FAMILYCARE_TEST_REQUIRE_KEYRING") != "1",
    reason="needs the test D-Bus session with gnome-keyring (tests/env/session.sh)",
)


@needs_keyring_session
def test_self_test_passes_with_the_secret_service(run_cli) -> None:
    result = run_cli("self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in ("database", "keyring", "resources", "translations", "main window"):
        assert any(line.startswith(f"ok   {check}:") for line in lines), result.stdout
    assert "SecretService" in result.stdout
    assert lines[-1] == "self-test passed"
    assert result.stderr.strip() == ""


def test_self_test_fails_clearly_without_a_keyring(run_cli, tmp_path) -> None:
    # No session bus at all: keyring has no backend (its "fail" backend), never plaintext.
    env = {"DBUS_SESSION_BUS_ADDRESS": "", "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    result = run_cli("self-test", env=env)
    assert result.returncode == 1
    keyring_line = next(ln for ln in result.stdout.splitlines() if "keyring:" in ln)
    assert keyring_line.startswith("FAIL keyring:")
    assert "no keyring found" in keyring_line
    assert "self-test FAILED (1)" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
