"""Opening a household: paths → engine → migrated database → services.

Qt-free, so the command line and the GUI open a household the same way. ``app.py`` calls
this for the GUI; ``cli`` calls it for every subcommand that needs data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from familycare.paths import AppPaths
from familycare.secrets.store import SecretStore
from familycare.services.audit import AuditTrail
from familycare.services.clock import Clock, SystemClock
from familycare.services.household_rules import HouseholdRules
from familycare.services.member_facts import FactsService
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.services.roles import RoleService
from familycare.services.settings import USER_NAME, SettingsService
from familycare.services.todo import TodoService
from familycare.services.todo_extras import TodoExtrasLoader, visits_from_storage
from familycare.storage.database import Database
from familycare.storage.migrator import MigrationResult

if TYPE_CHECKING:
    from familycare.services.audit_history import AuditHistoryService
    from familycare.services.cards import CardService
    from familycare.services.coverage import CoverageService
    from familycare.services.delegations import DelegationService
    from familycare.services.documents import DocumentService
    from familycare.services.facilities import FacilityService
    from familycare.services.lost_cards import LostCardService
    from familycare.services.members import MemberService
    from familycare.services.notes import NoteService
    from familycare.services.proxy_sessions import ProxySessionService
    from familycare.services.visits import VisitService


@dataclass
class Household:
    """The services of one open household.

    Those the first screen needs (Home: the family's news, roles and the guarded-session
    banner) are built when the household opens; the others, and the modules behind them,
    the first time something asks for them (``cached_property``), so start-up does not
    import what only another tab or a command uses. The first screen only reads, through
    Core (``Database.reading``): SQLAlchemy's ORM loads with the first unit of work.
    """

    paths: AppPaths
    db: Database
    clock: Clock
    audit: AuditTrail
    guard: PlainTextGuard
    settings: SettingsService
    rules: HouseholdRules
    facts: FactsService
    todo: TodoService
    roles: RoleService
    secret_store: SecretStore
    device_id: str
    migration: MigrationResult | None = None
    extras: dict[str, object] = field(default_factory=dict)
    demo: bool = False

    @cached_property
    def cards(self) -> CardService:
        from familycare.services.cards import CardService

        return CardService(self.db, self.clock, self.audit, self.rules.rule_set)

    @cached_property
    def notes(self) -> NoteService:
        from familycare.services.device_id import this_device_name
        from familycare.services.notes import NoteService

        return NoteService(self.db, self.secret_store, self.device_id, self.audit, self.guard,
                           this_device_name())

    @cached_property
    def members(self) -> MemberService:
        from familycare.services.members import MemberService

        return MemberService(self.db, self.clock, self.audit, self.guard, self.notes)

    @cached_property
    def proxy_sessions(self) -> ProxySessionService:
        from familycare.services.proxy_sessions import ProxySessionService

        return ProxySessionService(self.db, self.clock, self.audit, lambda: self.cards,
                                   self.device_id)

    @cached_property
    def coverage(self) -> CoverageService:
        from familycare.services.coverage import CoverageService

        return CoverageService(self.db, self.clock, self.audit, self.guard,
                               self.rules.rule_set, self.cards)

    @cached_property
    def documents(self) -> DocumentService:
        from familycare.services.documents import DocumentService

        return DocumentService(self.db, self.clock, self.audit, self.guard)

    @cached_property
    def facilities(self) -> FacilityService:
        from familycare.services.facilities import FacilityService

        return FacilityService(self.db, self.audit, self.guard)

    @cached_property
    def lost_cards(self) -> LostCardService:
        from familycare.services.lost_cards import LostCardService

        return LostCardService(self.db, self.clock, self.audit, self.rules.rule_set)

    @cached_property
    def visits(self) -> VisitService:
        from familycare.services.visits import VisitService

        return VisitService(self.db, self.clock, self.audit, self.facts, self.rules.rule_set,
                            self.settings)

    @cached_property
    def delegations(self) -> DelegationService:
        from familycare.services.delegations import DelegationService

        return DelegationService(self.db, self.clock, self.audit, self.guard)

    @cached_property
    def history(self) -> AuditHistoryService:
        from familycare.services.audit_history import AuditHistoryService

        return AuditHistoryService(self.db)

    def close(self) -> None:
        if self.demo:
            # The demo's entries (service familycare-demo) go with it.
            self.notes.forget_device_entries()
        self.db.dispose()


def open_household(
    paths: AppPaths,
    clock: Clock | None = None,
    secret_store: SecretStore | None = None,
    demo: bool = False,
    db_password: str | None = None,
) -> Household:
    """Open (creating and migrating if needed) the household database named by ``paths``.

    ``secret_store`` holds note bodies (tests pass their own); by default the OS keyring,
    service ``familycare``, or ``familycare-demo`` for the demo. Raises a ``StorageError``
    subclass for databases that must not be touched. ``db_password`` is the database
    server's password from the keyring (``services.db_password``) when the URL has none.
    """
    from familycare.secrets.keyring_store import KeyringSecretStore
    from familycare.secrets.service_names import DEMO_SERVICE, NOTES_SERVICE
    from familycare.services.device_id import load_or_create_device_id
    from familycare.storage.engine import make_engine
    from familycare.storage.migrator import upgrade_to_head

    clock = clock or SystemClock()
    engine = make_engine(paths.db_url, password=db_password)
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
    # Every service plans with the shipped rules plus this household's overrides.
    household_rules = HouseholdRules(settings)
    rules = household_rules.rule_set
    facts = FactsService(db, rules)
    # KeyringSecretStore imports keyring only on its first call: start-up stays fast.
    store = secret_store or KeyringSecretStore(DEMO_SERVICE if demo else NOTES_SERVICE)
    todo = TodoService(
        db, clock, audit, rules, lambda _today: facts.facts_for_all(),
        TodoExtrasLoader(db, visits_from_storage(db)),
    )
    return Household(
        paths=paths,
        db=db,
        clock=clock,
        audit=audit,
        guard=guard,
        settings=settings,
        rules=household_rules,
        facts=facts,
        todo=todo,
        roles=RoleService(db, clock, audit),
        secret_store=store,
        device_id=load_or_create_device_id(paths.config_dir),
        migration=migration,
        demo=demo,
    )
