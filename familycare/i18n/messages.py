"""Code → translated sentence for validation problems (members, records, typed dates)."""

from __future__ import annotations

from collections.abc import Mapping

from familycare.i18n.catalog_common import VALIDATION
from familycare.i18n.catalog_dates import date_message_source
from familycare.i18n.catalog_records import VALIDATION as RECORD_VALIDATION
from familycare.i18n.catalog_roles import VALIDATION as ROLE_VALIDATION
from familycare.i18n.text import translate_code


def validation_text(code: str, params: Mapping[str, object] | None = None) -> str:
    source = VALIDATION.get(code)
    if source is not None:
        return translate_code("validation", source, params)
    source = RECORD_VALIDATION.get(code)
    if source is not None:
        return translate_code("records", source, params)
    source = ROLE_VALIDATION.get(code)
    if source is not None:
        return translate_code("roles", source, params)
    try:
        return translate_code("dates", date_message_source(code), params)
    except KeyError:
        return translate_code("validation", VALIDATION["date_invalid"])
