"""Spares start-up PySide6's reading of the source of every module imported after it.

PySide6 replaces ``builtins.__import__``: after each import it asks its private
``shibokensupport.feature`` module whether the new module "uses PySide6", to know which
``from __feature__ import …`` switches (snake_case, true_property) apply to code in it. Its
answer comes from ``inspect.getsource(module)`` searched for the word "PySide6": a file read
for each of the ~260 modules (SQLAlchemy's and ours) imported before the first screen, about
90 ms of a start from source (a frozen build has no sources and hardly pays it).

familycare never selects a feature, so the answer changes nothing for it; it is still given
the way PySide6 would give it, from the module's name instead of its text: familycare's own
modules use PySide6 ("no feature", 0), every other module imported after Qt (the standard
library, SQLAlchemy, keyring, jpholiday, …) does not ("ignore this module", -1), as their
sources never name it.

The module is private, so it is touched only when it looks exactly as expected (6.11: the
function ``_mod_uses_pyside(module)`` looked up by ``feature_imported`` at each call, and the
dict ``pyside_feature_dict``); otherwise nothing is changed and start-up only pays the scan.
"""

from __future__ import annotations

import inspect
import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
OWN_PACKAGE = "familycare"


def uses_pyside(module: ModuleType) -> bool:
    """PySide6's answer for a module, from its name (see the module docstring)."""
    name = getattr(module, "__name__", "")
    return name == OWN_PACKAGE or name.startswith(OWN_PACKAGE + ".")


def skip_source_scan() -> bool:
    """Replace the scan with ``uses_pyside`` for the rest of the process; True if it applied.

    Call after PySide6 is imported. Kept for the whole run (not only until "ready"): the
    pages and services imported when a tab is first opened would pay the same reads.
    """
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None:
        return False
    current = getattr(feature, "_mod_uses_pyside", None)
    if current is uses_pyside:
        return True
    if not (
        inspect.isfunction(current)
        and current.__code__.co_argcount == 1
        and inspect.isfunction(getattr(feature, "feature_imported", None))
        and "_mod_uses_pyside" in feature.feature_imported.__code__.co_names
        and isinstance(getattr(feature, "pyside_feature_dict", None), dict)
    ):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
