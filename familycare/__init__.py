"""familycare: look after the My Number insurance cards of a whole family."""

from __future__ import annotations

__version__ = "0.1.0"
