"""The packaged one-folder build (dist/familycare/) works like the source app.

Runs only with ``FAMILYCARE_TEST_FROZEN=1`` (``make test`` builds first and sets it); then a
missing build is a failure, not a skip. The tests run inside tests/env/session.sh, so the
frozen app talks to the same throw-away Secret Service as the source one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pg_household import pg_databases  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "dist" / "familycare"
EXECUTABLE = FOLDER / ("familycare.exe" if sys.platform == "win32" else "familycare")
SIZE_BUDGET_MB = 150

pytestmark = pytest.mark.skipif(
    os.environ.get("FAMILYCARE_TEST_FROZEN") != "1",
    reason="frozen build not requested: make build, then FAMILYCARE_TEST_FROZEN=1",
)


@pytest.fixture(scope="module")
def frozen() -> Path:
    assert EXECUTABLE.is_file(), f"{EXECUTABLE} missing: run 'make build' first"
    return EXECUTABLE


def run(
    command: list[str], tmp_path: Path, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["FAMILYCARE_DATA_DIR"] = str(tmp_path / "household")
    env.pop("PYTHONPATH", None)  # the frozen app must not lean on the source tree
    return subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=timeout, cwd=tmp_path
    )


def test_self_test_passes_every_check_with_the_secret_service(frozen: Path, tmp_path: Path) -> None:
    result = run([str(frozen), "self-test"], tmp_path)
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert result.returncode == 0, result.stdout + result.stderr
    checks = [line for line in lines if line[:4] in ("ok  ", "FAIL")]
    assert {"database", "keyring", "resources", "translations", "main window"} <= {
        line[4:].strip().split(":", 1)[0] for line in checks
    }
    assert all(line.startswith("ok") for line in checks), result.stdout
    keyring_line = next(line for line in checks if line[4:].strip().startswith("keyring:"))
    assert "SecretService" in keyring_line
    assert lines[-1] == "self-test passed"


def test_frozen_app_upgrades_an_old_household_with_its_shipped_migrations(
    frozen: Path, tmp_path: Path
) -> None:
    from familycare.storage.schema_version import HEAD

    household = tmp_path / "household"
    household.mkdir()
    shutil.copy(
        ROOT / "tests" / "storage" / "data" / "schema_0001.sqlite3",
        household / "familycare.sqlite3",
    )
    result = run([str(frozen), "member", "list"], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    with sqlite3.connect(household / "familycare.sqlite3") as connection:
        stored = connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert stored == HEAD
    assert list((household / "backups").glob("before-migration-*.sqlite3"))


def _rows_that_differ(first: Path, second: Path) -> tuple[float, str]:
    from PySide6.QtGui import QImage

    one = QImage(str(first)).convertToFormat(QImage.Format.Format_RGB32)
    two = QImage(str(second)).convertToFormat(QImage.Format.Format_RGB32)
    if one.isNull() or two.isNull() or one.size() != two.size():
        return 1.0, f"sizes {one.size()} vs {two.size()}"
    stride = one.bytesPerLine()
    a, b = bytes(one.constBits()), bytes(two.constBits())
    differing = sum(
        1
        for row in range(one.height())
        if a[row * stride : (row + 1) * stride] != b[row * stride : (row + 1) * stride]
    )
    return differing / one.height(), f"{differing} of {one.height()} rows differ"


def test_frozen_window_renders_the_demo_family_like_the_source_app(
    frozen: Path, tmp_path: Path
) -> None:
    """Japanese names, menus and badges drawn by the frozen app are the same pixels as the
    source app's: tofu boxes or a missing translation would change many rows."""
    frozen_png = tmp_path / "frozen.png"
    source_png = tmp_path / "source.png"
    common = ["--demo", "--language", "ja", "--screenshot"]
    made = run([str(frozen), *common, str(frozen_png)], tmp_path)
    assert made.returncode == 0, made.stderr
    made = run([sys.executable, "-m", "familycare", *common, str(source_png)], tmp_path)
    assert made.returncode == 0, made.stderr
    share, detail = _rows_that_differ(frozen_png, source_png)
    assert share <= 0.02, detail


def test_folder_stays_within_its_size_budget() -> None:
    total = sum(p.stat().st_size for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink())
    assert total / 1e6 <= SIZE_BUDGET_MB, f"{total / 1e6:.1f} MB"


def test_folder_ships_what_the_app_loads_and_nothing_personal_or_unused() -> None:
    internal = FOLDER / "_internal"
    assert (internal / "resources" / "rules" / "rules.toml").is_file()
    assert (internal / "resources" / "i18n" / "familycare_ja.qm").is_file()
    assert not list(internal.rglob("*.ts")), "translation sources are not shipped"
    assert not (internal / "resources" / "screenshots").exists()
    migrations = internal / "familycare" / "storage" / "migrations"
    assert (migrations / "env.py").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    qt = internal / "PySide6" / "Qt"
    languages = {p.stem.rsplit("_", 1)[-1] for p in (qt / "translations").glob("*.qm")}
    assert languages <= {"ja", "en"}
    plugins = {p.name for p in (qt / "plugins").rglob("*") if p.is_file()}
    assert not any("gtk" in name for name in plugins)
    assert not list(internal.glob("libgtk-*")) and not list(internal.glob("libQt6Qml*"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux only")
def test_every_bundled_library_finds_its_dependencies() -> None:
    """Each library resolves inside the folder or on any desktop Linux; only CUPS (for the
    printing plugin) is taken from the machine the app runs on."""
    internal = FOLDER / "_internal"
    search = f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"
    unresolved: dict[str, list[str]] = {}
    for library in internal.rglob("*.so*"):
        if library.is_symlink() or not library.is_file():
            continue
        listing = subprocess.run(
            ["ldd", str(library)],
            capture_output=True,
            text=True,
            env={"LD_LIBRARY_PATH": search, "PATH": os.environ.get("PATH", "")},
        ).stdout
        missing = [line.split()[0] for line in listing.splitlines() if "not found" in line]
        missing = [name for name in missing if not name.startswith("libcups")]
        if missing:
            unresolved[str(library.relative_to(internal))] = missing
    assert not unresolved


def test_frozen_app_keeps_a_shared_household_on_postgresql(
    frozen: Path, tmp_path: Path, pg_databases  # noqa: F811
) -> None:
    # Issue #10 is for families who install the package: the frozen app must reach the
    # server (psycopg's pure-Python side over the system's libpq), migrate and read it.
    url = pg_databases.create()
    result = run([str(frozen), "self-test", "--language", "en", "--db-url", url], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    line = next(ln for ln in result.stdout.splitlines() if "shared database:" in ln)
    assert line.startswith("ok   shared database:"), line
    members = run([str(frozen), "member", "list", "--db-url", url], tmp_path)
    assert members.returncode == 0, members.stdout + members.stderr
