"""Printing visit cards: one A4 portrait page per card, large type, to PDF or a printer.

The card is read at a reception desk by someone who may see poorly: body text is at least
14 pt and headings at least 20 pt. A card never runs onto a second page: it is laid out at
the largest size set that fits (measured first, then drawn). The member's colour is a band
behind their name, so the colour is never the only signal. Fonts are embedded by Qt's PDF
engine; Noto Sans CJK JP is used when installed because its kana and kanji are clear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from familycare.domain.visit_card import VisitCard
from familycare.printing.visit_card_words import CardWords, card_words, heading

PREFERRED_FAMILY = "Noto Sans CJK JP"
RESOLUTION_DPI = 300
MARGIN_MM = 12


@dataclass(frozen=True, slots=True)
class TypeSizes:
    """Point sizes; the smallest set still meets the minimums (body 14, headings 20)."""

    body: float
    heading: float
    phrase: float
    name: float


SIZE_STEPS: tuple[TypeSizes, ...] = (
    TypeSizes(body=17, heading=23, phrase=36, name=34),
    TypeSizes(body=16, heading=22, phrase=32, name=30),
    TypeSizes(body=15, heading=21, phrase=28, name=28),
    TypeSizes(body=14, heading=20, phrase=26, name=26),
)
MIN_BODY_PT = 14
MIN_HEADING_PT = 20


class PrintingUnavailable(RuntimeError):
    """Qt's painting needs a GUI application object; a console-only one is running."""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one (for the command line)."""
    from PySide6.QtCore import QCoreApplication

    existing = QCoreApplication.instance()
    if existing is None:
        return QGuiApplication(["familycare", "-platform", "offscreen"])
    if not isinstance(existing, QGuiApplication):
        raise PrintingUnavailable("a console-only Qt application is already running")
    return existing


# Latin letters and digits come from a TrueType Latin face: in Qt's PDF output the digits of
# CFF-outline fonts (Noto Sans CJK, Nimbus Sans) cannot be read back as text (copy, search,
# screen readers), so the CJK face serves kana and kanji only, as the fallback family.
LATIN_FAMILIES = ("Noto Sans", "DejaVu Sans", "Segoe UI", "Arial")  # TrueType outlines


def font_families() -> list[str]:
    """Installed families in the order Qt should try them for each character."""
    installed = set(QFontDatabase.families())
    chosen = [f for f in LATIN_FAMILIES if f in installed][:1]
    if PREFERRED_FAMILY in installed:
        chosen.append(PREFERRED_FAMILY)
    return chosen or [QFont().defaultFamily()]


