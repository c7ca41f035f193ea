"""Labels and the calibration page to PDF, with a bare reportlab canvas (platypus is ~4× slower).

The file is written next to its destination, then renamed over it: a full disk or a
cancelled run leaves no half-written PDF behind.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.services.errors import Cancelled, cannot_write
from app.services.label_formats import LabelFormat
from app.services.label_layout import FONT, Line, PlacedLabel

Progress = Callable[[int, int], None]


def write_labels(
    out: Path,
    fmt: LabelFormat,
    labels: Sequence[PlacedLabel],
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    title: str = "Étiquettes",
) -> int:
    """Draw the placed labels, one page per sheet; returns the number of pages."""
    def draw(canvas: Canvas) -> int:
        page, text = 0, _Text(canvas, fmt.page_height)
        for done, label in enumerate(labels):
            while label.page > page:
                text.flush()
                canvas.showPage()
                page += 1
            for line in label.lines:
                text.add(line)
            if done % 500 == 0:
                if cancel is not None and cancel.is_set():
                    raise Cancelled()
                if progress is not None:
                    progress(done, len(labels))
        text.flush()
        return page + 1 if labels else 0

    return _write(out, fmt, title, draw)


def write_calibration(out: Path, fmt: LabelFormat, offset: tuple[float, float]) -> None:
    """A sheet with every label's outline (shifted by the offset), a millimetre ruler along the
    top and left edges, and how to read it."""
    def draw(canvas: Canvas) -> int:
        _ruler(canvas, fmt)
        canvas.setLineWidth(0.3)
        for position in range(fmt.per_sheet):
            left, top, width, height = fmt.rect(position)
            left, top = left + offset[0], top + offset[1]
            y = fmt.page_height - top - height
            canvas.roundRect(left * mm, y * mm, width * mm, height * mm,
                             fmt.corner_radius * mm, stroke=1, fill=0)
            canvas.setFont(FONT, 8)
            canvas.drawCentredString((left + width / 2) * mm, (y + height / 2) * mm,
                                     f"{position + 1}")
        _instructions(canvas, fmt, offset)
        return 1

    _write(out, fmt, f"Étalonnage {fmt.code}", draw)


def _write(out: Path, fmt: LabelFormat, title: str, draw: Callable[[Canvas], int]) -> int:
    out = Path(out)
    partial = out.with_name(f".{out.name}.partiel")
    canvas = Canvas(str(partial), pagesize=(fmt.page_width * mm, fmt.page_height * mm),
                    pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Fichier client")
    try:
        pages = draw(canvas)
        canvas.save()
        os.replace(partial, out)
    except OSError as exc:
        raise cannot_write("le PDF", out, exc) from exc
    finally:
        partial.unlink(missing_ok=True)
    return pages


class _Text:
    """One PDF text object per page: a drawString per line would open and close one each
    time, and setting the font again only when it changes keeps the file small."""

    def __init__(self, canvas: Canvas, page_height: float) -> None:
        self.canvas = canvas
        self.height = page_height * mm
        self.text = canvas.beginText()
        self.font: tuple[float, float] = (0.0, 100.0)  # size, horizontal scale (%)

    def add(self, line: Line) -> None:
        size, scale = line.size, line.hscale * 100
        if size != self.font[0]:
            self.text.setFont(FONT, size)
        if scale != self.font[1]:
            self.text.setHorizScale(scale)
        self.font = (size, scale)
        self.text.setTextOrigin(line.x * mm, self.height - line.baseline * mm)
        self.text.textOut(line.text)

    def flush(self) -> None:
        self.canvas.drawText(self.text)
        self.text = self.canvas.beginText()
        self.font = (0.0, 100.0)


def _ruler(canvas: Canvas, fmt: LabelFormat) -> None:
    """Ticks every millimetre, longer every 5, numbered every 10 (cm), from the page's edges."""
    canvas.setLineWidth(0.2)
    canvas.setFont(FONT, 5)
    height = fmt.page_height
    for n in range(int(fmt.page_width) + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.5
        canvas.line(n * mm, height * mm, n * mm, (height - tick) * mm)
        if n % 10 == 0 and n:
            canvas.drawCentredString(n * mm, (height - 6.5) * mm, str(n // 10))
    for n in range(int(height) + 1):
        tick = 4 if n % 10 == 0 else 2.5 if n % 5 == 0 else 1.5
        canvas.line(0, (height - n) * mm, tick * mm, (height - n) * mm)
        if n % 10 == 0 and n:
            canvas.drawString(5 * mm, (height - n - 0.8) * mm, str(n // 10))


def _instructions(canvas: Canvas, fmt: LabelFormat, offset: tuple[float, float]) -> None:
    """How to read the page, in a white box in the middle of the sheet."""
    lines = [
        f"Page d'étalonnage — {fmt.code} ({fmt.description})",
        "1. Imprimez cette page sur papier ordinaire, à 100 % (taille réelle, sans",
        "    ajustement à la page).",
        "2. Posez-la sur une planche d'étiquettes vierge, face à la lumière.",
        "3. Si les cadres tombent à droite ou plus bas que les étiquettes, saisissez",
        "    un décalage négatif ; à gauche ou plus haut, un décalage positif (mm).",
        f"Décalage appliqué : {offset[0]:+.1f} mm horizontal, {offset[1]:+.1f} mm vertical.",
        "Règles graduées en centimètres le long des bords haut et gauche.",
    ]
    width, height = 120.0, 6.0 + 4.2 * len(lines)
    x = (fmt.page_width - width) / 2
    y = (fmt.page_height - height) / 2
    canvas.setFillGray(1)
    canvas.rect(x * mm, y * mm, width * mm, height * mm, stroke=1, fill=1)
    canvas.setFillGray(0)
    canvas.setFont(FONT, 8)
    text = canvas.beginText((x + 4) * mm, (y + height - 6) * mm)
    text.setLeading(4.2 * mm)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
