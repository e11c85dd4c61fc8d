"""The demo family's cards, PINs, coverage, documents, lost card and facilities
(DEMO_FAMILY.md), relative to the demo day T, entered through the services as a user would."""

from __future__ import annotations

from datetime import date, timedelta

from familycare.domain.card_record import (
    CardDraft,
    CardRecordKind,
    CoverageDraft,
    DocumentDraft,
    DocumentKind,
    FacilityDraft,
    FacilityKind,
    LostCardStep,
)
from familycare.domain.dates import birthday_at_age
from familycare.domain.member_facts import CoverageKind, PinKind
from familycare.household import Household

LATE_ELDERLY_INSURER = "東京都後期高齢者医療広域連合"
OLD_EMPLOYER_INSURER = "ABC商事健康保険組合"
NEW_EMPLOYER_INSURER = "全国健康保険協会 東京支部"
NATIONAL_INSURER = "さいたま市国民健康保険"

DEMO_FACILITIES = (
    FacilityDraft("みどり内科クリニック", FacilityKind.CLINIC, True, True, True,
                  "顔認証つきカードリーダーとスマホ用リーダーあり"),
    FacilityDraft("さくら薬局", FacilityKind.PHARMACY, True, False, False,
                  "顔認証リーダーなし。暗証番号の入力のみ"),
    FacilityDraft("こばやし医院", FacilityKind.CLINIC, True, None, None,
                  "カードリーダーの種類は未確認"),
)


def _days(t: date, n: int) -> date:
    return t + timedelta(days=n)


def _next_july_31(t: date) -> date:
    return date(t.year, 7, 31) if t <= date(t.year, 7, 31) else date(t.year + 1, 7, 31)


def _card(issued_on: date, **changes: object) -> CardDraft:
    values: dict[str, object] = {"kind": CardRecordKind.STANDARD, "issued_on": issued_on,
                                 "insurance_registered": True}
    values.update(changes)
    return CardDraft(**values)  # type: ignore[arg-type]


def add_demo_records(household: Household, t: date) -> None:
    # Imported here: services.demo lists this step in DEMO_STEPS (no import cycle).
    from familycare.services.demo import years_before

    ids = {m.display_name: m.id for m in household.members.list_members()}
    births = {m.display_name: m.birth_date for m in household.members.list_members()}
    cards, coverage, documents = household.cards, household.coverage, household.documents

    # 花子, 78: face-authentication card, late-elderly, 資格確認書 to the next 31 July.
    hanako = ids["山田 花子"]
    cards.save_card(hanako, _card(years_before(t, 2), kind=CardRecordKind.FACE_AUTH,
                                  registration_checked_on=_days(t, -200)))
    coverage.add_period(hanako, CoverageDraft(
        CoverageKind.LATE_ELDERLY, birthday_at_age(births["山田 花子"], 75), None,
        LATE_ELDERLY_INSURER))
    until = _next_july_31(t)
    documents.add_document(hanako, DocumentDraft(
        DocumentKind.QUALIFICATION_CERTIFICATE, LATE_ELDERLY_INSURER,
        issued_on=min(date(until.year - 1, 8, 1), t), valid_until=until))

    # 太郎, 80: user certificate expires at T+40, his 81st birthday, the 5th after it was
    # issued (the J-LIS notice says the same date, so no "differs" warning); PIN failed twice.
    taro = ids["山田 太郎"]
    cards.save_card(taro, _card(years_before(t, 5, 60), notified_cert_expires_on=_days(t, 40),
                                registration_checked_on=_days(t, -90)))
    cards.record_pin_failure(taro, PinKind.USER_CERT, _days(t, -60))
    cards.record_pin_failure(taro, PinKind.USER_CERT, _days(t, -3))
    taro_75 = birthday_at_age(births["山田 太郎"], 75)
    coverage.add_period(taro, CoverageDraft(CoverageKind.LATE_ELDERLY, taro_75, None,
                                            LATE_ELDERLY_INSURER))
    documents.add_document(taro, DocumentDraft(
        DocumentKind.QUALIFICATION_NOTICE, LATE_ELDERLY_INSURER,
        issued_on=_days(taro_75, 14)))

    # 一郎, 74 (75 at T+20): 国保; the late-elderly switch shows up as a proposal.
    ichiro = ids["佐藤 一郎"]
    cards.save_card(ichiro, _card(years_before(t, 3)))
    coverage.add_period(ichiro, CoverageDraft(
        CoverageKind.NATIONAL, birthday_at_age(births["佐藤 一郎"], 65), None, NATIONAL_INSURER))

    # 健, 50: smartphone set up; employer changed at T-5, family follows as dependents.
    ken = ids["山田 健"]
    cards.save_card(ken, _card(years_before(t, 4), smartphone_set_up=True,
                               registration_checked_on=_days(t, -30)))
    coverage.add_period(ken, CoverageDraft(CoverageKind.EMPLOYEE, years_before(t, 22), None,
                                           OLD_EMPLOYER_INSURER))

    # 美咲, 48: certificate expired at T-30, her 48th birthday, the 5th after it was issued
    # (in grace); dependent on 健.
    misaki = ids["山田 美咲"]
    cards.save_card(misaki, _card(years_before(t, 5),
                                  notified_cert_expires_on=_days(t, -30)))
    coverage.become_dependent(misaki, ken, years_before(t, 20))

    # 陽菜, 14 (15 at T+60): child's 5-year card, no signing password; dependent.
    hina = ids["山田 陽菜"]
    cards.save_card(hina, _card(years_before(t, 4)))
    coverage.become_dependent(hina, ken, births["山田 陽菜"])

    # 蓮, 8: dependent; card lost at T-7, checklist half done, 資格確認書 applied for.
    ren = ids["山田 蓮"]
    cards.save_card(ren, _card(years_before(t, 3)))
    coverage.become_dependent(ren, ken, births["山田 蓮"])

    coverage.change_job(ken, _days(t, -5), NEW_EMPLOYER_INSURER)

    case = household.lost_cards.mark_card_lost(ren, _days(t, -7), outside_home=True)
    household.lost_cards.complete_step(case.id, LostCardStep.SUSPENDED, _days(t, -7))
    household.lost_cards.complete_step(case.id, LostCardStep.POLICE_REPORT, _days(t, -6))
    household.lost_cards.complete_step(
        case.id, LostCardStep.QUALIFICATION_CERTIFICATE_REQUESTED, _days(t, -5))
    documents.add_document(ren, DocumentDraft(
        DocumentKind.QUALIFICATION_CERTIFICATE, NEW_EMPLOYER_INSURER,
        applied_on=_days(t, -5), held=False))

    for facility in DEMO_FACILITIES:
        household.facilities.add_facility(facility)
