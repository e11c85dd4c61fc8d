"""Start-up spares PySide6's source scan of every imported module (ui/pyside_feature.py),
and still starts when PySide6's private module is not what it expects.

Each case runs in a fresh interpreter: the swap lasts for the whole process, and a test
process must not change PySide6 for the other tests.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(tmp_path)])
    env.pop("FAMILYCARE_DB_URL", None)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
    )


def write_probes(folder: Path) -> None:
    # Modules that name PySide6 only in their text: PySide6's scan says "uses PySide6" (0).
    for name in ("probe_before", "probe_after"):
        (folder / f"{name}.py").write_text("# Uses PySide6? Only its source can tell.\n")


def test_after_the_swap_no_module_is_read_for_pyside(tmp_path: Path) -> None:
    write_probes(tmp_path)
    result = run_python(
        """
        import sys
        import PySide6.QtCore
        feature = sys.modules["shibokensupport.feature"]
        import probe_before  # PySide6's own scan reads it
        from familycare.ui.pyside_feature import skip_source_scan
        print("applied", skip_source_scan())
        import probe_after  # answered from its name: not familycare's
        from familycare.ui.lazy_tabs import LazyTabs  # familycare's own: uses PySide6
        for name in ("probe_before", "probe_after", "familycare.ui.lazy_tabs"):
            print(name, feature.pyside_feature_dict[name])
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split("\n")[:4] == [
        "applied True",
        "probe_before 0",  # the control: the scan found the word in its text
        "probe_after -1",  # not read: the same text, another answer
        "familycare.ui.lazy_tabs 0",
    ]


def test_the_app_starts_with_the_swap_in_place(tmp_path: Path) -> None:
    result = run_python(
        """
        import sys
        from familycare.app import start_gui_if_no_command
        from familycare.ui.pyside_feature import uses_pyside
        code = start_gui_if_no_command(["--demo", "--exit-when-ready"])
        feature = sys.modules["shibokensupport.feature"]
        print(code, feature._mod_uses_pyside is uses_pyside,
              feature.pyside_feature_dict["familycare.ui.main_window"])
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["0", "True", "0"]


def test_start_up_works_when_pyside_changed_its_private_module(tmp_path: Path) -> None:
    # A fake: a future PySide6 whose scan takes other arguments cannot be installed here,
    # so the installed one's function is replaced by one of another shape before start-up.
    write_probes(tmp_path)
    result = run_python(
        """
        import sys
        import PySide6.QtCore
        feature = sys.modules["shibokensupport.feature"]
        original = feature._mod_uses_pyside
        def changed(module, cache=None):
            return original(module)
        feature._mod_uses_pyside = changed
        from familycare.app import start_gui_if_no_command
        code = start_gui_if_no_command(["--demo", "--exit-when-ready"])
        import probe_after
        print(code, feature._mod_uses_pyside is changed,
              feature.pyside_feature_dict["probe_after"])
        """,
        tmp_path,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    # Left alone: PySide6's (changed) scan still answers, and the window was ready.
    assert result.stdout.split() == ["0", "True", "0"]
