"""Labels and the calibration page to PDF, with a bare reportlab canvas (platypus is ~4× slower).

The file is written next to its destination, then renamed over it: a full disk or a
cancelled run leaves no half-written PDF behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.services.errors import Cancelled
from app.services.files import replacing
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
    """Page 1: every label's outline, shifted by the offset as the labels will be, with a
    millimetre scale across the corners of the first and last labels; page 2: how to read it.
    Laid on a blank sheet against the light, the scales say how far the printer drifts."""
    def draw(canvas: Canvas) -> int:
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
        first, last = fmt.rect(_inner(fmt, 1, 1)), fmt.rect(_inner(fmt, -2, -2))
        _corner_scale(canvas, fmt, first[0] + offset[0], first[1] + offset[1])
        _corner_scale(canvas, fmt, last[0] + last[2] + offset[0],
                      last[1] + last[3] + offset[1])
        canvas.showPage()
        _instructions(canvas, fmt, offset)
        return 2

    _write(out, fmt, f"Étalonnage {fmt.code}", draw)


def _write(out: Path, fmt: LabelFormat, title: str, draw: Callable[[Canvas], int]) -> int:
    with replacing(Path(out), "le PDF") as partial:
        canvas = Canvas(str(partial), pagesize=(fmt.page_width * mm, fmt.page_height * mm),
                        pageCompression=1)
        canvas.setTitle(title)
        canvas.setCreator("Fichier client")
        # Viewers print "fit to page" by default (95-97 %): labels would drift by millimetres.
        canvas.setViewerPreference("PrintScaling", "None")
        pages = draw(canvas)
        canvas.save()
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


def _inner(fmt: LabelFormat, row: int, column: int) -> int:
    """A label away from the paper's edges (whose corners a printer can reach): row and
    column counted from the start, or from the end when negative, within the sheet."""
    row = min(max(row % fmt.rows, 0), fmt.rows - 1) if fmt.rows > 2 else 0
    column = min(max(column % fmt.columns, 0), fmt.columns - 1) if fmt.columns > 1 else 0
    return row * fmt.columns + column


def _corner_scale(canvas: Canvas, fmt: LabelFormat, x: float, y: float) -> None:
    """Two millimetre scales crossing at a label corner (x, y from the top-left, mm): ticks
    every mm over ±6 mm, longer every 5, so a drift can be read to the millimetre."""
    canvas.setLineWidth(0.15)
    canvas.setFont(FONT, 4)
    top = fmt.page_height - y
    canvas.line((x - 6) * mm, top * mm, (x + 6) * mm, top * mm)
    canvas.line(x * mm, (top - 6) * mm, x * mm, (top + 6) * mm)
    for n in range(-6, 7):
        tick = 1.6 if n % 5 == 0 else 0.8
        canvas.line((x + n) * mm, (top - tick) * mm, (x + n) * mm, (top + tick) * mm)
        canvas.line((x - tick) * mm, (top + n) * mm, (x + tick) * mm, (top + n) * mm)
        if n and n % 5 == 0:
            canvas.drawCentredString((x + n) * mm, (top + 2) * mm, f"{n:+d}")
            canvas.drawString((x + 2) * mm, (top - n - 0.6) * mm, f"{n:+d}")


def _instructions(canvas: Canvas, fmt: LabelFormat, offset: tuple[float, float]) -> None:
    """Page 2: how to print page 1 and read it."""
    lines = [
        f"Page d'étalonnage — {fmt.code} ({fmt.description})",
        "",
        "1. Imprimez la page 1 sur du papier ordinaire, à 100 % (« Taille réelle » ; surtout",
        "    pas « Ajuster à la page »).",
        "2. Posez-la sur une planche d'étiquettes vierge, bords alignés, face à la lumière.",
        "3. Regardez les deux croix graduées (aux coins de deux étiquettes intérieures) :",
        "    si les cadres tombent à droite des étiquettes, saisissez un décalage horizontal",
        "    négatif ; à gauche, positif. Plus bas : décalage vertical négatif ; plus haut,",
        "    positif. Chaque graduation vaut 1 mm.",
        "4. Réimprimez la page 1 pour vérifier : les cadres doivent épouser les étiquettes.",
        "",
        f"Décalage appliqué : {offset[0]:+.1f} mm horizontal, {offset[1]:+.1f} mm vertical.",
        "Le décalage est gardé pour ce format et appliqué à chaque impression.",
    ]
    canvas.setFont(FONT, 10)
    text = canvas.beginText(20 * mm, (fmt.page_height - 30) * mm)
    text.setLeading(5.5 * mm)
    for line in lines:
        text.textLine(line)
    canvas.drawText(text)
