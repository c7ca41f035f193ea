"""The retention review (contacts past the periods: erase, or keep with a reason) and the log
of the persons' requests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services import gdpr, settings
from app.services.gdpr import RetentionRow
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.labels import category_labels
from app.ui.rows_model import RowsModel
from app.ui.settings_common import hint


class RetentionReview(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RetentionRow] = []
        self.worker: workers.Worker | None = None
        self.prospect_years = QSpinBox(minimum=1, maximum=10)
        self.client_years = QSpinBox(minimum=1, maximum=20)
        for spin in (self.prospect_years, self.client_years):
            spin.setSuffix(self.tr(" years"))
            spin.editingFinished.connect(self._save_periods)
        self.model = RowsModel([self.tr("Contact"), self.tr("Category"), self.tr("Why")], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 240)
        self.count = QLabel()
        self.erase_button = QPushButton(self.tr("Erase the selected…"))
        self.keep_button = QPushButton(self.tr("Keep with a reason…"))
        self.erase_button.clicked.connect(self.erase_selected)
        self.keep_button.clicked.connect(self.keep_selected)
        form = QFormLayout()
        form.addRow(self.tr("Prospects, without contact for:"), self.prospect_years)
        form.addRow(self.tr("Clients, without an order for:"), self.client_years)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "The CNIL asks that prospects with no contact for 3 years be erased. Review the "
            "list: erase, or keep with a reason (a dispute, an unpaid invoice); a contact kept "
            "comes back in a year.")))
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Review in a worker: on a large file the query takes most of a second."""
        ctx = self.ctx
        self.count.setText(self.tr("Reviewing…"))

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> object:
            with ctx.uow() as uow:
                return settings.all_settings(uow.session), gdpr.retention_review(uow.session)

        self.worker = workers.start(job, self._reviewed, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        show_error(self, exc)

    def _reviewed(self, result: object) -> None:
        self.worker = None
        assert isinstance(result, tuple)
        values: dict[str, Any] = result[0]
        self.rows = result[1]
        self.prospect_years.setValue(int(values.get("retention_prospect_years", 3)))
        self.client_years.setValue(int(values.get("retention_client_years", 5)))
        labels = category_labels()
        self.model.set_rows([(r.name, labels.get(r.category, r.category), r.reason)
                             for r in self.rows], [r.contact_id for r in self.rows])
        self.count.setText(self.tr("%n contact(s) to review", "", len(self.rows)))

    def _save_periods(self) -> None:
        with self.ctx.uow() as uow:
            settings.save_settings(uow.session, {
                "retention_prospect_years": self.prospect_years.value(),
                "retention_client_years": self.client_years.value()})
            uow.commit()
        self.reload()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r].contact_id for r in rows]

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(self, self.tr("Erase"), self.tr(
            "Erase %n contact(s) for good? Their orders stay as anonymous totals.", "",
            len(ids)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        def erase_all(session: Session) -> None:
            for cid in ids:
                gdpr.erase(session, cid)

        self._write(erase_all, scrub=True)

    def keep_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Keep"), self.tr(
            "Why are these data kept (a dispute, an unpaid invoice…)?"))
        if ok:
            self._write(lambda s: gdpr.keep(s, ids, reason))

    def _write(self, action: Callable[[Session], object], scrub: bool = False) -> None:
        try:
            with self.ctx.uow() as uow:
                action(uow.session)
                uow.commit()
                if scrub:
                    gdpr.scrub(uow.session)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()


class RequestsLog(QWidget):
    """Who asked for what, and when: the proof that requests were answered."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([self.tr("When"), self.tr("Action"), self.tr("Contact (id)"),
                                self.tr("By")], self)
        table = QTableView()
        table.setModel(self.model)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 150)
        table.setColumnWidth(1, 200)
        table.setColumnWidth(2, 280)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("The requests of persons and what was done; the "
                                      "contact is named by its identifier only.")))
        layout.addWidget(table)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        with self.ctx.uow() as uow:
            rows = gdpr.requests_log(uow.session)
        self.model.set_rows([(when.strftime("%d/%m/%Y %H:%M"),
                              gdpr.ACTIONS.get(action, action), uuid, by)
                             for when, uuid, action, by in rows])
