"""A gLabels 3 document for the labels bench: the same sheet, one text object merging the
address lines of a CSV (fields 1 to 7)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

from app.services.label_formats import LabelFormat

MAX_LINES = 7


def glabels_document(fmt: LabelFormat, csv_path: Path) -> str:
    fields = "<NL/>".join(f'<Field name="{n}"/>' for n in range(1, MAX_LINES + 1))
    return f"""<?xml version="1.0"?>
<Glabels-document xmlns="http://glabels.org/xmlns/3.0/">
  <Template brand="Avery" part={quoteattr(fmt.code)} size="A4" description="Address labels">
    <Meta category="label"/>
    <Label-rectangle id="0" width="{fmt.label_width}mm" height="{fmt.label_height}mm"
        round="{fmt.corner_radius}mm" x_waste="0mm" y_waste="0mm">
      <Markup-margin size="1.5mm"/>
      <Layout nx="{fmt.columns}" ny="{fmt.rows}" x0="{fmt.left}mm" y0="{fmt.top}mm"
          dx="{fmt.pitch_x}mm" dy="{fmt.pitch_y}mm"/>
    </Label-rectangle>
  </Template>
  <Objects id="0" rotate="False">
    <Object-text x="3mm" y="2.5mm" w="{fmt.label_width - 6}mm" h="{fmt.label_height - 5}mm"
        justify="Left" valign="Top" auto_shrink="True"
        a0="1" a1="0" a2="0" a3="1" a4="0" a5="0">
      <Span color="0x000000ff" font_family="Sans" font_size="8" font_weight="Regular"
          font_italic="False" line_spacing="1">{fields}</Span>
    </Object-text>
  </Objects>
  <Merge type="Text/Comma" src={quoteattr(str(csv_path))}/>
  <Data/>
</Glabels-document>
"""
