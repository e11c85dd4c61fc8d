"""The recent-households list (a care worker keeps one data folder per client household)."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)
MAX_RECENT = 10


class RecentHouseholds:
    def __init__(self, config_dir: Path) -> None:
        self._file = config_dir / "recent_households.json"

    def list(self) -> list[Path]:
        try:
            raw = json.loads(self._file.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            log.warning("recent households list unreadable, ignored: %s", exc)
            return []
        if not isinstance(raw, list):
            return []
        return [Path(p) for p in raw if isinstance(p, str)]

    def remember(self, data_dir: Path) -> list[Path]:
        data_dir = data_dir.resolve()
        items = [data_dir] + [p for p in self.list() if p != data_dir]
        items = items[:MAX_RECENT]
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self._file.with_suffix(".tmp")
            tmp.write_text(json.dumps([str(p) for p in items], ensure_ascii=False), "utf-8")
            os.replace(tmp, self._file)
        except OSError as exc:
            log.warning("could not save the recent households list: %s", exc)
        return items
