"""The log in the data folder stays small: past about 1 MB it is moved aside to
familycare.log.1 … .5, the oldest dropped, and it still never holds a 12-digit number."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from familycare.logging_setup import LOG_FILE, CappedFileHandler, setup_logging


@pytest.fixture
def logger():
    log = logging.getLogger("familycare.test_log_file")
    log.propagate = False
    yield log
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def test_the_log_moves_aside_before_it_passes_its_size(tmp_path: Path, logger) -> None:
    path = tmp_path / LOG_FILE
    handler = CappedFileHandler(path, max_bytes=1_000, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger.addHandler(handler)
    for number in range(100):  # 100 lines of 50 bytes: five files' worth
        logger.warning("%02d %s", number, "x" * 46)
    handler.close()

    sizes = {p.name: p.stat().st_size for p in tmp_path.iterdir()}
    assert set(sizes) == {LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"}  # .3 was never kept
    assert all(size <= 1_000 for size in sizes.values())
    newest = path.read_text(encoding="utf-8").splitlines()
    assert newest[-1].startswith("99 ")  # the latest record is in the live file
    previous = (tmp_path / f"{LOG_FILE}.1").read_text(encoding="utf-8").splitlines()
    assert int(previous[-1][:2]) + 1 == int(newest[0][:2])  # nothing lost between files


def test_setup_logging_scrubs_and_caps(tmp_path: Path) -> None:
    path = setup_logging(tmp_path / "logs")
    assert path is not None
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "_familycare", False))
    try:
        assert isinstance(handler, CappedFileHandler)
        logging.getLogger("familycare.test").warning("card 1234 5678 9012 was read")
        handler.flush()
        text = path.read_text(encoding="utf-8")
        assert "1234 5678 9012" not in text
        assert "[12 digits removed]" in text
    finally:
        root.removeHandler(handler)
        handler.close()
