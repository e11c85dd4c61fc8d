"""Encrypted backups: the household dump plus the note bodies of THIS device, in one file.

File layout (all integers big-endian):

    magic "FAMILYCARE-BACKUP\\n" | format version u16 | scrypt log2(n) u8, r u8, p u8 |
    salt 16 bytes | nonce 12 bytes | ciphertext length u64 | AES-256-GCM ciphertext + tag

The header is authenticated as associated data, so no byte of the file can change unnoticed.
The plaintext is zlib-compressed JSON: {"kind", "created_at", "dump", "notes": [{"note_id",
"body"}], "missing_bodies": [note ids]}. A restore decrypts and validates everything before
it creates a file or a keyring entry, and undoes its own writes if a later step fails.
"""

from __future__ import annotations

import json
import os
import secrets as token_source
import struct
import zlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from familycare.domain.note import MAX_BODY_LENGTH
from familycare.household import Household, open_household
from familycare.paths import AppPaths
from familycare.secrets.store import SecretStore
from familycare.services.clock import Clock
from familycare.storage.dump import ParsedDump, dump_household, load_dump, parse_dump

MAGIC = b"FAMILYCARE-BACKUP\n"
FORMAT_VERSION = 1
_HEADER = struct.Struct(">HBBB16s12sQ")
HEADER_SIZE = len(MAGIC) + _HEADER.size
PAYLOAD_KIND = "familycare-backup"
MAX_BACKUP_BYTES = 256 * 1024 * 1024
MIN_PASSPHRASE_LENGTH = 8


@dataclass(frozen=True)
class ScryptCost:
    """scrypt work factors; stored in the file, so a restore uses whatever was chosen."""

    log2_n: int = 17  # ~0.6 s and 128 MiB on a 2020s laptop: slow for a guesser
    r: int = 8
    p: int = 1

    def acceptable(self) -> bool:
        # Bounds on what a file may ask for: a crafted header must not exhaust memory.
        return 10 <= self.log2_n <= 20 and 1 <= self.r <= 16 and 1 <= self.p <= 4


class BackupError(Exception):
    """A backup or restore refused; ``code`` for the message catalog, ``detail`` for logs."""

    def __init__(self, code: str, detail: str = "", **params: object) -> None:
        super().__init__(detail or code)
        self.code = code
        self.detail = detail
        self.params = params


@dataclass(frozen=True)
class BackupResult:
    path: Path
    counts: dict[str, int]
    notes_included: int
    notes_missing: int  # this device's notes whose keyring entry was already gone


@dataclass(frozen=True)
class BackupContents:
    """A decrypted and fully validated backup."""

    created_at: str
    dump: ParsedDump
    bodies: dict[int, str]  # note id -> body
    missing_bodies: frozenset[int]


@dataclass(frozen=True)
class RestoreResult:
    counts: dict[str, int]
    notes_restored: int
    notes_missing: list[str] = field(default_factory=list)  # titles without a body


# -- writing --------------------------------------------------------------------------------
def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise BackupError("passphrase_too_short", min=MIN_PASSPHRASE_LENGTH)


def create_backup(
    household: Household, out: Path, passphrase: str, cost: ScryptCost | None = None
) -> BackupResult:
    """Write the encrypted backup to ``out`` (refusing to replace an existing file).

    Raises ``SecretsUnavailable`` when this device's keyring cannot be read: a backup
    without the note bodies would silently lose them.
    """
    check_passphrase(passphrase)
    if out.exists():
        raise BackupError("backup_exists", str(out), path=str(out))
    bodies, missing = household.notes.bodies_of_this_device()
    dump = dump_household(household.db.engine)
    payload = {
        "kind": PAYLOAD_KIND,
        "created_at": household.clock.now().isoformat(),
        "dump": dump,
        "notes": [{"note_id": note_id, "body": body} for note_id, body in sorted(bodies.items())],
        "missing_bodies": sorted(missing),
    }
    plain = zlib.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"), 9)
    data = encrypt(plain, passphrase, cost or ScryptCost())
    _write_private_atomically(out, data)
    counts = {name: len(table["rows"]) for name, table in dump["tables"].items()}
    return BackupResult(out, counts, len(bodies), len(missing))


