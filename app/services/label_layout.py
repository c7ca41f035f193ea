"""Where each line of each label goes: one computation for the PDF and the on-screen preview.

Lengths in millimetres from the page's top-left corner; font sizes in points. Each label's
text is sized to fit its label (at most MAX_PT, at least MIN_PT); a line still too wide at
MIN_PT is condensed horizontally, so that nothing ever crosses the label's edges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.services.addresses import AddressBlock
from app.services.label_formats import LabelFormat

FONT = "Helvetica"
MAX_PT = 10.0
MIN_PT = 6.0
HEADER_SCALE = 0.8  # the sender and first lines, smaller than the address
LEADING = 1.18
PT_MM = 25.4 / 72


@dataclass(frozen=True)
class Line:
    text: str
    x: float  # left end, mm
    baseline: float  # mm from the page's top
    size: float  # points
    hscale: float = 1.0  # below 1: condensed to stay inside the label
    small: bool = False  # a header line (sender, first line), not the address


@dataclass(frozen=True)
class PlacedLabel:
    position: int  # on its sheet, 0-based
    page: int  # 0-based
    rect: tuple[float, float, float, float]  # left, top, width, height (mm)
    lines: tuple[Line, ...]
    block: AddressBlock | None


@dataclass(frozen=True)
class Options:
    start: int = 1  # first free position on the first sheet, 1-based
    offset: tuple[float, float] = (0.0, 0.0)  # printer shift (right, down), mm
    header: tuple[str, ...] = ()  # the sender line, a first line ("Offre réservée à …")


def padding(fmt: LabelFormat) -> tuple[float, float]:
    """Inner margins: printers do not reach the sheet's edges, so edge-to-edge sheets get more."""
    edge_x = fmt.left < 1.0
    edge_y = fmt.top < 1.0
    return (5.0 if edge_x else 3.0), (3.5 if edge_y else 2.5)


def pages_needed(per_sheet: int, count: int, start: int = 1) -> int:
    """Sheets used by `count` labels from position `start` (1-based) of the first sheet."""
    return -(-(count + max(start, 1) - 1) // per_sheet) if count else 0


def layout(fmt: LabelFormat, blocks: Sequence[AddressBlock], options: Options = Options()
           ) -> list[PlacedLabel]:
    """Every label of the run, sheet after sheet, the first one from options.start."""
    skip = min(max(options.start, 1), fmt.per_sheet) - 1
    return [place(fmt, skip + i, block, options) for i, block in enumerate(blocks)]


def place(fmt: LabelFormat, slot: int, block: AddressBlock | None, options: Options
          ) -> PlacedLabel:
    page, position = divmod(slot, fmt.per_sheet)
    left, top, width, height = fmt.rect(position)
    left, top = left + options.offset[0], top + options.offset[1]
    lines = fit_lines(fmt, (left, top, width, height), block.lines if block else (),
                      options.header)
    return PlacedLabel(position, page, (left, top, width, height), lines, block)


def fit_lines(fmt: LabelFormat, rect: tuple[float, float, float, float],
              address: Sequence[str], header: Sequence[str]) -> tuple[Line, ...]:
    """The address as large as the label allows; header lines above it, smaller."""
    left, top, width, height = rect
    pad_x, pad_y = padding(fmt)
    room_w, room_h = width - 2 * pad_x, height - 2 * pad_y
    header = [t for t in header if t]
    if not (address or header) or room_w <= 0 or room_h <= 0:
        return ()
    units = len(header) * HEADER_SCALE + len(address)  # the block's height, in font sizes
    widest = max((stringWidth(t, FONT, 1.0) for t in address), default=0.0)
    fit_height = room_h / (units * LEADING * PT_MM)
    fit_width = room_w / (widest * PT_MM) if widest else MAX_PT
    # Width may fall below MIN_PT (the line is then condensed); height never overflows.
    size = min(MAX_PT, fit_height, max(fit_width, MIN_PT))
    y = top + pad_y + max(0.0, (room_h - units * LEADING * size * PT_MM) / 2)  # centred
    lines = []
    for text, small in [(t, True) for t in header] + [(t, False) for t in address]:
        line_size = size * (HEADER_SCALE if small else 1.0)
        y += line_size * LEADING * PT_MM
        natural = stringWidth(text, FONT, line_size) * PT_MM
        if small and natural > room_w:  # a long sender line shrinks on its own
            line_size = max(line_size * room_w / natural, MIN_PT * HEADER_SCALE)
            natural = stringWidth(text, FONT, line_size) * PT_MM
        hscale = min(1.0, room_w / natural) if natural else 1.0
        # The baseline sits a descender above the line's bottom: letters stay inside.
        baseline = y - size * (HEADER_SCALE if small else 1.0) * (LEADING - 1.0 + 0.05) * PT_MM
        lines.append(Line(text, left + pad_x, baseline, line_size, hscale, small))
    return tuple(lines)
