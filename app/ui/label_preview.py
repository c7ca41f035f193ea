"""A sheet of labels drawn at true scale (or fitted), from the same layout as the PDF."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.services.addresses import AddressBlock
from app.services.label_formats import LabelFormat
from app.services.label_layout import FONT, PT_MM, Options, PlacedLabel, place

PAPER = QColor("#ffffff")
OUTLINE = QColor("#9aa5b1")
FREE = QColor("#eef1f4")  # a position left free on a partly used sheet
INK = QColor("#1f2933")


class SheetPreview(QWidget):
    """One page of the run; `true_scale` draws millimetres as millimetres on the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fmt: LabelFormat | None = None
        self.labels: list[PlacedLabel] = []
        self.free: list[int] = []  # positions skipped on this page
        self.true_scale = True
        self.font = QFont("Helvetica")
        self.font.setStyleHint(QFont.StyleHint.SansSerif)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_page(self, fmt: LabelFormat, blocks: Sequence[AddressBlock], options: Options,
                  page: int) -> None:
        """Lay out only this page's labels: a run of 10 000 is not laid out for a preview."""
        self.fmt = fmt
        skip = min(max(options.start, 1), fmt.per_sheet) - 1
        first = max(0, page * fmt.per_sheet - skip)
        count = fmt.per_sheet - (skip if page == 0 else 0)
        self.labels = [place(fmt, skip + i, blocks[i], options)
                       for i in range(first, min(first + count, len(blocks)))]
        self.free = list(range(skip)) if page == 0 else []
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.fmt, self.labels, self.free = None, [], []
        self.update()

    def px_per_mm(self) -> float:
        if self.fmt is None:
            return 1.0
        if self.true_scale:
            return self.logicalDpiX() / 25.4
        return min(self.width() / self.fmt.page_width, self.height() / self.fmt.page_height)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        if self.fmt is None or not self.true_scale:
            return QSize(420, 594)
        scale = self.px_per_mm()
        return QSize(int(self.fmt.page_width * scale) + 2, int(self.fmt.page_height * scale) + 2)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        if self.fmt is not None:
            self._paint_sheet(painter, self.fmt, self.px_per_mm())
        painter.end()

    def _paint_sheet(self, painter: QPainter, fmt: LabelFormat, scale: float) -> None:
        painter.fillRect(QRectF(0, 0, fmt.page_width * scale, fmt.page_height * scale), PAPER)
        painter.setPen(QPen(OUTLINE, 1))
        radius = fmt.corner_radius * scale
        for position in range(fmt.per_sheet):
            left, top, width, height = fmt.rect(position)
            box = QRectF(left * scale, top * scale, width * scale, height * scale)
            if position in self.free:
                painter.setBrush(FREE)
            painter.drawRoundedRect(box, radius, radius)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(INK)
        for label in self.labels:
            for line in label.lines:
                self._paint_line(painter, line.text, line.x, line.baseline, line.size,
                                 line.hscale, scale)

    def _paint_line(self, painter: QPainter, text: str, x: float, baseline: float, size: float,
                    hscale: float, scale: float) -> None:
        """Drawn at the PDF's width: the screen font's own metrics differ from Helvetica's."""
        self.font.setPixelSize(max(1, round(size * PT_MM * scale)))
        painter.setFont(self.font)
        natural = QFontMetricsF(self.font).horizontalAdvance(text)
        target = stringWidth(text, FONT, size) * hscale * PT_MM * scale
        painter.save()
        painter.translate(QPointF(x * scale, baseline * scale))
        if natural > 0:
            painter.scale(target / natural, 1.0)
        painter.drawText(QPointF(0, 0), text)
        painter.restore()
