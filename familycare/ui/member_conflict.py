"""The member form's side of a conflicting save: its fields as comparable values, their
labels and texts for the conflict dialog, and whether the form holds unsaved edits."""

from __future__ import annotations

from familycare.domain.member import Member, MemberDraft, Relationship
from familycare.i18n.catalog_common import RELATIONSHIPS
from familycare.i18n.text import translate, translate_code
from familycare.ui.conflict_dialog import value_text
from familycare.ui.member_form import COLOUR_NAMES, MemberForm

FIELDS = ("display_name", "kana", "birth_date", "relationship", "colour", "memo")


def member_values(member: Member | MemberDraft) -> dict[str, object]:
    draft = member.normalised() if isinstance(member, MemberDraft) else member
    values = {name: getattr(draft, name) for name in FIELDS}
    values["colour"] = str(values["colour"]).upper()  # the form's palette is upper case
    return values


def draft_from(values: dict[str, object]) -> MemberDraft:
    return MemberDraft(
        display_name=str(values["display_name"]), birth_date=values["birth_date"],  # type: ignore[arg-type]
        relationship=Relationship(values["relationship"]), kana=str(values["kana"]),
        colour=str(values["colour"]), memo=str(values["memo"]),
    )


def field_labels() -> dict[str, str]:
    return {
        "display_name": translate("member_form", "Name"),
        "kana": translate("member_form", "Kana reading"),
        "birth_date": translate("member_form", "Date of birth"),
        "relationship": translate("member_form", "Relationship"),
        "colour": translate("member_form", "Colour"),
        "memo": translate("member_form", "Memo"),
    }


def render(field: str, value: object) -> str:
    if field == "relationship":
        return translate_code("relationship", RELATIONSHIPS[Relationship(value)])
    if field == "colour":
        from familycare.domain.palette import OKABE_ITO

        names = {hex_colour.upper(): key for key, hex_colour in OKABE_ITO}
        key = names.get(str(value).upper())
        return translate_code("colours", COLOUR_NAMES[key]) if key else str(value)
    return value_text(value)


def form_values(form: MemberForm, loaded: Member) -> dict[str, object] | None:
    """What the form holds, comparable with ``member_values``; None when its date cannot be
    read (which is an unsaved edit too)."""
    try:
        draft = form.draft()
    except ValueError:
        return None
    values = member_values(draft)
    if not values["colour"]:
        values["colour"] = loaded.colour.upper()
    return values


def has_unsaved_edits(form: MemberForm, loaded: Member | None) -> bool:
    if loaded is None:  # a new member: anything typed is unsaved
        return bool(form.name.text().strip() or form.birth.edit.text().strip()
                    or form.kana.text().strip() or form.memo.toPlainText().strip())
    return form_values(form, loaded) != member_values(loaded)
