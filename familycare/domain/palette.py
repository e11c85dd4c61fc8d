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


# -- contrast (WCAG 2.x): text must reach 4.5:1 against what it is drawn on -----------------
MIN_TEXT_CONTRAST = 4.5


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of ``#RRGGBB`` (0 black … 1 white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two ``#RRGGBB`` colours, 1 … 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def text_colour_on(hex_colour: str) -> str:
    """Black or white, whichever reads better on ``hex_colour`` (a member's banner)."""
    black, white = contrast_ratio("#000000", hex_colour), contrast_ratio("#FFFFFF", hex_colour)
    return "#000000" if black >= white else "#FFFFFF"
