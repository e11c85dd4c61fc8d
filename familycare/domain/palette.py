"""Member colours: the Okabe–Ito set, distinguishable with common colour-vision deficiencies.

Colour is never the only signal: the UI always shows the name next to the chip.
"""

from __future__ import annotations

from collections.abc import Iterable

OKABE_ITO: tuple[tuple[str, str], ...] = (
    ("orange", "#E69F00"),
    ("sky_blue", "#56B4E9"),
    ("bluish_green", "#009E73"),
    ("yellow", "#F0E442"),
    ("blue", "#0072B2"),
    ("vermillion", "#D55E00"),
    ("reddish_purple", "#CC79A7"),
    ("grey", "#999999"),
)
PALETTE_HEX: tuple[str, ...] = tuple(hex_ for _, hex_ in OKABE_ITO)


def next_free_colour(used: Iterable[str]) -> str:
    """The first palette colour nobody uses yet; cycles when all are taken."""
    used_list = [u.upper() for u in used]
    for colour in PALETTE_HEX:
        if colour not in used_list:
            return colour
    return PALETTE_HEX[len(used_list) % len(PALETTE_HEX)]


def is_palette_colour(value: str) -> bool:
    return value.upper() in PALETTE_HEX
