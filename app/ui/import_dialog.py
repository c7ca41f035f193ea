"""File → Import: choose a file, check the column mapping, run the dry run (what will be
created, merged with whom, rejected and why), then import — all or nothing, in a worker."""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import events, importer
from app.services.errors import cannot_write
from app.services.import_fields import FIELDS, IGNORE
from app.services.import_read import Table, read_table
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.rows_model import RowsModel

ACTIONS = {"create": "création", "merge": "fusion", "reject": "rejet"}


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table: Table | None = None
        self.plan: importer.ImportPlan | None = None
        self.worker: workers.Worker | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(900, 650)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.mapping = QTableWidget(0, 3)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column of the file"),
                                                self.tr("Examples"), self.tr("Field")])
        self.mapping.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.event = QComboBox(editable=True)
        self.event.setToolTip(self.tr("The fair these contacts come from (optional)"))
        self.analyse_button = QPushButton(self.tr("Dry run"))
        self.import_button = QPushButton(self.tr("Import"))
        self.report_button = QPushButton(self.tr("Save the report…"))
        self.progress = QProgressBar(visible=False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = RowsModel([self.tr("Line"), self.tr("Action"), self.tr("Name"),
                                 self.tr("Existing contact"), self.tr("Why")], self)
        self._build()
        self._connect()
        self._set_stage()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        origin = QHBoxLayout()
        origin.addWidget(QLabel(self.tr("Fair of origin:")))
        origin.addWidget(self.event, 1)
        buttons = QHBoxLayout()
        for widget in (self.analyse_button, self.progress, self.import_button,
                       self.report_button):
            buttons.addWidget(widget)
        view = QTableView()
        view.setModel(self.report)
        view.horizontalHeader().setStretchLastSection(True)
        view.setColumnWidth(2, 200)
        view.setColumnWidth(3, 220)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.mapping, 2)
        layout.addLayout(origin)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(view, 3)
        with self.ctx.uow() as uow:
            self.event.addItem("", None)
            for fair in events.list_events(uow.session, counted=False):
                self.event.addItem(fair.name, fair.id)

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose_file)
        self.analyse_button.clicked.connect(self.analyse)
        self.import_button.clicked.connect(self.run_import)
        self.report_button.clicked.connect(self.save_report)

    def _set_stage(self) -> None:
        busy = self.worker is not None
        self.progress.setVisible(busy)
        self.choose_button.setEnabled(not busy)
        self.analyse_button.setEnabled(self.table is not None and not busy)
        self.import_button.setEnabled(self.plan is not None and not busy
                                      and self.plan.counts()["reject"] < len(self.plan.rows))
        self.report_button.setEnabled(self.plan is not None and not busy)

    # --- the file and its mapping --------------------------------------------------------------
    def choose_file(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), folder,
            self.tr("Contacts (*.csv *.txt *.xlsx *.vcf);;All files (*)"))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> None:
        """Read the file in a worker: a large workbook takes seconds."""
        ctx = self.ctx
        self.table, self.plan = None, None
        self.file_label.setText(self.tr("Reading {0}…").format(path.name))

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> object:
            table = read_table(path)
            with ctx.uow() as uow:
                return table, importer.mapping_for(uow.session, table.headers)

        self._start(job, lambda result: self._loaded(path, result))

    def _loaded(self, path: Path, result: object) -> None:
        self._stop()
        assert isinstance(result, tuple)
        table: Table = result[0]
        self.table = table
        self.file_label.setText(self.tr("{0}: {1} row(s)").format(path.name, len(table.rows)))
        self._fill_mapping(table, result[1])
        self.report.set_rows([])
        self.summary.clear()
        self._set_stage()

    def _fill_mapping(self, table: Table, mapping: list[str]) -> None:
        self.mapping.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            examples = ", ".join(r[row] for r in table.rows[:3] if row < len(r) and r[row])
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            self.mapping.setItem(row, 1, QTableWidgetItem(examples))
            combo = QComboBox()
            combo.addItem(self.tr("— ignore —"), IGNORE)
            for name, label in FIELDS.items():
                combo.addItem(label, name)
            combo.setCurrentIndex(max(0, combo.findData(mapping[row])))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(row, 2, combo)
        self.mapping.resizeColumnToContents(0)
        self.mapping.resizeColumnToContents(2)  # the field names whole, not "Numéro et r…"

    def current_mapping(self) -> list[str]:
        return [self.mapping.cellWidget(r, 2).currentData()  # type: ignore[union-attr]
                for r in range(self.mapping.rowCount())]

    def _mapping_changed(self) -> None:
        self.plan = None  # the dry run no longer says what the import would do
        self.summary.setText(self.tr("The mapping changed: run the dry run again."))
        self._set_stage()

    # --- dry run and import ---------------------------------------------------------------------
    def analyse(self) -> None:
        table, mapping, ctx = self.table, self.current_mapping(), self.ctx
        if table is None:
            return

        def job(progress: Callable[[int, int], None], cancel: threading.Event) -> object:
            with ctx.uow() as uow:
                return importer.plan_import(uow.session, table, mapping, progress, cancel)

        self._start(job, self._analysed)

    def _analysed(self, plan: object) -> None:
        self._stop()
        if not isinstance(plan, importer.ImportPlan):
            return
        self.plan = plan
        self.summary.setText(plan.summary())
        self.report.set_rows([(str(r.line), ACTIONS[r.action], r.name, r.match_name,
                               "; ".join(r.reasons)) for r in plan.rows],
                             [r.match_id for r in plan.rows])
        self._set_stage()

    def run_import(self) -> None:
        plan, table, mapping, ctx = self.plan, self.table, self.current_mapping(), self.ctx
        event_name = self.event.currentText().strip()
        if plan is None or table is None:
            return

        def job(progress: Callable[[int, int], None], cancel: threading.Event) -> object:
            with ctx.uow() as uow:
                event_id = events.find_or_create(uow.session, event_name) if event_name else None
                batch = importer.apply_import(uow.session, plan, event_id, progress, cancel)
                importer.save_mapping(uow.session, table.headers, mapping)
                uow.commit()  # all or nothing
            return batch

        self._start(job, self._imported)

    def _imported(self, batch: object) -> None:
        self._stop()
        self.plan = None
        self._set_stage()
        self.imported.emit()
        QMessageBox.information(self, self.tr("Import contacts"), self.tr(
            "Import no. {0} done. It can be undone as a whole from File → Previous "
            "imports.").format(batch))

    def _start(self, job: workers.Job, done: Callable[[object], None]) -> None:
        self.worker = workers.start(job, done, self._failed, self._progressed)
        self._set_stage()

    def _stop(self) -> None:
        self.worker = None
        self._set_stage()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: Exception) -> None:
        self._stop()
        if self.table is None:
            self.file_label.setText(self.tr("No file chosen"))
        self.summary.setText(self.tr("Nothing was imported."))
        show_error(self, exc)

    def save_report(self) -> None:
        if self.plan is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"),
                                              "rapport-import.csv", self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";")
                writer.writerow(["Ligne", "Action", "Nom", "Contact existant", "Motifs"])
                for r in self.plan.rows:
                    writer.writerow([r.line, ACTIONS[r.action], r.name, r.match_name,
                                     "; ".join(r.reasons)])
        except OSError as exc:
            show_error(self, cannot_write("le rapport", path, exc))


