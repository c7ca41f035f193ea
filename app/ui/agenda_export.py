"""Export of a period's follow-ups to an .ics file that calendar applications open."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.services import tasks
from app.services.ics import write_ics
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error


class IcsExport:
    """Ask where, then read and write in a worker (a month of a large file is many rows)."""

    def __init__(self, ctx: AppContext, parent: QWidget, button: QPushButton) -> None:
        self.ctx = ctx
        self.parent = parent
        self.button = button
        self.worker: workers.Worker | None = None

    def run(self, flt: tasks.TaskFilter, total: int) -> None:
        """Export the follow-ups of the filter; total is how many the agenda counted."""
        title = QCoreApplication.translate("AgendaExport", "Export the agenda")
        if total == 0:
            text = QCoreApplication.translate(
                "AgendaExport", "No follow-up is listed: nothing to export.")
            QMessageBox.information(self.parent, title, text)
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        kinds = QCoreApplication.translate("AgendaExport", "iCalendar files (*.ics)")
        path, _ = QFileDialog.getSaveFileName(
            self.parent, title, str(Path(folder) / "agenda.ics"), kinds)
        if not path or self.worker is not None:
            return
        out = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
        self.button.setEnabled(False)
        self.worker = workers.start(self._job(flt, out), self._done(out), self._failed)

    def _job(self, flt: tasks.TaskFilter, out: Path) -> workers.Job:
        ctx = self.ctx

        def job(_progress: Callable[[int, int], None], _cancel: threading.Event) -> int:
            with ctx.uow() as uow:
                rows = tasks.list_tasks(uow.session, flt)
            return write_ics(rows, out)

        return job

    def _done(self, out: Path) -> Callable[[object], None]:
        def done(written: object) -> None:
            self._finish()
            count = written if isinstance(written, int) else 0
            text = QCoreApplication.translate(
                "AgendaExport", "%n follow-up(s) written to {0}.", "", count)
            title = QCoreApplication.translate("AgendaExport", "Export the agenda")
            QMessageBox.information(self.parent, title, text.format(out))

        return done

    def _failed(self, exc: Exception) -> None:
        self._finish()
        show_error(self.parent, exc)

    def _finish(self) -> None:
        self.worker = None
        self.button.setEnabled(True)
