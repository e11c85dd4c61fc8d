"""The plan of one visit in plain words, as rich text for the Visits tab.

Same wording as the printed card (``printing.visit_card_words``), plus what the card leaves
out for lack of room: every warning with its explanation and its action, including the PIN
warnings the card shows as a boxed alert.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from familycare.domain.visit_card import VisitCard
from familycare.i18n import catalog_plan as plan_cat
from familycare.i18n.text import translate, translate_code
from familycare.printing.visit_card_words import card_words, format_visit_date, heading
from familycare.ui.plan_basis import PlanBasis
from familycare.ui.text_colours import MUTED

if TYPE_CHECKING:
    from familycare.domain.visit_plan import VisitPlan


def plan_html(
    card: VisitCard, language: str, today: date, plan: VisitPlan | None = None,
    muted: str = MUTED[0],
) -> str:
    """``plan`` (when given) adds the rule behind each warning and the household's overrides;
    ``muted`` is the colour of those notes, readable on the view's palette."""
    words = card_words(card, language, today)
    basis = PlanBasis(plan)
    params = {
        key: format_visit_date(value, language) if isinstance(value, date) else value
        for w in card.warnings
        for key, value in w.params.items()
    }
    out: list[str] = [
        f"<h2>{escape(words.member_name)}</h2>",
        f"<p><b>{escape(words.date_line)}</b><br>{escape(words.facility_line)}</p>",
        f"<h3>{escape(heading('how'))}</h3>",
        f"<p style='font-size:large'><b>{escape(words.route_sentence)}</b></p>",
    ]
    out += [f"<p style='color:{muted}'><small>{escape(line)}</small></p>"
            for line in basis.general_overrides()]
    if words.do_not_try_pin:
        out.append(f"<p style='border:2px solid {muted}'>"
                   f"<b>⚠ {escape(words.do_not_try_pin)}</b></p>")
    if words.bring:
        out.append(f"<h3>{escape(heading('bring'))}</h3><ul>")
        out += [f"<li>☐ {escape(item)}</li>" for item in words.bring]
        out.append("</ul>")
    out.append(f"<h3>{escape(heading('say'))}</h3>")
    for phrase in words.phrases:
        out.append(f"<p style='font-size:x-large'><b>「{escape(phrase.japanese)}」</b></p>")
        if phrase.gloss:
            out.append(f"<p>{escape(phrase.gloss)}</p>")
    if words.fallbacks:
        out.append(f"<h3>{escape(heading('fallbacks'))}</h3><ol>")
        out += [f"<li>{escape(text)}</li>" for text in words.fallbacks]
        out.append("</ol>")
    if card.warnings or words.cost_cap:
        out.append(f"<h3>{escape(heading('warnings'))}</h3><ul>")
        for warning in card.warnings:
            code = warning.code.value
            text = translate_code(plan_cat.CONTEXT, plan_cat.warning_text(code), params)
            action = translate_code(plan_cat.CONTEXT, plan_cat.warning_action(code), params)
            what_to_do = translate("visits", "What to do:")
            rules = "".join(f"<br><small style='color:{muted}'>{escape(line)}</small>"
                            for line in basis.for_warning(code))
            out.append(
                f"<li><b>⚠ {escape(text)}</b><br>{escape(what_to_do)} {escape(action)}{rules}</li>"
            )
        if words.cost_cap:
            out.append(f"<li>{escape(words.cost_cap)}</li>")
        out.append("</ul>")
    out.append(f"<p><b>{escape(words.lost_card)}</b></p>")
    if words.contact:
        out.append(f"<p>{escape(words.contact)}</p>")
    out.append(f"<p style='color:{muted}'>{escape(words.footer)}</p>")
    return "\n".join(out)
