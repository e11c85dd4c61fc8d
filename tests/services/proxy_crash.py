"""Run ``proxy_crash_child`` and kill it with SIGKILL once its session is active."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kill_mid_session(data_dir: Path, timeout: float = 60.0) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FAMILYCARE_CONFIG_DIR", None)
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.services.proxy_crash_child", str(data_dir)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.strip() == "active", child.stderr.read() if child.stderr else line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout)
    assert child.returncode == -signal.SIGKILL
