"""The History tab's details in words: each audit log line the services write becomes the
words and dates of the UI language; names pass unchanged, an unknown line is kept whole."""

from __future__ import annotations

import pytest

from familycare.i18n.history_text import details_text

ENGLISH = [
    ("kind=face_auth state=in_hand", "Kind: Face-authentication My Number Card, State: In hand"),
    ("employee 2006-12-01.. dependent",
     "Employee health insurance, from 2006-12-01 (H18.12.1), dependent"),
    ("national 2016-12-21..2026-11-25",
     "National health insurance, 2016-12-21 (H28.12.21) to 2026-11-25 (R8.11.25)"),
    ("user_cert: 2 of 3 failures", "User-certificate PIN (4 digits): 2 of 3 wrong entries"),
    ("police_report on 2026-11-25", "Report the loss to the police: 2026-11-25 (R8.11.25)"),
    ("qualification_certificate applied valid_until=-",
     "Qualification certificate, applied for, Valid until: —"),
    ("lost_on=2026-11-24 outside_home=True",
     "Lost on: 2026-11-24 (R8.11.24), Lost outside the home: yes"),
    ("kind=legal_minor agent=4 scopes=medical_info,insurance_details",
     "Kind: Legal representative of a minor, Agent: 山田 健, "
     "Scopes: Medical information, Insurance details"),
    ("2026-12-04 mynacard",
     "2026-12-04 (R8.12.4), Use the My Number insurance card at the card reader"),
    ("issued_on, printed_expires_on", "Issue date, Expiry printed on the card"),
    ("kind=standard; previous card 3 ended", "My Number Card; the previous card ended"),
    ("accompanies_visits: - → 山田 美咲", "Goes along on visit days: — → 山田 美咲"),
    ("cert_expiry:member:2:2027-01-10 → 山田 健", "to-do item of 2027-01-10 (R9.1.10) → 山田 健"),
    ("山田 花子", "山田 花子"),  # a name: data
    ("something new happened", "something new happened"),  # unknown: kept, never hidden
]


@pytest.mark.parametrize(("summary", "expected"), ENGLISH)
def test_each_log_line_reads_as_words(qapp, summary: str, expected: str) -> None:
    assert details_text(summary, {4: "山田 健"}) == expected


def test_in_japanese_the_codes_become_japanese_words(qapp) -> None:
    from familycare.i18n.translator import UiLanguage

    language = UiLanguage(qapp, "en")
    language.switch("ja")
    try:
        assert details_text("user_cert: 2 of 3 failures") == \
            "利用者証明用電子証明書の暗証番号(数字4桁):3回中2回まちがえた"
        assert details_text("employee 2006-12-01.. dependent") == \
            "健康保険(会社員など)、2006年12月1日(平成18年)から、扶養"
    finally:
        language.switch("en")
