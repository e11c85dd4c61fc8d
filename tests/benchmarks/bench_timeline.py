"""Benchmark: the Timeline tab for 2,000 members and 50,000 visits (the dashboard's database).

Reported: the family's bars read and worked out (``TimelineService.family``: a few queries and
the pure ``family_timeline``), one repaint of the tab (only the lanes on screen are painted),
a repaint scrolled to the middle of the family, and an arrow-key move (select, explain,
repaint). Printing all 2,000 lanes on one page is timed too, for information.

Run: .venv/bin/python tests/benchmarks/bench_timeline.py [--rounds N]
Not a pytest test: timings on a shared machine are reported, not asserted.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.bench_dashboard import MEMBERS, TODAY, build_database, timed  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from familycare.household import open_household
    from familycare.paths import resolve_paths
    from familycare.services.clock import FixedClock
    from familycare.services.timeline import TimelineService
    from familycare.ui.timeline_page import TimelinePage

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="familycare-bench-"))
    household = open_household(resolve_paths(data_dir=folder, environ={}), FixedClock(TODAY))
    start = time.perf_counter()
    build_database(household, random.Random(20261125))
    print(f"built {MEMBERS} members in {time.perf_counter() - start:.1f} s")

    service = TimelineService(household.db, household.clock, household.facts,
                              household.rules.rule_set)
    page = TimelinePage(service)
    page.resize(1280, 800)
    page.show()
    page.reload()
    app.processEvents()
    view = page.view
    bars = sum(len(b) for _, b in view.data.timeline.lanes)

    family_ms = timed(service.family, args.rounds)
    reload_ms = timed(lambda: (page.reload(), view.viewport().repaint()), args.rounds)
    paint_ms = timed(view.viewport().repaint, args.rounds)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    middle_ms = timed(view.viewport().repaint, args.rounds)

    def arrow() -> None:
        for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)
            app.sendEvent(view, press)
        view.viewport().repaint()

    arrow_ms = timed(arrow, args.rounds)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(folder / "timeline.pdf"))
    print_ms = timed(lambda: page.print_to(printer), 1)

    print(f"lanes: {len(view.data.timeline.lanes)}; bars and marks: {bars}; nproc "
          f"{os.cpu_count()}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"medians of {args.rounds} rounds (best in brackets), ms")
    for label, (median, best) in (
        ("family timeline (queries + bars)", family_ms),
        ("tab reload + repaint", reload_ms),
        ("repaint (top of the family)", paint_ms),
        ("repaint (middle of the family)", middle_ms),
        ("arrow down + up, explain, repaint", arrow_ms),
        ("print all lanes to one PDF page (1 round)", print_ms),
    ):
        print(f"{label + ':':<46}{median:8.1f}  [{best:7.1f}]")
    household.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
