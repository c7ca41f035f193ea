"""Where each line of each label goes: one computation for the PDF and the on-screen preview.

Lengths in millimetres from the page's top-left corner; font sizes in points. Each label's
text is sized to fit its label (at most MAX_PT, at least MIN_PT); a line still too wide at
MIN_PT is condensed horizontally, so that nothing ever crosses the label's edges.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from reportlab.pdfbase.pdfmetrics import stringWidth

from app.services.addresses import AddressBlock
from app.services.label_formats import LabelFormat

FONT = "Helvetica"
MAX_PT = 10.0
MIN_PT = 6.0
HEADER_SCALE = 0.8  # the sender and first lines, smaller than the address
LEADING = 1.18
PT_MM = 25.4 / 72
BASELINE_RISE = (LEADING - 1.0 + 0.05) * PT_MM  # per point: the descender stays in the box


class Line(NamedTuple):  # tuples: 60 000 of them for 10 000 labels
    text: str
    x: float  # left end, mm
    baseline: float  # mm from the page's top
    size: float  # points
    hscale: float = 1.0  # below 1: condensed to stay inside the label
    small: bool = False  # a header line (sender, first line), not the address


class PlacedLabel(NamedTuple):
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


PRINTABLE_FROM_EDGE = 5.0  # mm: most office printers leave 4-5 mm of paper blank


def padding(fmt: LabelFormat) -> tuple[float, float]:
    """Inner margins: at least 3 × 2.5 mm, and the text kept 5 mm from the paper's edges,
    which printers do not reach (edge-to-edge sheets get more)."""
    right = fmt.page_width - (fmt.left + (fmt.columns - 1) * fmt.pitch_x + fmt.label_width)
    bottom = fmt.page_height - (fmt.top + (fmt.rows - 1) * fmt.pitch_y + fmt.label_height)
    return (max(3.0, PRINTABLE_FROM_EDGE - min(fmt.left, right)),
            max(2.5, PRINTABLE_FROM_EDGE - min(fmt.top, bottom)))


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
    lines = fit_lines(_room(fmt, width, height), left, top, block.lines if block else (),
                      options.header)
    return PlacedLabel(position, page, (left, top, width, height), lines, block)


class _Room(NamedTuple):
    pad_x: float
    pad_y: float
    width: float  # inside the padding, mm
    height: float


@lru_cache(maxsize=64)
def _room(fmt: LabelFormat, width: float, height: float) -> _Room:
    pad_x, pad_y = padding(fmt)
    return _Room(pad_x, pad_y, width - 2 * pad_x, height - 2 * pad_y)


def fit_lines(room: _Room, left: float, top: float, address: Sequence[str],
              header: Sequence[str]) -> tuple[Line, ...]:
    """The address as large as the label allows; header lines above it, smaller."""
    room_w, room_h = room.width, room.height
    texts = [(t, HEADER_SCALE) for t in header if t] + [(t, 1.0) for t in address]
    if not texts or room_w <= 0 or room_h <= 0:
        return ()
    widths = [text_width(t) for t, _scale in texts]
    units = sum(scale for _t, scale in texts)  # the block's height, in font sizes
    widest = max([w for w, (_t, scale) in zip(widths, texts, strict=True) if scale == 1.0],
                 default=0.0)
    fit_width = room_w / widest if widest else MAX_PT
    # Width may fall below MIN_PT (the line is then condensed); height never overflows.
    size = min(MAX_PT, room_h / (units * LEADING * PT_MM), max(fit_width, MIN_PT))
    y = top + room.pad_y + max(0.0, (room_h - units * LEADING * size * PT_MM) / 2)  # centred
    x = left + room.pad_x
    lines = []
    for (text, scale), unit_width in zip(texts, widths, strict=True):
        box = size * scale  # the line's height is kept even when a header line shrinks
        y += box * LEADING * PT_MM
        line_size = box
        if scale != 1.0 and unit_width * box > room_w:  # a long sender line shrinks alone
            line_size = max(room_w / unit_width, MIN_PT * HEADER_SCALE)
        natural = unit_width * line_size
        hscale = room_w / natural if natural > room_w else 1.0
        # The baseline sits a descender above the line's bottom: letters stay inside.
        lines.append(Line(text, x, y - box * BASELINE_RISE, line_size, hscale, scale != 1.0))
    return tuple(lines)


@lru_cache(maxsize=65536)
def text_width(text: str) -> float:
    """Millimetres per point of font size, in Helvetica's metrics (the PDF's own font)."""
    return stringWidth(text, FONT, 1.0) * PT_MM
