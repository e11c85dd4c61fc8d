"""Benchmark: a member's History tab filled with 200 changes.

Measures what a user waits for on opening the tab: from the rows handed to the table to the
table laid out (rows measured at their wrapped height) and painted, at 100 % and 200 % text,
in English and Japanese. The panel is 900x600 px, about its size in the main window.

Each row gives the median wall time, the best in brackets, and the median CPU time, in ms.

Run: .venv/bin/python tests/benchmarks/bench_history.py [--rounds N] [--rows N]
Not a pytest test: timings on a shared machine are noise, so they are reported, not asserted.
The events are made in memory from the log lines the services write (no database: reading
200 rows is not what is measured here).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from familycare.storage.audit_repository import AuditEvent  # noqa: E402

# (entity, action, summary) as the services write them.
LINES = [
    ("card", "added", "kind=face_auth state=in_hand"),
    ("coverage", "added", "employee 2006-12-01.. dependent"),
    ("coverage", "updated", "national 2016-12-21..2026-11-25"),
    ("pin", "failure", "user_cert: 2 of 3 failures"),
    ("lost_card", "step", "police_report on 2026-11-25"),
    ("document", "added", "qualification_certificate applied valid_until=-"),
    ("lost_card", "reported", "lost_on=2026-11-24 outside_home=True"),
    ("delegation", "added", "kind=legal_minor agent=4 scopes=medical_info,insurance_details"),
    ("visit", "added", "2026-12-04 mynacard"),
    ("card", "updated", "issued_on, printed_expires_on"),
    ("role", "updated", "accompanies_visits: - → 山田 美咲"),
    ("member", "added", "山田 花子"),
]


def events(count: int) -> list[AuditEvent]:
    start = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    return [AuditEvent(start - timedelta(hours=i), "山田 一郎", entity, None, 1, action, summary)
            for i, (entity, action, summary) in
            ((i, LINES[i % len(LINES)]) for i in range(count))]


def fill_once(panel, rows: list[AuditEvent]) -> tuple[float, float]:
    panel.model.set_rows([])
    QApplication.processEvents()
    wall, cpu = time.perf_counter(), time.process_time()
    panel.model.set_rows(rows)
    for _ in range(3):  # layout, delayed row measuring, paint
        QApplication.processEvents()
    panel.table.viewport().grab()
    table = panel.table
    # Measured what it should: the rows grown to their wrapped text.
    assert max(table.rowHeight(r) for r in range(len(rows))) > 2 * table.fontMetrics().height()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--rows", type=int, default=200)
    args = parser.parse_args()
    from familycare.i18n.translator import UiLanguage
    from familycare.ui.member_history_panel import HistoryPanel
    from familycare.ui.text_size import apply_font

    app = QApplication.instance() or QApplication([])
    language = UiLanguage(app, "en")
    rows = events(args.rows)
    print(f"{args.rows} rows, nproc {os.cpu_count()}, load {os.getloadavg()[0]:.2f}")
    for scale in (100, 200):
        for code in ("en", "ja"):
            apply_font(app, scale)
            language.switch(code)
            panel = HistoryPanel(household=None)
            panel.model.names = {4: "山田 健"}
            panel.resize(900, 600)
            panel.show()
            QApplication.processEvents()
            walls, cpus = zip(*(fill_once(panel, rows) for _ in range(args.rounds)), strict=True)
            print(f"{scale:>3} % {code}: {statistics.median(walls):7.1f} "
                  f"[{min(walls):7.1f}] wall, {statistics.median(cpus):7.1f} cpu ms")
            panel.close()
            panel.deleteLater()


if __name__ == "__main__":
    main()
