"""Draws the icon of Fichier client once and writes it for both systems:
resources/icons/fichier-client.png (Linux, window icon) and fichier-client.ico (Windows).
Run again only to change the drawing: `QT_QPA_PLATFORM=offscreen python packaging/make_icons.py`.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINE = QColor("#7b1e3a")
CARD = QColor("#fdf6ec")


def draw(size: int) -> QImage:
    """A wine-red tile holding a white index card with the letters FC."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    tile = QPainterPath()
    tile.addRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    p.fillPath(tile, WINE)
    card = QPainterPath()
    card.addRoundedRect(QRectF(44, 64, 168, 128), 16, 16)
    p.fillPath(card, CARD)
    p.fillRect(QRectF(44, 92, 168, 8), WINE.lighter(150))
    font = QFont("DejaVu Sans", 1)
    font.setPixelSize(76)
    font.setBold(True)
    p.setFont(font)
    p.setPen(WINE)
    p.drawText(QRectF(44, 100, 168, 92), Qt.AlignmentFlag.AlignCenter, "FC")
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(pngs: list[tuple[int, bytes]]) -> bytes:
    """An .ico file of PNG images (Windows Vista and later read them), written by hand so that
    no image plugin is needed."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in pngs:
        side = size if size < 256 else 0  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - fonts
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "fichier-client.png").write_bytes(png_bytes(draw(256)))
    pngs = [(size, png_bytes(draw(size))) for size in ICO_SIZES]
    (OUT / "fichier-client.ico").write_bytes(ico_bytes(pngs))
    print(f"Icônes écrites dans {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
