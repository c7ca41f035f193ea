"""File → Export: every contact to a JSON file, off the GUI thread with a cancellable progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.services.export import export_json
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error


class JsonExport(QObject):
    """Asks for a file name, then writes the export in a worker while a progress dialog shows."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.worker: workers.Worker | None = None
        self.progress: QProgressDialog | None = None

    def ask_and_run(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Export every contact"),
            str(Path.home() / "contacts.json"),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.run(Path(path))

    def run(self, out: Path) -> workers.Worker:
        self.progress = QProgressDialog(
            self.tr("Exporting contacts…"), self.tr("Cancel"), 0, 0, self.window
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(200)
        self.worker = workers.start(
            self._job(out), self._done(out), self._failed, self._progressed
        )
        self.progress.canceled.connect(self.worker.cancel.set)
        return self.worker

    def _job(self, out: Path) -> workers.Job:
        def job(progress: Callable[[int, int], None], cancel: threading.Event) -> int:
            with self.ctx.uow() as uow:
                count = export_json(uow.session, out, progress, cancel)
                uow.commit()  # the audit row
            return count

        return job

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _done(self, out: Path) -> Callable[[object], None]:
        def done(count: object) -> None:
            assert isinstance(count, int)
            self._close()
            QMessageBox.information(
                self.window,
                self.tr("Export"),
                self.tr("%n contact(s) exported to {0}.", "", count).format(out),
            )

        return done

    def _failed(self, exc: Exception) -> None:
        self._close()
        show_error(self.window, exc)

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress = None
