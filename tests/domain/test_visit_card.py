"""What a printed visit card says, built from real plans of the planner."""

from __future__ import annotations

from datetime import date

from familycare.domain.member_facts import CardKind
from familycare.domain.visit_card import (
    Contact,
    CostCapNote,
    build_visit_card,
    card_fingerprint,
)
from familycare.domain.visit_plan import Auth, Bring, Phrase, PlanWarning, Route, plan_visit
from tests.domain.plan_builders import (
    FULL_CLINIC,
    OFFLINE_CLINIC,
    PIN_ONLY_CLINIC,
    VISIT,
    card,
    member,
)

FATHER_BIRTH = date(1946, 5, 15)  # 80 on the visit day


def _card(plan, rules, **more):
    args = dict(
        member_name="山田 太郎",
        member_colour="#56B4E9",
        member_birth=FATHER_BIRTH,
        facility_name="駅前薬局",
        facility_kind="pharmacy",
        rules=rules,
    )
    args.update(more)
    return build_visit_card(plan, **args)


def test_last_pin_attempt_at_a_pharmacy_without_face_reader_says_do_not_try_the_pin(rules):
    facts = member(birth=FATHER_BIRTH, failures=2, notice=True)
    plan = plan_visit(facts, VISIT, PIN_ONLY_CLINIC, rules)
    visit_card = _card(plan, rules)
    assert visit_card.do_not_try_pin
    assert visit_card.route is Route.CARD_WITH_NOTICE
    assert visit_card.auth is None
    assert PlanWarning.PIN_LAST_ATTEMPT.value in visit_card.warning_codes()
    assert Bring.CARD in visit_card.bring and Bring.QUALIFICATION_NOTICE in visit_card.bring
    assert visit_card.fallbacks[-1] is Route.SELF_DECLARATION
    assert "別の方法で資格確認できますか?" in visit_card.phrase_texts


def test_lost_card_numbers_come_from_the_rule_set(rules):
    plan = plan_visit(member(), VISIT, FULL_CLINIC, rules)
    visit_card = _card(plan, rules)
    assert visit_card.lost_card_phone == "0120-95-0178"
    assert visit_card.lost_card_phone_alt == "0570-783-578"
    assert visit_card.rules_version == rules.version


def test_grace_warning_carries_the_last_usable_day(rules):
    facts = member(card_facts=card(cert_expires_on=date(2026, 10, 20)))
    plan = plan_visit(facts, VISIT, FULL_CLINIC, rules)
    visit_card = _card(plan, rules)
    grace = [w for w in visit_card.warnings if w.code is PlanWarning.CERT_GRACE]
    assert grace and grace[0].params == {"grace_until": date(2027, 1, 31)}
    assert visit_card.to_json()["warnings"][0]["params"]["grace_until"] == "2027-01-31"


def test_cost_cap_note_follows_the_route_and_only_when_relevant(rules):
    face = plan_visit(
        member(birth=FATHER_BIRTH, card_facts=card(kind=CardKind.FACE_AUTH)),
        VISIT,
        FULL_CLINIC,
        rules,
    )
    assert face.route is Route.MYNACARD and face.auth is Auth.FACE
    assert _card(face, rules).cost_cap is CostCapNote.CONSENT_AT_READER
    offline = plan_visit(member(birth=FATHER_BIRTH), VISIT, OFFLINE_CLINIC, rules)
    assert _card(offline, rules).cost_cap is CostCapNote.NOT_AT_COUNTER
    no_card = plan_visit(
        member(birth=FATHER_BIRTH, card_facts=None, qc_until=date(2027, 7, 31)),
        VISIT,
        FULL_CLINIC,
        rules,
    )
    assert _card(no_card, rules).cost_cap is CostCapNote.ON_QUALIFICATION_CERTIFICATE
    child = plan_visit(member(birth=date(2018, 1, 1)), VISIT, FULL_CLINIC, rules)
    assert (
        _card(child, rules, member_birth=date(2018, 1, 1), facility_kind="clinic").cost_cap is None
    )
    assert (
        _card(child, rules, member_birth=date(2018, 1, 1), facility_kind="hospital").cost_cap
        is CostCapNote.CONSENT_AT_READER
    )


def test_switch_lag_puts_the_insurer_phrase_on_the_card(rules):
    from familycare.domain.member_facts import CoverageKind, CoveragePeriod

    facts = member(coverage=(CoveragePeriod(CoverageKind.EMPLOYEE, date(2026, 11, 25)),))
    plan = plan_visit(facts, VISIT, FULL_CLINIC, rules)
    visit_card = _card(plan, rules)
    assert Phrase.INSURER_JUST_CHANGED in visit_card.phrases
    assert "保険が切り替わった直後です" in visit_card.phrase_texts


def test_fingerprint_changes_with_anything_printed_and_only_then(rules):
    plan = plan_visit(member(), VISIT, FULL_CLINIC, rules)
    base = _card(plan, rules)
    assert card_fingerprint(base) == card_fingerprint(_card(plan, rules))
    assert card_fingerprint(base) != card_fingerprint(_card(plan, rules, member_name="山田 花子"))
    assert card_fingerprint(base) != card_fingerprint(
        _card(plan, rules, contact=Contact("山田 健", "090-0000-0000"))
    )
    locked = plan_visit(member(failures=2), VISIT, PIN_ONLY_CLINIC, rules)
    assert card_fingerprint(base) != card_fingerprint(_card(locked, rules))


def test_contact_without_a_name_is_left_off(rules):
    plan = plan_visit(member(), VISIT, FULL_CLINIC, rules)
    assert _card(plan, rules, contact=Contact("")).contact is None
