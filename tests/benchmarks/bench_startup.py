"""Benchmark: start-up time, first paint, memory and size of the source and packaged app.

Budgets (HOUSE_STYLE "Start-up and scale", the packaging brief):
  - frozen folder (dist/familycare) ≤ 150 MB;
  - frozen start (family list filled) ≤ 1.2 × start from source;
  - first paint ≤ 1.3 × a bare-PySide6 window (baseline "bare-qt");
  - family list filled ≤ 1.1 × a window that imports Qt, SQLAlchemy's ORM and keyring
    (baseline "qt+orm+keyring");
  - peak RSS at ready ≤ 110 MB with the demo family (Linux): "source" and "frozen" open a
    household holding it; "--demo" first builds it in a new database through the services.

"Ready" (the family list filled) is the first screen a person sees, the Home tab with one
row per member and their news, filled and painted; the other tabs are built when first
chosen. Every program runs as a fresh process, rounds interleaved so that machine load hits
all alike; the medians are reported. The apps print their milestones when
FAMILYCARE_STARTUP_TRACE=1 (familycare/app.py): "familycare-startup <mark> <unix time>
<peak RSS KiB>"; the baselines print the same lines. Times count from just before the
process is spawned.

Run:  .venv/bin/python tests/benchmarks/bench_startup.py [--rounds 7] [--no-frozen]
      (make build first for the frozen rows). Not a pytest test: timings on a shared
      machine are reported, not asserted (the folder size is asserted in tests/packaging).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FROZEN = (
    ROOT / "dist" / "familycare" / ("familycare.exe" if sys.platform == "win32" else "familycare")
)

BARE_QT = """
import sys, time, resource
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("baseline")
label = QLabel("Opening the household…")
label.setAlignment(Qt.AlignmentFlag.AlignCenter)
window.setCentralWidget(label)
window.resize(1100, 720)
window.show()
window.repaint()
app.processEvents()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"familycare-startup first-paint {time.time():.6f} {rss}", file=sys.stderr)
print(f"familycare-startup ready {time.time():.6f} {rss}", file=sys.stderr)
"""

# What the first screen cannot do without: Qt, the ORM, keyring (its Secret Service
# backend module, as the notes panel will load it), and a window showing a list.
STACK = """
import sys, time, resource
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow
import sqlalchemy.orm
import keyring.backends.SecretService
app = QApplication(sys.argv[:1])
window = QMainWindow()
items = QListWidget()
items.addItems([f"member {i}" for i in range(7)])
window.setCentralWidget(items)
window.resize(1100, 720)
window.show()
window.repaint()
app.processEvents()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"familycare-startup first-paint {time.time():.6f} {rss}", file=sys.stderr)
print(f"familycare-startup ready {time.time():.6f} {rss}", file=sys.stderr)
"""


@dataclass
class Samples:
    first_paint: list[float] = field(default_factory=list)
    ready: list[float] = field(default_factory=list)
    exit: list[float] = field(default_factory=list)
    rss_ready_mib: list[float] = field(default_factory=list)

    def median(self, name: str) -> float:
        values = getattr(self, name)
        return statistics.median(values) if values else float("nan")


def run_once(
    command: list[str], env: dict[str, str]
) -> tuple[dict[str, tuple[float, float]], float]:
    start = time.time()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    ended = time.time() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed ({result.returncode}):\n{result.stderr[-2000:]}")
    marks: dict[str, tuple[float, float]] = {}
    for line in result.stderr.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "familycare-startup":
            marks[parts[1]] = (float(parts[2]) - start, int(parts[3]) / 1024)
    return marks, ended


def prepare_household(folder: Path) -> None:
    """A household holding the demo family, migrated, as a person's second start sees it."""
    sys.path.insert(0, str(ROOT))
    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.demo import build_demo_family

    household = open_household(resolve_paths(data_dir=folder, environ={}))
    try:
        build_demo_family(household)
    finally:
        household.close()


