"""The Mailing page: pick recipients with the table's filters, see who is left out and why,
choose the sheet, look at a true-scale preview, and save the PDF (the campaign is recorded)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import mailing
from app.services.campaigns import record_campaign
from app.services.label_layout import Options, pages_needed
from app.services.mailing import MailingRequest, Selection
from app.ui import workers
from app.ui.contact_filters import FilterBar
from app.ui.context import AppContext
from app.ui.email_export import EmailExport
from app.ui.errors import show_error
from app.ui.label_preview import SheetPreview
from app.ui.mailing_options import MailingOptions
from app.ui.rows_model import RowsModel

DEBOUNCE_MS = 250


class MailingView(QWidget):
    open_contact_requested = Signal(int)
    campaign_recorded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selection = Selection()
        self.page = 0
        self._generation = 0  # a newer selection makes an older result stale
        self.selecting: workers.Worker | None = None
        self.saving: workers.Worker | None = None
        self.filters = FilterBar(ctx, self)
        self.filters.trash.setVisible(False)  # the trash is never written to
        self.options = MailingOptions(ctx, self)
        self.preview = SheetPreview(self)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._build()
        self._connect()

    # --- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        self.recipients = RowsModel([self.tr("Recipient"), self.tr("Postal code"),
                                     self.tr("Last line")], self)
        self.left_out = RowsModel([self.tr("Contact"), self.tr("Why")], self)
        self.to_check = RowsModel([self.tr("Label"), self.tr("What to check")], self)
        self.tabs = QTabWidget()
        for model in (self.recipients, self.left_out, self.to_check):
            self.tabs.addTab(self._table(model), "")
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.options)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        column.addWidget(self._campaign_box())
        column.addLayout(self._save_row())
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self._preview_panel())
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

    def _table(self, model: RowsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 260)
        table.doubleClicked.connect(lambda index: self._open(model, index.row()))
        return table

    def _campaign_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Campaign"))
        self.record = QCheckBox(self.tr("Record this mailing as a campaign"), checked=True)
        self.record.setToolTip(self.tr("Date, recipients, number of letters and cost: the "
                                       "orders that follow can then be set against it"))
        self.campaign_name = QLineEdit()
        self.cost = QDoubleSpinBox(decimals=2, maximum=100.0, singleStep=0.05, value=1.0)
        self.cost.setSuffix(" €")
        form = QFormLayout(box)
        form.addRow(self.record)
        form.addRow(self.tr("Name:"), self.campaign_name)
        form.addRow(self.tr("Cost per letter:"), self.cost)
        return box

    def _save_row(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save the PDF…"))
        self.save_button.setDefault(True)
        self.progress = QProgressBar(visible=False)
        self.cancel_button = QPushButton(self.tr("Cancel"), visible=False)
        self.email_button = QPushButton(self.tr("E-mail addresses (CSV)…"))
        self.email_button.setToolTip(self.tr(
            "The same selection for an e-mail campaign: private persons only with their "
            "e-mail consent"))
        self.emails = EmailExport(self.ctx, self, self.email_button)
        self.status = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.status, 1)
        row.addWidget(self.email_button)
        return row

    def _preview_panel(self) -> QWidget:
        self.previous_button = QPushButton("◀")
        self.next_button = QPushButton("▶")
        self.page_label = QLabel()
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Whole page"), False)
        self.zoom.addItem(self.tr("True size"), True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Preview:")))
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.zoom)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.preview)
        self.scroll.setWidgetResizable(True)
        self.preview.true_scale = False
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        return panel

    def _connect(self) -> None:
        for signal in (self.filters.filter_changed, self.filters.search.textChanged,
                       self.options.selection_changed):
            signal.connect(self._selection_changed)
        self.options.layout_changed.connect(self._show_page)
        self.options.calibration_button.clicked.connect(self.save_calibration)
        self.timer.timeout.connect(self.refresh)
        self.previous_button.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom.currentIndexChanged.connect(self._zoom_changed)
        self.save_button.clicked.connect(self.ask_and_save)
        self.cancel_button.clicked.connect(self.cancel_saving)
        self.email_button.clicked.connect(self.export_emails)

    # --- selecting ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Contacts, types, events and consents change elsewhere: select again on each visit."""
        super().showEvent(event)
        self.filters.reload_choices()
        if not self.campaign_name.text():
            self.campaign_name.setText(self.tr("Mailing of {0}").format(
                date.today().strftime("%d/%m/%Y")))
        self.refresh()

    def _selection_changed(self) -> None:
        """Select again shortly; until then the PDF would be the previous selection's."""
        self.save_button.setEnabled(False)
        self.timer.start()

    def request(self) -> MailingRequest:
        return self.options.request(MailingRequest(flt=self.filters.current_filter()))

    def refresh(self) -> None:
        """Select the recipients in a worker: on a large file it takes a moment."""
        self.timer.stop()
        self._generation += 1
        generation, request, ctx = self._generation, self.request(), self.ctx
        self.summary.setText(self.tr("Selecting the recipients…"))
        self.save_button.setEnabled(False)

        def job(_progress: Callable[[int, int], None], _cancel: threading.Event) -> Selection:
            with ctx.uow() as uow:
                return mailing.select_recipients(uow.session, request)

        self.selecting = workers.start(job, lambda s: self._selected(generation, s),
                                       lambda e: self._failed_selection(generation, e))

    def _selected(self, generation: int, selection: object) -> None:
        if generation != self._generation or not isinstance(selection, Selection):
            return  # the user changed the filters since: a newer result is coming
        self.selecting = None
        self.selection = selection
        self._fill_lists()
        self.save_button.setEnabled(bool(selection.blocks) and self.saving is None)
        self.go_to(0)

    def _failed_selection(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.selecting = None
            self.summary.setText(self.tr("The selection could not be read."))
            show_error(self, exc)

    def is_busy(self) -> bool:
        return self.selecting is not None or self.saving is not None

    def _fill_lists(self) -> None:
        s = self.selection
        self.recipients.set_rows([(b.lines[0], b.postal_code, b.lines[-1]) for b in s.blocks],
                                 [b.contact_ids[0] for b in s.blocks])
        self.left_out.set_rows([(i.name, mailing.REASONS[i.reason]) for i in s.left_out],
                               [i.contact_id for i in s.left_out])
        checks = [(b.lines[0], problem) for b in s.blocks for problem in b.problems()]
        self.to_check.set_rows(checks, [b.contact_ids[0] for b in s.blocks
                                        for _p in b.problems()])
        self.tabs.setTabText(0, self.tr("Recipients ({0})").format(len(s.blocks)))
        self.tabs.setTabText(1, self.tr("Left out ({0})").format(len(s.left_out)))
        self.tabs.setTabText(2, self.tr("To check ({0})").format(len(checks)))

    def _open(self, model: RowsModel, row: int) -> None:
        if 0 <= row < len(model.keys) and model.keys[row] is not None:
            self.open_contact_requested.emit(int(model.keys[row]))

    # --- preview -----------------------------------------------------------------------------
    def layout_options(self) -> Options:
        """The preview shows the sheet as it should come out: without the printer's offset
        (the text would look off its labels, though the offset puts it right on paper)."""
        job = self.options.print_job()
        return Options(job.start, (0.0, 0.0),
                       tuple(t for t in (job.sender, job.first_line) if t.strip()))

    def page_count(self) -> int:
        fmt = self.options.current_format()
        return pages_needed(fmt.per_sheet, len(self.selection.blocks), self.options.start.value())

    def go_to(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self._show_page()

    def _show_page(self) -> None:
        fmt, pages = self.options.current_format(), self.page_count()
        self.page = max(0, min(self.page, pages - 1))
        self.summary.setText(self.selection.summary(fmt.per_sheet, self.options.start.value()))
        if pages:
            self.preview.show_page(fmt, self.selection.blocks, self.layout_options(), self.page)
        else:
            self.preview.clear()
        self.page_label.setText(self.tr("Page {0} of {1}").format(self.page + 1 if pages else 0,
                                                                   pages))
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page + 1 < pages)
        self.preview.adjustSize()

    def _zoom_changed(self) -> None:
        self.preview.true_scale = bool(self.zoom.currentData())
        self.scroll.setWidgetResizable(not self.preview.true_scale)
        self.preview.updateGeometry()
        self.preview.adjustSize()
        self.preview.update()

    # --- saving ------------------------------------------------------------------------------
    def _documents(self, name: str) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / name)

    def ask_and_save(self) -> None:
        if self.saving is not None or not self.selection.blocks:
            return
        code = self.options.current_format().code
        default = self._documents(f"etiquettes-{code}-{date.today().isoformat()}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the labels"), default,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save(self, out: Path) -> workers.Worker:
        """Write the PDF in a worker; the campaign is recorded only once the PDF is written."""
        selection, job, ctx = self.selection, self.options.print_job(), self.ctx
        campaign = self.campaign()
        purpose = self.options.purpose.currentData()

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> int:
            # All or nothing: the campaign is written first, the PDF next, and the commit
            # last; if the commit fails, the PDF goes too.
            with ctx.uow() as uow:
                if campaign is not None:
                    record_campaign(uow.session, selection.contact_ids, len(selection.blocks),
                                    campaign[0], campaign[1], "paper", job.format_code, purpose)
                pages = mailing.print_labels(uow.session, selection, job, out, progress, cancel)
                try:
                    uow.commit()
                except Exception:
                    out.unlink(missing_ok=True)
                    raise
            return pages

        self._set_saving(True)
        self.saving = workers.start(work, lambda pages: self._saved(out, pages), self._not_saved,
                                    self._progressed)
        return self.saving

    def campaign(self) -> tuple[str, Decimal] | None:
        """(name, cost per piece) when the mailing is to be recorded as a campaign."""
        if not self.record.isChecked():
            return None
        return self.campaign_name.text(), Decimal(str(round(self.cost.value(), 2)))

    def export_emails(self) -> None:
        self.emails.ask_and_run(self.filters.current_filter(),
                                self.options.purpose.currentData(), self.campaign())

    def cancel_saving(self) -> None:
        if self.saving is not None:
            self.saving.cancel.set()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _saved(self, out: Path, pages: object) -> None:
        self._set_saving(False)
        text = self.tr("{0} labels on {1} page(s) saved to {2}. Print at 100 % (\"actual "
                       "size\", not \"fit to page\").").format(
            len(self.selection.blocks), pages, out)
        if self.record.isChecked():
            text += " " + self.tr("Campaign recorded.")
            self.record.setChecked(False)  # a reprint is not a second campaign
            self.campaign_recorded.emit()
        self.status.setText(text)
        QMessageBox.information(self, self.tr("Mailing labels"), text)

    def _not_saved(self, exc: Exception) -> None:
        self._set_saving(False)
        self.status.setText(self.tr("No PDF was written."))
        show_error(self, exc)

    def _set_saving(self, busy: bool) -> None:
        if not busy:
            self.saving = None
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.cancel_button.setVisible(busy)
        self.status.setVisible(not busy)
        self.save_button.setEnabled(not busy and bool(self.selection.blocks))

    def save_calibration(self) -> None:
        fmt = self.options.current_format()
        default = self._documents(f"etalonnage-{fmt.code}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Calibration page"), default,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            from app.services.labels_pdf import write_calibration  # reportlab: not at start

            write_calibration(Path(path), fmt, self.options.offsets())
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.status.setText(self.tr("Calibration page saved to {0}: print it at 100 % "
                                    "and lay it on a blank sheet.").format(path))