def write_visit_cards_pdf(
    cards: Sequence[VisitCard], path: Path, language: str, made_on: date
) -> None:
    """Write ``cards`` to ``path`` as a PDF, one page each (``path`` is overwritten)."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(heading("title"))
    writer.setCreator("familycare")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint_visit_cards(writer, cards, language, made_on)


def paint_visit_cards(
    device: QPagedPaintDevice, cards: Sequence[VisitCard], language: str, made_on: date
) -> None:
    """Paint ``cards`` onto a paged device (a QPdfWriter or a QPrinter), one page each."""
    painter = QPainter(device)
    try:
        family = font_families()
        for index, card in enumerate(cards):
            if index:
                device.newPage()
            words = card_words(card, language, made_on)
            area = QRectF(0, 0, device.width(), device.height())  # the printable area
            _paint_card(painter, area, words, card.member_colour, family)
    finally:
        painter.end()


@dataclass(frozen=True, slots=True)
class _Fit:
    sizes: TypeSizes
    actions_only: bool = False  # warnings shortened to what to do
    compact: bool = False  # tighter spacing, no high-cost care note


_FITS: tuple[_Fit, ...] = (
    *(_Fit(sizes) for sizes in SIZE_STEPS),
    _Fit(SIZE_STEPS[-1], actions_only=True),
    _Fit(SIZE_STEPS[-1], actions_only=True, compact=True),
)


def _paint_card(
    painter: QPainter, area: QRectF, words: CardWords, colour: str, family: list[str]
) -> None:
    """Draw at the largest sizes that fit. When even the smallest does not fit, shorten the
    warnings to their actions (what to do matters most at the desk), then tighten; as a last
    resort shrink the whole page rather than lose a line or spill onto a second page."""
    for fit in _FITS:
        end = _Layout(painter, area, fit, family, draw=False).run(words, colour)
        if end <= area.bottom():
            _Layout(painter, area, fit, family, draw=True).run(words, colour)
            return
    factor = area.height() / (end - area.top())
    painter.save()
    painter.translate(area.topLeft())
    painter.scale(factor, factor)
    painter.translate(-area.topLeft())
    wide = QRectF(area.left(), area.top(), area.width() / factor, area.height() / factor)
    _Layout(painter, wide, _FITS[-1], family, draw=True).run(words, colour)
    painter.restore()


@lru_cache(maxsize=64)
def _font(families: tuple[str, ...], size: float, bold: bool) -> QFont:
    # Cached: every measuring pass asks for the same few fonts, and each void Qt setter
    # call costs a reference to None under PySide6 6.12 on Python 3.11 (see the report).
    font = QFont()
    font.setFamilies(list(families))
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_colour_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on the member's colour."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#000000") if luminance > 140 else QColor("#FFFFFF")


class _Layout:
    """Flows the card top to bottom; with ``draw`` False it only measures."""

    def __init__(
        self,
        painter: QPainter,
        area: QRectF,
        fit: _Fit,
        family: list[str],
        draw: bool,
    ) -> None:
        self.p = painter
        self.area = area
        self.fit = fit
        self.sizes = fit.sizes
        self.spacing = 0.5 if fit.compact else 1.0
        self.family = family
        self.draw = draw
        self.actions_only = fit.actions_only
        self.y = area.top()
        self.x = area.left()
        self.width = area.width()
        dpi = painter.device().logicalDpiY()
        self.pt = dpi / 72.0  # device units per point

    def font(self, size: float, bold: bool = False) -> QFont:
        return _font(tuple(self.family), size, bold)

    def run(self, words: CardWords, colour: str) -> float:
        s = self.sizes
        self.band(words, colour)
        self.paragraph(words.date_line, self.font(s.heading, bold=True))
        self.paragraph(words.facility_line, self.font(s.heading))
        self.gap(0.6)
        self.section(heading("how"))
        self.paragraph(words.route_sentence, self.font(s.body + 2, bold=True))
        if words.do_not_try_pin:
            self.alert(words.do_not_try_pin)
        self.section(heading("say"))
        self.phrases(words)
        self.columns(
            lambda left: left.bring_list(words.bring),
            lambda right: right.fallback_list(words.fallbacks),
        )
        if words.warnings or (words.cost_cap and not self.fit.compact):
            self.section(heading("warnings"))
            for warning in words.warnings:
                if not self.actions_only:
                    self.paragraph(f"! {warning.text}", self.font(s.body, bold=True), indent=0.3)
                    self.paragraph(f"→ {warning.action}", self.font(s.body), indent=0.9)
                else:
                    self.paragraph(f"! {warning.action}", self.font(s.body, bold=True), indent=0.3)
            if words.cost_cap and not self.fit.compact:
                self.paragraph(words.cost_cap, self.font(s.body), indent=0.3)
        self.gap(0.6)
        self.rule()
        self.paragraph(words.lost_card, self.font(s.body, bold=True))
        if words.contact:
            self.paragraph(words.contact, self.font(s.body))
        self.paragraph(words.footer, self.font(s.body), colour=QColor("#444444"))
        return self.y

    # -- pieces ------------------------------------------------------------------------
    def columns(
        self, fill_left: Callable[[_Layout], None], fill_right: Callable[[_Layout], None]
    ) -> None:
        """Two columns side by side (bring-list | fallbacks); continues below the longer."""
        gutter = self.sizes.body * self.pt
        half = (self.width - gutter) / 2
        ends = []
        for left, fill in ((self.x, fill_left), (self.x + half + gutter, fill_right)):
            column = _Layout(
                self.p,
                QRectF(left, self.y, half, self.area.height()),
                self.fit,
                self.family,
                self.draw,
            )
            fill(column)
            ends.append(column.y)
        self.y = max(ends)

    def bring_list(self, items: Sequence[str]) -> None:
        if items:
            self.section(heading("bring"))
            for item in items:
                self.tick_box(item)

    def fallback_list(self, items: Sequence[str]) -> None:
        if items:
            self.section(heading("fallbacks"))
            for number, text in enumerate(items, start=1):
                self.paragraph(f"{number}. {text}", self.font(self.sizes.body))

    def gap(self, lines: float) -> None:
        self.y += lines * self.spacing * self.sizes.body * self.pt

    def measure(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.p.device())
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def paragraph(
        self, text: str, font: QFont, indent: float = 0.0, colour: QColor | None = None
    ) -> None:
        left = self.x + indent * self.sizes.body * self.pt * 2
        width = self.area.right() - left
        height = self.measure(text, font, width)
        if self.draw:
            self.p.setFont(font)
            self.p.setPen(colour or QColor("#000000"))
            self.p.drawText(
                QRectF(left, self.y, width, height), int(Qt.TextFlag.TextWordWrap), text
            )
        self.y += height + 0.25 * self.spacing * self.sizes.body * self.pt

    def section(self, title: str) -> None:
        self.gap(0.5)
        self.paragraph(title, self.font(self.sizes.heading, bold=True))

    def band(self, words: CardWords, colour: str) -> None:
        """The member's name on their colour, "Visit card" at the right of the same row."""
        background = QColor(colour) if QColor(colour).isValid() else QColor("#999999")
        name_font = self.font(self.sizes.name, bold=True)
        title_font = self.font(self.sizes.body)
        pad = 0.6 * self.sizes.body * self.pt
        title_w = QFontMetricsF(title_font, self.p.device()).horizontalAdvance(words.title) + pad
        name_w = self.width - 2 * pad - title_w
        name_h = self.measure(words.member_name, name_font, name_w)
        height = pad + name_h + pad
        if self.draw:
            self.p.fillRect(QRectF(self.x, self.y, self.width, height), background)
            self.p.setPen(_text_colour_on(background))
            self.p.setFont(name_font)
            self.p.drawText(
                QRectF(self.x + pad, self.y + pad, name_w, name_h),
                int(Qt.TextFlag.TextWordWrap),
                words.member_name,
            )
            self.p.setFont(title_font)
            self.p.drawText(
                QRectF(self.x + pad + name_w, self.y + pad, title_w, name_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                words.title,
            )
        self.y += height + 0.5 * self.spacing * self.sizes.body * self.pt

    def tick_box(self, text: str) -> None:
        font = self.font(self.sizes.body + 1)
        side = self.sizes.body * self.pt * 1.1
        left = self.x + side * 1.8
        width = self.area.right() - left
        height = max(self.measure(text, font, width), side)
        if self.draw:
            self.p.setPen(QPen(QColor("#000000"), self.pt * 1.5))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(QRectF(self.x + side * 0.3, self.y + side * 0.15, side, side))
            self.p.setFont(font)
            self.p.drawText(
                QRectF(left, self.y, width, height), int(Qt.TextFlag.TextWordWrap), text
            )
        self.y += height + 0.35 * self.sizes.body * self.pt

    def phrases(self, words: CardWords) -> None:
        pad = 0.6 * self.sizes.body * self.pt
        inner = self.width - 2 * pad
        big = self.font(self.sizes.phrase, bold=True)
        gloss_font = self.font(self.sizes.body)
        parts: list[tuple[str, QFont, float]] = []
        for phrase in words.phrases:
            parts.append(
                (f"「{phrase.japanese}」", big, self.measure(f"「{phrase.japanese}」", big, inner))
            )
            if phrase.gloss:
                parts.append(
                    (phrase.gloss, gloss_font, self.measure(phrase.gloss, gloss_font, inner))
                )
        height = pad * 2 + sum(h for _, _, h in parts) + pad * 0.5 * max(len(parts) - 1, 0)
        if self.draw:
            self.p.setPen(QPen(QColor("#000000"), self.pt * 2.5))
            self.p.setBrush(QColor("#FFFBE6"))
            self.p.drawRoundedRect(QRectF(self.x, self.y, self.width, height), pad, pad)
            y = self.y + pad
            for text, font, h in parts:
                self.p.setFont(font)
                self.p.setPen(QColor("#000000"))
                self.p.drawText(
                    QRectF(self.x + pad, y, inner, h), int(Qt.TextFlag.TextWordWrap), text
                )
                y += h + pad * 0.5
        self.y += height + 0.3 * self.sizes.body * self.pt

    def alert(self, text: str) -> None:
        pad = 0.5 * self.sizes.body * self.pt
        font = self.font(self.sizes.heading, bold=True)
        height = self.measure(text, font, self.width - 2 * pad) + 2 * pad
        if self.draw:
            self.p.setPen(QPen(QColor("#000000"), self.pt * 3))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(QRectF(self.x, self.y, self.width, height))
            self.p.setFont(font)
            self.p.drawText(
                QRectF(self.x + pad, self.y + pad, self.width - 2 * pad, height - 2 * pad),
                int(Qt.TextFlag.TextWordWrap),
                text,
            )
        self.y += height + 0.3 * self.sizes.body * self.pt

    def rule(self) -> None:
        if self.draw:
            self.p.setPen(QPen(QColor("#000000"), self.pt))
            self.p.drawLine(QPointF(self.x, self.y), QPointF(self.area.right(), self.y))
        self.y += 0.3 * self.sizes.body * self.pt
