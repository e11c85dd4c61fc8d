"""Re-create a checked-in database of an old schema revision (run by hand, rarely).

    .venv/bin/python tests/storage/make_schema_fixture.py 0001

The checked-in files are what users' old databases look like; never regenerate one for a
revision that has shipped unless its migration script was wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import text

from familycare.storage.engine import make_engine
from familycare.storage.migrator import run_alembic_upgrade


def main(revision: str) -> None:
    out = Path(__file__).parent / "data" / f"schema_{revision}.sqlite3"
    out.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{out}")
    run_alembic_upgrade(engine, revision)
    with engine.begin() as conn:
        for name, kana, birth, rel, colour in (
            ("山田 花子", "やまだ はなこ", "1948-03-14", "parent", "#E69F00"),
            ("山田 太郎", "やまだ たろう", "1946-07-01", "parent", "#56B4E9"),
        ):
            conn.execute(
                text(
                    "INSERT INTO members (display_name, kana, birth_date, relationship, colour,"
                    " memo, version, created_at, updated_at) VALUES (:n, :k, :b, :r, :c, '', 1,"
                    " '2026-11-25 00:00:00', '2026-11-25 00:00:00')"
                ),
                {"n": name, "k": kana, "b": birth, "r": rel, "c": colour},
            )
        if revision >= "0003":
            # A snoozed to-do: 0004 rebuilds todo_states on SQLite and must keep its rows.
            conn.execute(
                text(
                    "INSERT INTO todo_states (todo_key, done_at, snoozed_until, version,"
                    " created_at, updated_at) VALUES ('renewal_opens:2:user_cert', NULL,"
                    " '2026-12-24', 1, '2026-11-25 00:00:00', '2026-11-25 00:00:00')"
                )
            )
    with engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        conn.execute(text("PRAGMA journal_mode=DELETE"))
    engine.dispose()
    for suffix in ("-wal", "-shm"):
        Path(str(out) + suffix).unlink(missing_ok=True)
    print(out)


if __name__ == "__main__":
    main(sys.argv[1])
