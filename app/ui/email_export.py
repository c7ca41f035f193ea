"""Mailing → "E-mails (CSV)": the selection's addresses for a mailing tool, consent rules
applied, in a worker; the campaign is recorded as an e-mail campaign."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.services import email_list
from app.services.campaigns import record_campaign
from app.services.contact_query import ContactFilter
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error


class EmailExport(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget, button: QPushButton) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.button = button
        self.worker: workers.Worker | None = None

    def ask_and_run(self, flt: ContactFilter, purpose: str,
                    campaign: tuple[str, Decimal] | None) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Export the e-mail addresses"),
            str(Path(folder) / f"emails-{date.today().isoformat()}.csv"),
            self.tr("CSV files (*.csv)"))
        if path and self.worker is None:
            out = Path(path if path.lower().endswith(".csv") else path + ".csv")
            self.run(out, flt, purpose, campaign)

    def run(self, out: Path, flt: ContactFilter, purpose: str,
            campaign: tuple[str, Decimal] | None) -> workers.Worker:
        ctx = self.ctx

        def job(_progress: Callable[[int, int], None], _cancel: threading.Event) -> str:
            with ctx.uow() as uow:
                selection = email_list.select_email(uow.session, flt, purpose)
                written = email_list.write_csv(uow.session, out, selection)
                if campaign is not None and written:
                    ids = [r.contact_id for r in selection.recipients]
                    record_campaign(uow.session, ids, written, campaign[0], campaign[1],
                                    "email", "", purpose)
                uow.commit()
            return selection.summary()

        self.button.setEnabled(False)
        self.worker = workers.start(job, lambda summary: self._done(out, summary),
                                    self._failed)
        return self.worker

    def _done(self, out: Path, summary: object) -> None:
        self.worker = None
        self.button.setEnabled(True)
        QMessageBox.information(self.parent_widget, self.tr("Export the e-mail addresses"),
                                self.tr("{0}\nWritten to {1}.").format(summary, out))

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        self.button.setEnabled(True)
        show_error(self.parent_widget, exc)