def encrypt(plain: bytes, passphrase: str, cost: ScryptCost) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = token_source.token_bytes(16)
    nonce = token_source.token_bytes(12)
    # GCM adds a 16-byte tag to the ciphertext.
    header = MAGIC + _HEADER.pack(
        FORMAT_VERSION, cost.log2_n, cost.r, cost.p, salt, nonce, len(plain) + 16
    )
    key = _derive_key(passphrase, salt, cost)
    return header + AESGCM(key).encrypt(nonce, plain, header)


def _derive_key(passphrase: str, salt: bytes, cost: ScryptCost) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=salt, length=32, n=2**cost.log2_n, r=cost.r, p=cost.p)
    return kdf.derive(passphrase.encode("utf-8"))


def _write_private_atomically(out: Path, data: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{token_source.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- reading --------------------------------------------------------------------------------
def read_backup(path: Path, passphrase: str) -> BackupContents:
    """Decrypt and validate ``path`` completely; nothing is written. Raises ``BackupError``
    (``not_a_backup``, ``backup_version_unsupported``, ``backup_damaged``,
    ``wrong_passphrase_or_damaged``, ``backup_too_large``) or ``DumpError``."""
    try:
        size = path.stat().st_size
        if size > MAX_BACKUP_BYTES:
            raise BackupError("backup_too_large", f"{size} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise BackupError("backup_unreadable", f"{type(exc).__name__}: {exc}") from exc
    return decrypt_contents(data, passphrase)


def decrypt_contents(data: bytes, passphrase: str) -> BackupContents:
    plain = decrypt(data, passphrase)
    try:
        text = zlib.decompressobj().decompress(plain, MAX_BACKUP_BYTES * 4)
        payload = json.loads(text.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BackupError("backup_damaged", f"payload: {exc}") from exc
    return _validated(payload)


def decrypt(data: bytes, passphrase: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not data.startswith(MAGIC):
        raise BackupError("not_a_backup", "magic string missing")
    if len(data) < HEADER_SIZE:
        raise BackupError("backup_damaged", "header truncated")
    version, log2_n, r, p, salt, nonce, length = _HEADER.unpack_from(data, len(MAGIC))
    if version != FORMAT_VERSION:
        raise BackupError("backup_version_unsupported", f"format {version}", version=version)
    cost = ScryptCost(log2_n, r, p)
    if not cost.acceptable():
        raise BackupError("backup_damaged", f"scrypt parameters {cost}")
    body = data[HEADER_SIZE:]
    if len(body) != length:
        raise BackupError("backup_damaged", f"expected {length} bytes, got {len(body)}")
    key = _derive_key(passphrase, salt, cost)
    try:
        return AESGCM(key).decrypt(nonce, body, data[:HEADER_SIZE])
    except InvalidTag as exc:
        raise BackupError("wrong_passphrase_or_damaged", "authentication failed") from exc


def _validated(payload: Any) -> BackupContents:
    if not isinstance(payload, dict) or payload.get("kind") != PAYLOAD_KIND:
        raise BackupError("backup_damaged", "payload kind")
    dump = parse_dump(payload.get("dump"))
    note_ids = {row["id"] for row in dump.tables["note_refs"]}
    bodies: dict[int, str] = {}
    notes = payload.get("notes")
    if not isinstance(notes, list):
        raise BackupError("backup_damaged", "notes missing")
    for entry in notes:
        if not isinstance(entry, dict):
            raise BackupError("backup_damaged", "note entry")
        note_id, body = entry.get("note_id"), entry.get("body")
        if not isinstance(note_id, int) or note_id not in note_ids or note_id in bodies:
            raise BackupError("backup_damaged", f"note id {note_id!r}")
        if not isinstance(body, str) or len(body) > MAX_BODY_LENGTH:
            raise BackupError("backup_damaged", f"note {note_id} body")
        bodies[note_id] = body
    missing = payload.get("missing_bodies", [])
    if not isinstance(missing, list) or any(
        not isinstance(i, int) or i not in note_ids or i in bodies for i in missing
    ):
        raise BackupError("backup_damaged", "missing_bodies")
    return BackupContents(str(payload.get("created_at", "")), dump, bodies, frozenset(missing))


# -- restoring ------------------------------------------------------------------------------
def restore_backup(
    contents: BackupContents,
    paths: AppPaths,
    clock: Clock | None = None,
    secret_store: SecretStore | None = None,
) -> RestoreResult:
    """Restore into an EMPTY data folder; the notes that were on the backed-up device are
    re-homed to this device under new keyring keys. Undoes its writes on failure."""
    refuse_non_empty_target(paths)
    household = open_household(paths, clock, secret_store)
    written_keys: list[str] = []
    try:
        result = _restore_into(household, contents, written_keys)
    except BaseException:
        for key in written_keys:
            try:
                household.notes.secret_store.delete(key)
            except Exception:  # the original failure is what the person must see
                pass
        household.close()
        _remove_new_database(paths)
        raise
    household.close()
    return result


def _restore_into(
    household: Household, contents: BackupContents, written_keys: list[str]
) -> RestoreResult:
    from familycare.services.notes import KEYRING_TAG_SETTING
    from familycare.storage.settings_repository import SettingsRepository

    tables = {name: [dict(row) for row in rows] for name, rows in contents.dump.tables.items()}
    settings = tables["settings"]
    # A new tag: this copy must not share keys (or orphan reports) with the original.
    tag = token_source.token_hex(8)
    tag_row = next((row for row in settings if row["key"] == KEYRING_TAG_SETTING), None)
    if tag_row is not None:
        tag_row["value"] = tag
    store = household.notes.secret_store
    device = household.notes.device_id
    homed = set(contents.bodies) | set(contents.missing_bodies)
    missing_titles = []
    for row in tables["note_refs"]:
        if row["id"] not in homed:
            continue  # a note of a third device stays where it is
        row["keyring_id"] = f"{tag}-{token_source.token_hex(16)}"
        row["device_id"] = device
        body = contents.bodies.get(row["id"])
        if body is None:
            missing_titles.append(row["title"])
            continue
        store.set(row["keyring_id"], body)
        written_keys.append(row["keyring_id"])
    counts = load_dump(household.db.engine, ParsedDump(contents.dump.schema_revision, tables))
    if tag_row is None and homed:
        with household.db.unit_of_work() as session:
            SettingsRepository(session).set(KEYRING_TAG_SETTING, tag)
    return RestoreResult(counts, len(written_keys), missing_titles)


def refuse_non_empty_target(paths: AppPaths) -> None:
    """A restore never merges into, or overwrites, an existing household."""
    sqlite_file = paths.sqlite_file
    if sqlite_file is not None:
        for candidate in _sqlite_files(sqlite_file):
            if candidate.exists():
                raise BackupError("target_not_empty", str(candidate), path=str(paths.data_dir))
        return
    from sqlalchemy import inspect

    from familycare.storage.engine import make_engine

    engine = make_engine(paths.db_url, create_file=False)
    try:
        with engine.connect() as conn:
            if inspect(conn).get_table_names():
                raise BackupError("target_not_empty", "database has tables", path=paths.db_url)
    finally:
        engine.dispose()


def _sqlite_files(sqlite_file: Path) -> list[Path]:
    return [sqlite_file, sqlite_file.with_name(sqlite_file.name + "-wal"),
            sqlite_file.with_name(sqlite_file.name + "-shm")]


def _remove_new_database(paths: AppPaths) -> None:
    sqlite_file = paths.sqlite_file
    if sqlite_file is None:
        return  # a server database: load_dump's transaction already rolled back
    for candidate in _sqlite_files(sqlite_file):
        candidate.unlink(missing_ok=True)


def backup_created_at(contents: BackupContents) -> datetime | None:
    try:
        return datetime.fromisoformat(contents.created_at)
    except ValueError:
        return None