class ImportsHistory(QDialog):
    """The previous imports; one can be undone as a whole."""

    undone = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Previous imports"))
        self.resize(700, 360)
        self.model = RowsModel([self.tr("Date"), self.tr("File"), self.tr("Created"),
                                self.tr("Merged"), self.tr("Rejected"), self.tr("State")], self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.undo_button = QPushButton(self.tr("Undo this import…"))
        self.undo_button.clicked.connect(self.undo_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.undo_button)
        self.reload()

    def reload(self) -> None:
        with self.ctx.uow() as uow:
            found = importer.batches(uow.session)
            rows = [(b.created_at.strftime("%d/%m/%Y %H:%M"), b.file_name, str(b.created_count),
                     str(b.merged_count), str(b.rejected_count),
                     self.tr("undone") if b.undone_at else self.tr("done")) for b in found]
            self.model.set_rows(rows, [b.id for b in found])

    def undo_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        batch = self.model.keys[rows[0].row()]
        answer = QMessageBox.question(self, self.tr("Undo this import"), self.tr(
            "Delete the contacts this import created and bring back the contacts it completed "
            "as they were? Contacts used or changed since the import are kept."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.uow() as uow:
                result = importer.undo_import(uow.session, batch)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.reload()
        self.undone.emit()
        QMessageBox.information(self, self.tr("Undo this import"), result.summary())
