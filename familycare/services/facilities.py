"""Clinics, hospitals and pharmacies and what their card readers can do (None: not known)."""

from __future__ import annotations

from familycare.domain.card_record import Facility, FacilityDraft, validate_facility
from familycare.domain.member_facts import FacilityCaps
from familycare.domain.validation import ValidationFailed
from familycare.services.audit import AuditTrail
from familycare.services.plain_text_guard import PlainTextGuard
from familycare.storage.database import Database
from familycare.storage.errors import NotFound
from familycare.storage.facility_repository import FacilityRepository


def facility_caps(facility: Facility | None) -> FacilityCaps:
    """What the planner reads; no facility chosen means nothing is known (worse case)."""
    if facility is None:
        return FacilityCaps()
    return FacilityCaps(facility.online_check, facility.face_reader, facility.smartphone_reader)


class FacilityService:
    def __init__(self, db: Database, audit: AuditTrail, guard: PlainTextGuard) -> None:
        self._db = db
        self._audit = audit
        self._guard = guard

    def list_facilities(self) -> list[Facility]:
        """Every facility, by name."""
        with self._db.unit_of_work() as session:
            return FacilityRepository(session).list_all()

    def get(self, facility_id: int) -> Facility:
        with self._db.unit_of_work() as session:
            return FacilityRepository(session).get(facility_id)

    def find_by_name(self, name: str) -> Facility:
        """The facility called ``name`` (exact, then case- and space-insensitive)."""
        with self._db.unit_of_work() as session:
            repo = FacilityRepository(session)
            found = repo.find_by_name(name)
            if found is None:
                wanted = " ".join(name.split()).casefold()
                matches = [f for f in repo.list_all() if f.name.casefold() == wanted]
                found = matches[0] if len(matches) == 1 else None
            if found is None:
                raise NotFound(f"no facility named {name!r}", entity="facility", name=name)
            return found

    def add_facility(self, draft: FacilityDraft) -> Facility:
        with self._db.unit_of_work() as session:
            repo = FacilityRepository(session)
            draft = self._check(draft, repo.names())
            facility = repo.add(draft)
            self._audit.record(session, entity="facility", action="add", entity_id=facility.id,
                               summary=_summary(facility))
            return facility

    def update_facility(
        self, facility_id: int, expected_version: int | None, draft: FacilityDraft
    ) -> Facility:
        with self._db.unit_of_work() as session:
            repo = FacilityRepository(session)
            draft = self._check(draft, repo.names(excluding_id=facility_id))
            facility = repo.update(facility_id, expected_version, draft)
            self._audit.record(session, entity="facility", action="edit", entity_id=facility.id,
                               summary=_summary(facility))
            return facility

    def delete_facility(self, facility_id: int) -> Facility:
        with self._db.unit_of_work() as session:
            repo = FacilityRepository(session)
            facility = repo.get(facility_id)
            repo.delete(facility_id)
            self._audit.record(session, entity="facility", action="delete",
                               entity_id=facility_id, summary=facility.name)
            return facility

    def _check(self, draft: FacilityDraft, names: frozenset[str]) -> FacilityDraft:
        draft = draft.normalised()
        issues = validate_facility(draft, names)
        issues += self._guard.check_fields({"name": draft.name, "memo": draft.memo})
        if issues:
            raise ValidationFailed(issues)
        return draft


def _tri(value: bool | None) -> str:
    return "unknown" if value is None else ("yes" if value else "no")


def _summary(f: Facility) -> str:
    return (f"{f.name} ({f.kind.value}) online={_tri(f.online_check)} "
            f"face={_tri(f.face_reader)} smartphone={_tri(f.smartphone_reader)}")
