"""A readable JSON export of the household, without secrets, and its import.

The export is the engine-neutral dump with the note references replaced by their titles
(no keyring ids, no device ids, never a body: bodies exist only in a keyring). An import
loads everything else into an EMPTY household; note titles cannot become notes again
without their bodies, so they are counted and reported, not imported.
"""

from __future__ import annotations

import json
import os
import secrets as token_source
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from familycare.household import Household
from familycare.services.notes import DEVICE_NAME_PREFIX, KEYRING_TAG_SETTING
from familycare.storage.dump import DUMP_FORMAT, DUMP_FORMAT_VERSION, dump_household, load_dump

EXPORT_FORMAT = "familycare-export"
EXPORT_FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 50 * 1024 * 1024
_MAX_MB = MAX_IMPORT_BYTES // 2**20
# Household-internal bookkeeping that means nothing outside this database (and the device
# ids inside the computer-name keys).
_PRIVATE_SETTINGS = frozenset({KEYRING_TAG_SETTING})


class JsonImportError(Exception):
    def __init__(self, code: str, detail: str = "", **params: object) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.params = params


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int]
    note_titles: int


@dataclass(frozen=True)
class ImportResult:
    counts: dict[str, int]
    note_titles_skipped: int


def export_document(household: Household) -> dict[str, Any]:
    dump = dump_household(household.db.engine)
    tables = dump["tables"]
    notes = tables.pop("note_refs")
    wanted = ("member_id", "title", "created_at", "updated_at")
    index = {name: notes["columns"].index(name) for name in wanted}
    titles = [{name: row[index[name]] for name in wanted} for row in notes["rows"]]
    settings = tables["settings"]
    key_at = settings["columns"].index("key")
    settings["rows"] = [r for r in settings["rows"] if r[key_at] not in _PRIVATE_SETTINGS
                        and not str(r[key_at]).startswith(DEVICE_NAME_PREFIX)]
    return {
        "format": EXPORT_FORMAT,
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": household.clock.now().isoformat(),
        "schema_revision": dump["schema_revision"],
        "tables": tables,
        "note_titles": titles,
    }


def export_json(household: Household, out: Path) -> ExportResult:
    document = export_document(household)
    text = json.dumps(document, ensure_ascii=False, indent=1)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{token_source.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    counts = {name: len(t["rows"]) for name, t in document["tables"].items()}
    return ExportResult(out, counts, len(document["note_titles"]))


def read_export(path: Path) -> dict[str, Any]:
    """Read and check the outer shape of an export file (size-bounded)."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise JsonImportError("import_too_large", f"{size} bytes", max_mb=_MAX_MB)
        with path.open("rb") as handle:
            raw = handle.read(MAX_IMPORT_BYTES + 1)
    except OSError as exc:
        raise JsonImportError("import_unreadable", f"{type(exc).__name__}: {exc}") from exc
    if len(raw) > MAX_IMPORT_BYTES:
        raise JsonImportError("import_too_large", "grew while reading", max_mb=_MAX_MB)
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: deep nesting
        raise JsonImportError("import_not_json", str(exc)[:200]) from exc
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise JsonImportError("import_not_an_export", "format")
    if document.get("format_version") != EXPORT_FORMAT_VERSION:
        raise JsonImportError("import_version_unsupported", str(document.get("format_version")))
    if not isinstance(document.get("tables"), dict):
        raise JsonImportError("import_not_an_export", "tables")
    return document


def import_json(household: Household, path: Path) -> ImportResult:
    """Load an export into this (empty) household; raises ``JsonImportError`` or
    ``DumpError`` (e.g. ``target_not_empty``, ``dump_malformed``) and then writes nothing."""
    document = read_export(path)
    tables = dict(document["tables"])
    if "note_refs" in tables:
        raise JsonImportError("import_not_an_export", "note_refs must not be in an export")
    from familycare.storage.rows import NoteRefRow

    tables["note_refs"] = {"columns": [c.name for c in NoteRefRow.__table__.columns], "rows": []}
    titles = document.get("note_titles", [])
    dump = {
        "format": DUMP_FORMAT,
        "format_version": DUMP_FORMAT_VERSION,
        "schema_revision": document.get("schema_revision"),
        "tables": tables,
    }
    counts = load_dump(household.db.engine, dump)
    return ImportResult(counts, len(titles) if isinstance(titles, list) else 0)
