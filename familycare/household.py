"""Opening a household: paths → engine → migrated database → services.

Qt-free, so the command line and the GUI open a household the same way. ``app.py`` calls
this for the GUI; ``cli`` calls it for every subcommand that needs data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from familycare.paths import AppPaths
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock, SystemClock
from familycare.services.members import MemberService
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.services.settings import USER_NAME, SettingsService
from familycare.storage.database import Database
from familycare.storage.migrator import MigrationResult


@dataclass
class Household:
    paths: AppPaths
    db: Database
    clock: Clock
    audit: AuditTrail
    members: MemberService
    settings: SettingsService
    migration: MigrationResult | None = None
    extras: dict[str, object] = field(default_factory=dict)

    def close(self) -> None:
        self.db.dispose()


def open_household(paths: AppPaths, clock: Clock | None = None) -> Household:
    """Open (creating and migrating if needed) the household database named by ``paths``.

    Raises a ``StorageError`` subclass for databases that must not be touched.
    """
    from familycare.storage.engine import make_engine
    from familycare.storage.migrator import upgrade_to_head

    clock = clock or SystemClock()
    engine = make_engine(paths.db_url)
    try:
        migration = upgrade_to_head(engine, paths.backup_dir)
    except BaseException:
        engine.dispose()
        raise
    db = Database(engine)
    audit = AuditTrail(clock)
    guard = PlainTextGuard()
    settings = SettingsService(db, audit)
    audit.actor = settings.get(USER_NAME)
    return Household(
        paths=paths,
        db=db,
        clock=clock,
        audit=audit,
        members=MemberService(db, clock, audit, guard),
        settings=settings,
        migration=migration,
    )
