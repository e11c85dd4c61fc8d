"""One place that turns service and storage failures into plain, translated sentences."""

from __future__ import annotations

from familycare.i18n.catalog_common import STORAGE
from familycare.i18n.text import translate, translate_code


def storage_error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", "")
    if code == "connection_failed":  # a database server: say why, and what to do
        from familycare.i18n.catalog_connection import connection_problem_text

        return connection_problem_text(str(getattr(exc, "problem", "other")),
                                       {"detail": getattr(exc, "detail", "")})
    source = STORAGE.get(code)
    if source is None:
        return translate(
            "errors", "Something went wrong and the change was not saved. Please try again."
        )
    params = {"detail": getattr(exc, "detail", "")}
    return translate_code("storage", source, params)
