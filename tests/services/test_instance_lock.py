"""One window per household file: a second is refused, a crashed owner's lock is recovered."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from familycare.services.instance_lock import (
    ActivationServer,
    InstanceLock,
    ask_running_window_to_activate,
    lock_for,
    lock_path,
)

HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from familycare.services.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    print("held" if lock.acquire() else "refused", flush=True)
    time.sleep(120)
    """
)

ACTIVATOR = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from familycare.services.instance_lock import ask_running_window_to_activate
    app = QCoreApplication([])
    print("heard" if ask_running_window_to_activate(Path(sys.argv[1])) else "nobody", flush=True)
    """
)


@pytest.fixture
def holder(app_paths):
    """Another process holding the household's lock, as a first window would."""
    path = lock_path(app_paths)
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert process.stdout.readline().strip() == "held"
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(timeout=10)


def test_lock_file_sits_next_to_the_database(app_paths) -> None:
    assert lock_path(app_paths) == app_paths.data_dir / "familycare.sqlite3.lock"


def test_no_lock_for_a_database_server(tmp_path) -> None:
    from familycare.paths import resolve_paths

    paths = resolve_paths(data_dir=tmp_path, db_url="postgresql://h/db", environ={})
    assert lock_for(paths) is None


def test_second_instance_is_refused_while_the_first_runs(app_paths, holder) -> None:
    second = lock_for(app_paths)
    assert not second.acquire()
    owner = second.owner()
    assert owner is not None and owner.pid == holder.pid
    assert not second.held


def test_second_lock_in_the_same_process_is_refused(app_paths) -> None:
    first = lock_for(app_paths)
    assert first.acquire()
    try:
        assert not lock_for(app_paths).acquire()
    finally:
        first.release()
    again = lock_for(app_paths)
    assert again.acquire()
    again.release()


def test_lock_of_a_killed_process_is_recovered(app_paths, holder) -> None:
    path = lock_path(app_paths)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert path.exists()  # the crash left its lock file behind
    recovered = InstanceLock(path)
    assert recovered.acquire()
    assert recovered.owner() is None or recovered.owner().pid == os.getpid()
    recovered.release()
    assert not path.exists()


def test_second_instance_brings_the_first_window_forward(qtbot, app_paths) -> None:
    server = ActivationServer(app_paths.data_dir)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.activation_requested, timeout=10_000):
            process = subprocess.Popen(
                [sys.executable, "-c", ACTIVATOR, str(app_paths.data_dir)],
                stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[2],
            )
        assert process.stdout.readline().strip() == "heard"
        process.wait(timeout=10)
    finally:
        server.close()


def test_asking_with_no_first_window_says_so(qapp, tmp_path) -> None:
    assert not ask_running_window_to_activate(tmp_path / "nobody-here", timeout_ms=200)


def run_cli(app_paths, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("FAMILYCARE_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "familycare", "--data-dir", str(app_paths.data_dir),
         "--language", "en", *args],
        capture_output=True, text=True, env=env, cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )


def test_command_line_ignores_the_window_lock(app_paths, holder) -> None:
    result = run_cli(app_paths, "member", "add", "--name", "Aoi", "--birth", "1990-01-01",
                     "--relation", "self")
    assert result.returncode == 0, result.stderr


def test_command_line_says_clearly_when_the_database_stays_busy(app_paths, clock) -> None:
    import sqlite3
    import time

    from familycare.household import open_household

    open_household(app_paths, clock).close()
    writer = sqlite3.connect(app_paths.sqlite_file)
    writer.execute("BEGIN IMMEDIATE")  # another program holds the write lock throughout
    try:
        started = time.monotonic()
        result = run_cli(app_paths, "member", "add", "--name", "Aoi", "--birth", "1990-01-01",
                         "--relation", "self")
        waited = time.monotonic() - started
    finally:
        writer.rollback()
        writer.close()
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "busy" in lines[0] and "Traceback" not in result.stderr
    assert waited >= 4  # it waited for the busy timeout before giving up