def folder_size_mb(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--no-frozen", action="store_true", help="skip dist/familycare")
    args = parser.parse_args()

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["FAMILYCARE_STARTUP_TRACE"] = "1"
    # An installed app has its .pyc files; without them every source start would compile
    # familycare again (~0.2 s) and measure the compiler, not the start-up.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("FAMILYCARE_DATA_DIR", None)
    env.pop("FAMILYCARE_DB_URL", None)
    work = Path(tempfile.mkdtemp(prefix="familycare-bench-"))
    household = work / "household"
    prepare_household(household)
    python = sys.executable
    source = [python, "-m", "familycare"]
    programs: dict[str, list[str]] = {
        "bare-qt": [python, "-c", BARE_QT],
        "qt+orm+keyring": [python, "-c", STACK],
        "source": [*source, "--data-dir", str(household), "--exit-when-ready"],
        "source --demo": [*source, "--demo", "--exit-when-ready"],
    }
    frozen = not args.no_frozen and FROZEN.is_file()
    if frozen:
        programs["frozen"] = [str(FROZEN), "--data-dir", str(household), "--exit-when-ready"]
        programs["frozen --demo"] = [str(FROZEN), "--demo", "--exit-when-ready"]
    samples = {name: Samples() for name in programs}
    for command in programs.values():  # warm the file cache and .pyc files
        run_once(command, env)
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    for _round in range(args.rounds):
        for name, command in programs.items():
            marks, ended = run_once(command, env)
            s = samples[name]
            s.first_paint.append(marks["first-paint"][0])
            s.ready.append(marks["ready"][0])
            s.rss_ready_mib.append(marks["ready"][1])
            s.exit.append(ended)

    load_after = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{args.rounds} rounds, medians; {os.cpu_count()} CPUs, 1-minute load average "
        f"{load_before:.2f} before and {load_after:.2f} after the timed rounds"
    )
    print(f"{'program':<16} {'first paint':>12} {'ready':>9} {'exit':>9} {'peak RSS@ready':>15}")
    for name, s in samples.items():
        print(
            f"{name:<16} {s.median('first_paint') * 1000:>10.0f}ms "
            f"{s.median('ready') * 1000:>7.0f}ms {s.median('exit') * 1000:>7.0f}ms "
            f"{s.median('rss_ready_mib'):>12.1f}MiB"
        )

    def ratio(a: str, b: str, what: str) -> float:
        return samples[a].median(what) / samples[b].median(what)

    checks: list[tuple[str, float, float]] = [
        ("first paint, source / bare-qt", ratio("source", "bare-qt", "first_paint"), 1.3),
        ("ready, source / qt+orm+keyring", ratio("source", "qt+orm+keyring", "ready"), 1.1),
        (
            "ready --demo, source / qt+orm+keyring",
            ratio("source --demo", "qt+orm+keyring", "ready"),
            1.1,
        ),
    ]
    if frozen:
        checks += [
            ("ready, frozen / source", ratio("frozen", "source", "ready"), 1.2),
            ("first paint, frozen / bare-qt", ratio("frozen", "bare-qt", "first_paint"), 1.3),
            # The packaged app is what families run: held to the same ready budget.
            ("ready, frozen / qt+orm+keyring", ratio("frozen", "qt+orm+keyring", "ready"), 1.1),
            (
                "ready --demo, frozen / qt+orm+keyring",
                ratio("frozen --demo", "qt+orm+keyring", "ready"),
                1.1,
            ),
        ]
    print()
    for label, value, budget in checks:
        print(
            f"{label:<42} {value:5.2f}  (budget ≤ {budget}) {'ok' if value <= budget else 'OVER'}"
        )
    # "With the demo family": a household holding it (source, frozen), and --demo, which
    # first builds it through the services (and so the ORM) in a new database.
    for name in ("source", "frozen", "source --demo", "frozen --demo"):
        if name in samples:
            rss = samples[name].median("rss_ready_mib")
            print(
                f"{'peak RSS at ready, ' + name:<42} {rss:5.1f} MiB (budget ≤ 110) "
                f"{'ok' if rss <= 110 else 'OVER'}"
            )
    if frozen:
        size = folder_size_mb(FROZEN.parent)
        print(
            f"{'frozen folder size':<42} {size:5.1f} MB  (budget ≤ 150) "
            f"{'ok' if size <= 150 else 'OVER'}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
