"""The Timeline tab (タイムライン): the family's cards and papers as a picture over the months.

A key to the colours and patterns, the painted lanes (``TimelineView``), the chosen bar in
words below them, and Print… for one landscape page. The next problem is chosen and shown
when the tab opens, so the words under the picture already say what to do first.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontInfo, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from familycare.domain.family_timeline import TimelineBar
from familycare.i18n.text import fill, translate
from familycare.i18n.todo_text import date_text
from familycare.services.timeline import TimelineService
from familycare.storage.errors import StorageError
from familycare.ui.error_text import storage_error_text
from familycare.ui.timeline_paint import paint_legend
from familycare.ui.timeline_view import TimelineView


class TimelineLegend(QWidget):
    """The key: each bar kind's colour, pattern and words (painted like the bars)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(translate("timeline", "Key to the timeline"))

    def _text_px(self) -> float:
        return float(QFontInfo(self.font()).pixelSize())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        from PySide6.QtGui import QImage

        scratch = QImage(1, 1, QImage.Format.Format_ARGB32)
        p = QPainter(scratch)
        try:
            return int(paint_legend(p, 0, 0, width, self._text_px(), self.font())) + 4
        finally:
            p.end()

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), 600)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.setFixedHeight(self.heightForWidth(self.width()))

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        paint_legend(p, 0, 2, self.width(), self._text_px(), self.font())
        p.end()


class TimelinePage(QWidget):
    def __init__(self, timeline: TimelineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._timeline = timeline
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.legend = TimelineLegend(self)
        self.view = TimelineView(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explanation.setAccessibleName(translate("timeline", "About the chosen bar"))
        self.print_button = QPushButton(translate("timeline", "&Print…"), self)
        self.print_button.setAccessibleName(translate("timeline", "Print the timeline"))
        self.print_button.setMinimumHeight(36)
        self.print_button.clicked.connect(self.ask_and_print)
        self.view.bar_selected.connect(self._show)

        bottom = QHBoxLayout()
        bottom.addWidget(self.explanation, 1)
        bottom.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.legend)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def reload(self) -> None:
        try:
            data = self._timeline.family()
        except StorageError as exc:
            self.explanation.setText(storage_error_text(exc))
            return
        span = data.timeline.span
        self.heading.setText(fill(translate(
            "timeline", "{first} to {last}. Click a bar or use the arrow keys to read about "
                        "it; the thick outline is the family's next problem."),
            {"first": date_text(span.first), "last": date_text(span.last)}))
        self.view.set_data(data)
        if not data.timeline.lanes:
            self.explanation.setText(translate("timeline", "No family members yet."))
        elif data.timeline.next_problem is None and self.view.selected is None:
            self.explanation.setText(translate(
                "timeline", "Nothing needs doing in these months. Choose a bar to read about it."))

    def _show(self, bar: TimelineBar | None) -> None:
        if bar is not None:
            self.explanation.setText(self.view.explain(bar))

    def today(self) -> date:
        return self._timeline.today()

    # -- printing --------------------------------------------------------------------------
    def ask_and_print(self) -> None:
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("timeline", "Print the timeline"))
        if dialog.exec():
            self.print_to(printer)

    def print_to(self, printer) -> bool:  # QPrinter: imported with the print support
        from familycare.ui.timeline_print import PrintFailed, print_timeline

        if self.view.data is None:
            self.reload()
        if self.view.data is None:
            return False
        try:
            print_timeline(printer, self.view.data, self.font())
        except PrintFailed:
            self.warn(translate("timeline", "Not printed"),
                      translate("timeline", "The printer or the file could not be opened. Check "
                                            "that the printer is on, or choose another file "
                                            "name."))
            return False
        return True
