"""Export of the listed follow-ups to an .ics file that calendar applications open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services.ics import write_ics
from app.services.tasks import TaskRow
from app.ui.errors import show_error


def export_ics(parent: QWidget, rows: list[TaskRow]) -> int | None:
    """Ask where, write, and tell how many were written; None when nothing was written."""
    title = QCoreApplication.translate("AgendaExport", "Export the agenda")
    if not rows:
        text = QCoreApplication.translate(
            "AgendaExport", "No follow-up is listed: nothing to export."
        )
        QMessageBox.information(parent, title, text)
        return None
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    kinds = QCoreApplication.translate("AgendaExport", "iCalendar files (*.ics)")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / "agenda.ics"), kinds)
    if not path:
        return None
    out = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
    try:
        written = write_ics(rows, out)
    except Exception as exc:  # noqa: BLE001 - shown to the user; nothing else was changed
        show_error(parent, exc)
        return None
    text = QCoreApplication.translate(
        "AgendaExport", "%n follow-up(s) written to {0}.", "", written
    )
    QMessageBox.information(parent, title, text.format(out))
    return written
