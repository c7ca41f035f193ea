"""Label PDFs parsed back with pdfplumber: every character inside its label, on every format."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pytest
from reportlab.lib.units import mm

from app.services import label_formats
from app.services.addresses import Recipient, address_block
from app.services.label_formats import LabelFormat
from app.services.label_layout import MIN_PT, Options, layout, pages_needed
from app.services.labels_pdf import write_calibration, write_labels

FORMATS = label_formats.builtin_formats()
CAPITALS = re.compile(r"^[A-Z0-9 ]+$")


def recipient(i: int, **kw: object) -> Recipient:
    values: dict[str, object] = dict(
        id=i, kind="particulier", civility="Mme", first_name="Élisabeth",
        last_name=f"Lefèvre-Dubois {i}", company="", line2="Appartement 12, 3e étage",
        line3="Résidence du Château d'Yquem", line4=f"{i} bis boulevard du Président Wilson",
        line5="Lieu-dit Les Quatre Chemins", postal_code="33000", city="Bordeaux Cedex 9",
        country="FR",
    )
    values.update(kw)
    return Recipient(**values)  # type: ignore[arg-type]


def worst_cases(count: int) -> list:  # type: ignore[type-arg]
    """Full six-line blocks, a too-long street, a short one: the hardest to fit."""
    blocks = []
    for i in range(count):
        if i % 3 == 1:
            r = recipient(i, line4=f"{i} chemin de la Fontaine aux Loups de la Grande Combe")
        elif i % 3 == 2:
            r = recipient(i, line2="", line3="", line5="", line4="1 rue", last_name="Roy")
        else:
            r = recipient(i)
        blocks.append(address_block(r))
    return blocks


def chars_by_label(pdf_path: Path, fmt: LabelFormat, offset: tuple[float, float] = (0, 0)
                   ) -> dict[tuple[int, int], list[dict]]:  # type: ignore[type-arg]
    """(page, position) -> the characters whose centre falls in that label's rectangle."""
    found: dict[tuple[int, int], list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    with pdfplumber.open(pdf_path) as pdf:
        for page_no, page in enumerate(pdf.pages):
            for char in page.chars:
                cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
                position = next(p for p in range(fmt.per_sheet) if inside(
                    (cx, cy, cx, cy), rect_pt(fmt, p, offset)))
                found[(page_no, position)].append(char)
    return found


def rect_pt(fmt: LabelFormat, position: int, offset: tuple[float, float] = (0, 0)
            ) -> tuple[float, float, float, float]:
    left, top, width, height = fmt.rect(position)
    left, top = left + offset[0], top + offset[1]
    return left * mm, top * mm, (left + width) * mm, (top + height) * mm


def inside(box: tuple[float, float, float, float], rect: tuple[float, float, float, float],
           tolerance: float = 0.01) -> bool:
    return (box[0] >= rect[0] - tolerance and box[2] <= rect[2] + tolerance
            and box[1] >= rect[1] - tolerance and box[3] <= rect[3] + tolerance)


def text_lines(chars: list[dict]) -> list[str]:  # type: ignore[type-arg]
    rows: dict[float, list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    for c in chars:
        rows[round(c["bottom"], 1)].append(c)
    return ["".join(c["text"] for c in sorted(row, key=lambda c: c["x0"]))
            for _bottom, row in sorted(rows.items())]


@pytest.mark.parametrize("fmt", FORMATS, ids=[f.code for f in FORMATS])
def test_every_character_lies_inside_its_label(fmt: LabelFormat, tmp_path: Path) -> None:
    blocks = worst_cases(fmt.per_sheet + 3)  # a second page, partly filled
    out = tmp_path / "labels.pdf"
    header = ("Exp. : Domaine des Tilleuls, 33330 Saint-Émilion", "Offre réservée à nos clients")
    placed = layout(fmt, blocks, Options(header=header))
    assert write_labels(out, fmt, placed) == 2
    labels = chars_by_label(out, fmt)
    assert len(labels) == len(blocks)
    for (page, position), chars in labels.items():
        rect = rect_pt(fmt, position)
        for char in chars:
            assert inside((char["x0"], char["top"], char["x1"], char["bottom"]), rect), (
                fmt.code, page, position, char["text"])
        block = blocks[page * fmt.per_sheet + position]
        assert text_lines(chars) == [*header, *block.lines]
        assert min(c["size"] for c in chars if c["text"] != " ") >= MIN_PT * 0.8 - 0.01


def test_start_5_leaves_the_first_four_positions_empty(tmp_path: Path) -> None:
    fmt = label_formats.builtin_formats()[0]
    assert fmt.code == "L7160"
    blocks = [address_block(recipient(i, line2="", line3="", line5="")) for i in range(20)]
    out = tmp_path / "start.pdf"
    pages = write_labels(out, fmt, layout(fmt, blocks, Options(start=5)))
    assert pages == pages_needed(21, 20, 5) == 2
    used = sorted(chars_by_label(out, fmt))
    assert used[0] == (0, 4) and (0, 3) not in used
    assert used == [(0, p) for p in range(4, 21)] + [(1, p) for p in range(3)]


def test_address_blocks_respect_six_by_38_and_the_capitals(tmp_path: Path) -> None:
    fmt = label_formats.builtin_formats()[0]
    blocks = [address_block(recipient(i, line5="")) for i in range(10)]
    out = tmp_path / "norm.pdf"
    write_labels(out, fmt, layout(fmt, blocks))
    for chars in chars_by_label(out, fmt).values():
        lines = text_lines(chars)
        assert len(lines) <= 6 and all(len(line) <= 38 for line in lines), lines
        assert all(CAPITALS.match(line) for line in lines[-2:]), lines


def test_the_printer_offset_moves_every_label(tmp_path: Path) -> None:
    fmt = label_formats.builtin_formats()[0]
    blocks = [address_block(recipient(1, line2="", line3="", line5=""))]
    plain, shifted = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_labels(plain, fmt, layout(fmt, blocks))
    write_labels(shifted, fmt, layout(fmt, blocks, Options(offset=(1.5, -2.0))))
    with pdfplumber.open(plain) as a, pdfplumber.open(shifted) as b:
        first, second = a.pages[0].chars[0], b.pages[0].chars[0]
    assert second["x0"] - first["x0"] == pytest.approx(1.5 * mm, abs=0.01)
    assert second["top"] - first["top"] == pytest.approx(-2.0 * mm, abs=0.01)


def test_calibration_page_draws_every_outline_and_scales_at_inner_corners(tmp_path: Path
                                                                         ) -> None:
    fmt = next(f for f in FORMATS if f.code == "L7163")
    out = tmp_path / "calibration.pdf"
    write_calibration(out, fmt, (0.5, -0.5))
    with pdfplumber.open(out) as pdf:
        page, guide = pdf.pages
        numbers = {w["text"] for w in page.extract_words()}
        assert {str(n) for n in range(1, 15)} <= numbers
        outlines = [c for c in page.curves + page.rects if c["width"] > 95 * mm]
        assert len(outlines) == fmt.per_sheet
        first = min(outlines, key=lambda c: (c["top"], c["x0"]))
        assert first["x0"] == pytest.approx((fmt.left + 0.5) * mm, abs=0.2)
        assert first["top"] == pytest.approx((fmt.top - 0.5) * mm, abs=0.2)
        ticks = [line for line in page.lines if max(line["width"], line["height"]) < 4 * mm]
        assert len(ticks) == 2 * 2 * 13  # two crosses, two scales each, ticks every mm ±6
        for tick in ticks:  # every scale printable: at least 5 mm from the paper's edges
            assert 5 * mm <= tick["x0"] <= (fmt.page_width - 5) * mm
            assert 5 * mm <= tick["top"] <= (fmt.page_height - 5) * mm
        text = guide.extract_text()
        assert "Taille réelle" in text and "+0.5 mm horizontal" in text
    assert b"/PrintScaling /None" in out.read_bytes()


def test_label_pdfs_ask_viewers_not_to_shrink_them(tmp_path: Path) -> None:
    fmt = FORMATS[0]
    out = tmp_path / "x.pdf"
    write_labels(out, fmt, layout(fmt, worst_cases(1)))
    assert b"/PrintScaling /None" in out.read_bytes()


def test_text_stays_5_mm_from_the_paper_edges_on_edge_to_edge_sheets(tmp_path: Path) -> None:
    for fmt in (f for f in FORMATS if f.left < 1 or f.top < 1):
        out = tmp_path / f"{fmt.code}.pdf"
        write_labels(out, fmt, layout(fmt, worst_cases(fmt.per_sheet)))
        with pdfplumber.open(out) as pdf:
            chars = pdf.pages[0].chars
        assert min(c["x0"] for c in chars) >= 5 * mm - 0.01, fmt.code
        assert max(c["x1"] for c in chars) <= (fmt.page_width - 5) * mm + 0.01, fmt.code
        assert min(c["top"] for c in chars) >= 5 * mm - 0.5, fmt.code
        assert max(c["bottom"] for c in chars) <= (fmt.page_height - 5) * mm + 0.5, fmt.code


def test_a_custom_format_is_checked(session) -> None:  # type: ignore[no-untyped-def]
    fmt = LabelFormat("x", "", "", 210, 297, 3, 8, 70, 40, 0, 0, 70, 40)
    with pytest.raises(Exception, match="bas"):
        label_formats.save_custom_format(session, fmt)
    good = LabelFormat("x", "", "Mes étiquettes", 210, 297, 2, 5, 100, 55, 5, 10, 100, 55)
    saved = label_formats.save_custom_format(session, good)
    assert saved.code == label_formats.CUSTOM
    assert label_formats.find_format(session, "perso").label_width == 100
    label_formats.save_offsets(session, "L7160", 0.8, -1.2)
    assert label_formats.offsets(session, "L7160") == (0.8, -1.2)
    assert label_formats.offsets(session, "L7163") == (0.0, 0.0)


def test_the_twelve_formats_are_there_with_the_makers_figures() -> None:
    codes = [f.code for f in FORMATS]
    assert codes == ["L7160", "J8160", "L7161", "L7162", "L7163", "L7159", "L7173", "3422",
                     "3474", "3475", "3490", "3652"]
    l7160 = FORMATS[0]
    assert (l7160.columns, l7160.rows, l7160.label_width, l7160.label_height, l7160.left,
            l7160.top, l7160.pitch_x, l7160.pitch_y) == (3, 7, 63.5, 38.1, 7.21, 15.15,
                                                         66.04, 38.1)
    assert all(f.problems() == {} for f in FORMATS)
