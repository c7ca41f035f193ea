"""Short PDF documents laid out by reportlab's platypus: styles, paragraphs, tables, and
the all-or-nothing build."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from app.services.files import replacing

STYLES = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=STYLES["BodyText"], fontSize=9, leading=12)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=10)
H1 = ParagraphStyle("h1", parent=STYLES["Heading1"], fontSize=16)
H2 = ParagraphStyle("h2", parent=STYLES["Heading2"], fontSize=12, spaceBefore=8)
GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e7eb")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
])


def para(text: Any, style: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(escape(str(text if text is not None else "")), style)


def table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]
           ) -> Table | Paragraph:
    if not rows:
        return para("Aucun.", SMALL)
    data = [[para(h, SMALL) for h in header]] + [[para(v, SMALL) for v in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(GRID)
    return table


def build(out: Path, title: str, story: list[Any]) -> None:
    with replacing(out, "le PDF") as partial:
        SimpleDocTemplate(str(partial), pagesize=A4, title=title, author="Fichier client",
                          leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                          bottomMargin=18 * mm).build(story)
