"""The device id: stable, random, per config folder, and repaired when damaged."""

from __future__ import annotations

from pathlib import Path

from familycare.services.device_id import DEVICE_ID_FILE, load_or_create_device_id


def test_created_once_and_then_stable(tmp_path: Path) -> None:
    first = load_or_create_device_id(tmp_path / "cfg")
    assert len(first) == 32
    assert load_or_create_device_id(tmp_path / "cfg") == first
    assert (tmp_path / "cfg" / DEVICE_ID_FILE).stat().st_mode & 0o077 == 0


def test_two_config_folders_are_two_devices(tmp_path: Path) -> None:
    assert load_or_create_device_id(tmp_path / "a") != load_or_create_device_id(tmp_path / "b")


def test_a_damaged_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / DEVICE_ID_FILE).write_text("garbage")
    new = load_or_create_device_id(tmp_path)
    assert len(new) == 32 and load_or_create_device_id(tmp_path) == new
