"""Recognising an individual number (個人番号, "My Number") so the app can refuse to store one.

A My Number is 12 digits; the last is a check digit computed from the first 11 by the
formula in 総務省令第八十五号 第五条:

    P_n = the n-th of the 11 digits counted from the right (n = 1 is the rightmost),
    Q_n = n + 1 for 1 ≤ n ≤ 6 and n − 5 for 7 ≤ n ≤ 11 (weights 2..7, 2..6 from the right),
    r   = (Σ P_n × Q_n) mod 11,
    check digit = 0 if r ≤ 1, else 11 − r.

Because remainders 0 and 1 both give check digit 0, a typo that moves r between 0 and 1 keeps
the number "valid"; every other single-digit typo is caught (11 is prime and no weight is a
multiple of it). That is fine for our use: we look for numbers people *meant* to type.

The app never stores My Numbers (DATA_MODEL.md); these functions only detect them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MY_NUMBER_LENGTH = 12

_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")

_DIGIT = "[0-9０-９]"
# Separators people put between the 4-4-4 groups: spaces (ASCII or ideographic), ASCII and
# full-width hyphens, and the dash look-alikes an IME may produce.
_SEP = "[ \u3000\\-\u2010\u2011\u2012\u2013\u2014\u2212\uff0d\u30fc]"
_GROUP = f"{_DIGIT}{{4}}"

# Either 12 digits in a row, or three groups of four with the same separator twice. Neither
# may touch another digit, and a grouped number may not continue with another separated group
# (so a 16-digit card number written 4-4-4-4 is not mistaken for a My Number).
_PATTERN = re.compile(
    f"(?<!{_DIGIT})"
    f"(?:{_DIGIT}{{12}}"
    f"|(?<!{_DIGIT}{_SEP}){_GROUP}(?P<sep>{_SEP}){_GROUP}(?P=sep){_GROUP}(?!{_SEP}{_DIGIT}))"
    f"(?!{_DIGIT})"
)


@dataclass(frozen=True)
class MyNumberMatch:
    """Where a My Number was found in a text (``text[start:end]``) and its 12 plain digits."""

    start: int
    end: int
    digits: str


def _plain_digits(text: str) -> str:
    return "".join(ch for ch in text.translate(_FULL_WIDTH_DIGITS) if ch.isascii() and ch.isdigit())


def check_digit(first_eleven: str) -> int:
    """The check digit for the first 11 digits of a My Number (ASCII digits only)."""
    if len(first_eleven) != MY_NUMBER_LENGTH - 1 or not (
        first_eleven.isascii() and first_eleven.isdigit()
    ):
        raise ValueError("expected 11 ASCII digits")
    total = 0
    for n, ch in enumerate(reversed(first_eleven), start=1):
        weight = n + 1 if n <= 6 else n - 5
        total += int(ch) * weight
    remainder = total % 11
    return 0 if remainder <= 1 else 11 - remainder


def is_valid_my_number(text: str) -> bool:
    """Whether ``text`` is exactly one My Number with a correct check digit.

    Accepts 12 digits, or 4-4-4 groups separated by spaces or hyphens; full-width digits too.
    Surrounding spaces are ignored; anything else makes it not a My Number.
    """
    stripped = text.strip()
    match = _PATTERN.fullmatch(stripped)
    return match is not None and _passes_check(_plain_digits(stripped))


def _passes_check(digits: str) -> bool:
    return check_digit(digits[:-1]) == int(digits[-1])


def find_my_number_matches(text: str) -> list[MyNumberMatch]:
    """Every My Number in ``text`` with its position, in order of appearance."""
    found: list[MyNumberMatch] = []
    for match in _PATTERN.finditer(text):
        digits = _plain_digits(match.group())
        if _passes_check(digits):
            found.append(MyNumberMatch(match.start(), match.end(), digits))
    return found


def find_my_numbers(text: str) -> list[str]:
    """The My Numbers in ``text`` (as 12 plain ASCII digits), in order of appearance."""
    return [m.digits for m in find_my_number_matches(text)]
