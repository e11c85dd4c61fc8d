"""``familycare plan --member NAME --date DATE [--facility NAME] [--json]``.

The stored member's plan for one visit day: JSON (the plan's ``to_json``) or a readable
summary in the UI language — route, identity check, what to try next, what to take, each
warning with what to do, and the phrases to say (Japanese in every language). Dates are shown
in both calendars.
"""

from __future__ import annotations

from datetime import date
from typing import TextIO

from familycare.cli.context import CliContext, install_cli_language
from familycare.cli.members import parse_cli_date
from familycare.cli.parser import UserError
from familycare.domain.visit_plan import VisitPlan
from familycare.domain.wareki import format_japanese, format_wareki_short
from familycare.i18n import catalog_plan as plan_cat
from familycare.i18n import catalog_records as cat
from familycare.storage.errors import NotFound


def run_plan_member(ctx: CliContext) -> int:
    args = ctx.args
    visit_date: date = parse_cli_date(ctx, args.date, "--date")  # type: ignore[assignment]
    household = ctx.household()
    try:
        member = household.members.find_by_name(args.member)
    except NotFound as exc:
        raise UserError(f"--member: no member named {args.member!r}") from exc
    facility = None
    if args.facility:
        try:
            facility = household.facilities.find_by_name(args.facility)
        except NotFound as exc:
            raise UserError(f"--facility: no clinic or pharmacy named {args.facility!r}") from exc
    plan = household.facts.plan_for(member.id, visit_date, facility.id if facility else None)
    if args.json:
        import json

        ctx.stdout.write(json.dumps(plan.to_json(), ensure_ascii=False, indent=2) + "\n")
        return 0
    language = install_cli_language(args, household)
    write_plan_text(ctx.stdout, plan, member.display_name,
                    facility.name if facility else None, language)
    return 0


def show_date(day: date, language: str) -> str:
    """Both calendars: 2026年11月27日(令和8年), or 2026-11-27 (R8.11.27) in English."""
    if language == "ja":
        return format_japanese(day)
    return f"{day.isoformat()} ({format_wareki_short(day)})"


def write_plan_text(
    out: TextIO, plan: VisitPlan, member_name: str, facility_name: str | None, language: str
) -> None:
    from familycare.i18n.text import translate_code

    def rec(key: str, params: dict[str, object] | None = None) -> str:
        return translate_code("records", cat.CLI[key], params)

    def plan_text(source: str, params: dict[str, object] | None = None) -> str:
        return translate_code("plan", source, params)

    lines = [rec("visit", {"member": member_name, "date": show_date(plan.visit_date, language)})]
    lines.append(rec("facility", {"facility": facility_name}) if facility_name
                 else rec("no_facility"))
    lines.append("")
    lines.append(f"{rec('route')}: {plan_text(plan_cat.route_text(plan.route.value))}")
    if plan.auth is not None:
        lines.append(f"{rec('auth')}: {plan_text(plan_cat.auth_text(plan.auth.value))}")
    if plan.fallbacks:
        lines.append(f"{rec('fallbacks')}:")
        lines += [f"  {i}. {plan_text(plan_cat.route_text(f.value))}"
                  for i, f in enumerate(plan.fallbacks, 1)]
    lines.append(f"{rec('bring')}:")
    if plan.bring:
        lines += [f"  [ ] {plan_text(plan_cat.bring_text(b.value))}" for b in plan.bring]
    else:
        lines.append(f"  {rec('none')}")
    if plan.warnings:
        params: dict[str, object] = {}
        if plan.grace_until is not None:
            params["grace_until"] = show_date(plan.grace_until, language)
        lines.append("")
        lines.append(f"{rec('warnings')}:")
        for warning in plan.warnings:
            lines.append(f"  ! {plan_text(plan_cat.warning_text(warning.value), params)}")
            lines.append(f"    → {plan_text(plan_cat.warning_action(warning.value), params)}")
    lines.append("")
    lines.append(f"{rec('phrases')}:")
    lines += [f"  「{text}」" for text in plan.phrase_texts]
    lines.append("")
    if plan.card_expires_on is not None:
        lines.append(rec("card_expiry", {"date": show_date(plan.card_expires_on, language)}))
    if plan.cert_expires_on is not None:
        lines.append(rec("cert_expiry", {"date": show_date(plan.cert_expires_on, language)}))
    lines.append(rec("rules_version", {"version": plan.rules_version}))
    out.write("\n".join(lines) + "\n")
