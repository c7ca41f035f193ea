"""File → Export the contacts shown: CSV (French Excel), XLSX or vCard, in a worker."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.services import export_table
from app.services.contact_query import ContactFilter
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error


class TableExport(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.worker: workers.Worker | None = None

    def ask_and_run(self, flt: ContactFilter) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, chosen = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export the contacts shown"),
            str(Path(folder) / "contacts.csv"),
            self.tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx);;vCard (*.vcf)"))
        if not path or self.worker is not None:
            return
        out = Path(path)
        if out.suffix.lower() not in export_table.FORMATS:
            out = out.with_suffix({"xlsx": ".xlsx", "vcf": ".vcf"}.get(
                next((k for k in ("xlsx", "vcf") if k in chosen), ""), ".csv"))
        self.run(out, flt)

    def run(self, out: Path, flt: ContactFilter) -> workers.Worker:
        ctx = self.ctx

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> int:
            with ctx.uow() as uow:
                count = export_table.export(uow.session, out, flt)
                uow.commit()  # the audit row
            return count

        self.worker = workers.start(job, lambda n: self._done(out, n), self._failed)
        return self.worker

    def _done(self, out: Path, count: object) -> None:
        self.worker = None
        QMessageBox.information(self.parent_widget, self.tr("Export the contacts shown"),
                                self.tr("{0} contact(s) written to {1}.").format(count, out))

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        show_error(self.parent_widget, exc)
