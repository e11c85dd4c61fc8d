"""Visit cards on paper: one A4 page per card, readable words, embedded fonts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from familycare.printing.visit_card_pdf import (
    MIN_BODY_PT,
    MIN_HEADING_PT,
    SIZE_STEPS,
    write_visit_cards_pdf,
)
from tests.printing.conftest import pdf_fonts, pdf_page_texts, pdf_pages, squeeze

MADE = date(2026, 11, 25)


def test_one_page_per_card_with_name_route_phrases_and_lost_card_number(
    qapp, tmp_path: Path, father_card, son_card
):
    out = tmp_path / "cards.pdf"
    write_visit_cards_pdf([father_card, son_card], out, "en", MADE)
    assert pdf_pages(out) == 2
    father, son = (squeeze(page) for page in pdf_page_texts(out))
    assert "山田太郎" in father and "山田健" in son
    assert (
        squeeze("Hand the My Number Card to reception together with the qualification notice.")
        in father
    )
    assert squeeze("Put the My Number Card on the card reader and look at the camera.") in son
    assert "別の方法で資格確認できますか?" in father
    assert "保険が切り替わった直後です" in son and "別の方法で資格確認できますか?" in son
    assert "0120-95-0178" in father and "0120-95-0178" in son
    assert "DONOTenterthePIN" in father and "DONOTenterthePIN" not in son
    assert "さくら薬局" in father


def test_fallbacks_are_printed_in_the_order_to_try_them(qapp, tmp_path: Path, son_card):
    out = tmp_path / "son.pdf"
    write_visit_cards_pdf([son_card], out, "en", MADE)
    text = squeeze(pdf_page_texts(out)[0])
    positions = [
        text.index(squeeze(s))
        for s in (
            "1. Use the smartphone",
            "2. Show the card together",
            "3. Show the qualification",
            "4. Fill in the self-declaration",
        )
    ]
    assert positions == sorted(positions)


def test_english_gloss_only_when_the_ui_is_english(qapp, tmp_path: Path, father_card):
    english, japanese = tmp_path / "en.pdf", tmp_path / "ja.pdf"
    write_visit_cards_pdf([father_card], english, "en", MADE)
    write_visit_cards_pdf([father_card], japanese, "ja", MADE)
    gloss = squeeze("Can you check my eligibility another way?")
    assert gloss in squeeze(pdf_page_texts(english)[0])
    assert gloss not in squeeze(pdf_page_texts(japanese)[0])
    assert "2026年11月27日(金)" in squeeze(pdf_page_texts(japanese)[0])


def test_every_font_is_embedded(qapp, tmp_path: Path, father_card):
    out = tmp_path / "card.pdf"
    write_visit_cards_pdf([father_card], out, "ja", MADE)
    fonts = pdf_fonts(out)
    assert fonts and all(emb == "yes" for _, emb in fonts)


def test_a_card_crowded_with_warnings_still_fits_one_page(qapp, tmp_path: Path, rules):
    from familycare.domain.member_facts import FacilityCaps
    from familycare.domain.visit_card import build_visit_card
    from familycare.domain.visit_plan import plan_visit
    from tests.domain.plan_builders import card, member

    facts = member(
        birth=date(1951, 12, 10),
        card_facts=card(cert_expires_on=date(2026, 10, 1)),
        failures=2,
        notice=False,
        qc_until=date(2026, 7, 31),
    )
    plan = plan_visit(facts, date(2026, 12, 12), FacilityCaps(True, None, None), rules)
    assert len(plan.warnings) >= 5
    crowded = build_visit_card(
        plan,
        member_name="佐藤 一郎",
        member_colour="#009E73",
        member_birth=date(1951, 12, 10),
        facility_name="小さな診療所",
        facility_kind="clinic",
        rules=rules,
    )
    out = tmp_path / "crowded.pdf"
    write_visit_cards_pdf([crowded] * 3, out, "en", MADE)
    assert pdf_pages(out) == 3
    page = squeeze(pdf_page_texts(out)[0])
    assert "0120-95-0178" in page and "佐藤一郎" in page


def test_type_sizes_never_go_below_the_large_print_minimums():
    for sizes in SIZE_STEPS:
        assert sizes.body >= MIN_BODY_PT
        assert min(sizes.heading, sizes.phrase, sizes.name) >= MIN_HEADING_PT
