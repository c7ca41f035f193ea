"""The Statistiques page: a period, the figures, the Pareto chart of the 20 % who make 80 %,
a breakdown chart, the clients with their ABC class, campaigns; computed in a worker."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services import saved_lists, stats
from app.services.stats import Period, Stats
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.rows_model import RowsModel

BREAKDOWNS = ("category", "kind", "contact_type", "region", "departement", "cuvee", "vintage",
              "age_band", "origin")
MAX_BARS = 12


def euros(value: object) -> str:
    return f"{float(value):,.0f} €".replace(",", " ")  # type: ignore[arg-type]


class StatsView(QWidget):
    select_contacts = Signal(int)  # a saved list to show in the contact table

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result: Stats | None = None
        self.worker: workers.Worker | None = None
        self.period = QComboBox()
        for code, label in (("year", self.tr("This year")),
                            ("12m", self.tr("Last 12 months")),
                            ("custom", self.tr("Custom"))):
            self.period.addItem(label, code)
        today = date.today()
        self.start = QDateEdit(QDate(today.year, 1, 1), calendarPopup=True)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        self.figures.setStyleSheet("font-size: 11pt;")
        self.pareto = QChartView()
        self.pareto.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.breakdown = QComboBox()
        for code, label in self._breakdown_labels().items():
            self.breakdown.addItem(label, code)
        self.segments = QChartView()
        self.segments.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.clients = RowsModel([self.tr("Client"), self.tr("Class"), self.tr("Turnover"),
                                  self.tr("Orders"), self.tr("Average basket"),
                                  self.tr("Days between orders"), self.tr("Trend")], self)
        self.campaigns = RowsModel([self.tr("Campaign"), self.tr("Sent on"), self.tr("Reached"),
                                    self.tr("Cost"), self.tr("Orders after"),
                                    self.tr("Return rate"), self.tr("Turnover"),
                                    self.tr("Per euro")], self)
        self.abc_class = QComboBox()
        for letter, label in (("A", self.tr("Class A (80 % of turnover)")),
                              ("B", self.tr("Class B (the next 15 %)")),
                              ("C", self.tr("Class C (the rest)"))):
            self.abc_class.addItem(label, letter)
        self.select_button = QPushButton(self.tr("Show in the contact table"))
        self.select_button.setToolTip(self.tr(
            "The class as a saved list: for a call list, a label run or an export"))
        self.by_type = RowsModel([self.tr("Contact type"), "A", "B", "C"], self)
        self.png_button = QPushButton(self.tr("Charts to PNG…"))
        self.pdf_button = QPushButton(self.tr("Report to PDF…"))
        self._build()
        self._connect()

    def _breakdown_labels(self) -> dict[str, str]:
        return {"category": self.tr("By category"), "kind": self.tr("By kind"),
                "contact_type": self.tr("By contact type"), "region": self.tr("By région"),
                "departement": self.tr("By département"), "cuvee": self.tr("By cuvée"),
                "vintage": self.tr("By vintage"), "age_band": self.tr("By age (private)"),
                "origin": self.tr("By origin (fair)")}

    def _build(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        for widget in (self.period, self.start, self.end):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.abc_class, self.select_button, self.png_button, self.pdf_button):
            bar.addWidget(button)
        charts = QSplitter()
        charts.addWidget(self.pareto)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.breakdown)
        column.addWidget(self.segments, 1)
        charts.addWidget(right)
        charts.setSizes([650, 650])  # two charts side by side, as wide as each other
        tabs = QTabWidget()
        for model, title in ((self.clients, self.tr("Clients")),
                             (self.by_type, self.tr("Classes by contact type")),
                             (self.campaigns, self.tr("Campaigns"))):
            view = QTableView()
            view.setModel(model)
            header = view.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            tabs.addTab(view, title)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts)
        splitter.addWidget(tabs)
        splitter.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.figures)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.start.dateChanged.connect(lambda _d: self._custom_dates())
        self.end.dateChanged.connect(lambda _d: self._custom_dates())
        self.breakdown.currentIndexChanged.connect(lambda _i: self._draw_segments())
        self.select_button.clicked.connect(lambda: self.select_class(self.abc_class.currentData()))
        self.png_button.clicked.connect(self.save_png)
        self.pdf_button.clicked.connect(self.save_pdf)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    # --- the period ------------------------------------------------------------------------------
    def current_period(self) -> Period:
        today = date.today()
        code = self.period.currentData()
        if code == "year":
            return Period.this_year(today)
        if code == "12m":
            return Period.last_12_months(today)
        start, end = self.start.date(), self.end.date()
        return Period(date(start.year(), start.month(), start.day()),
                      date(end.year(), end.month(), end.day()))

    def _period_chosen(self) -> None:
        custom = self.period.currentData() == "custom"
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.refresh()

    def _custom_dates(self) -> None:
        if self.period.currentData() == "custom":
            self.refresh()

    def refresh(self) -> None:
        """Compute in a worker: on a large file it takes a moment."""
        period, ctx = self.current_period(), self.ctx
        if period.end < period.start:
            self.figures.setText(self.tr("The end of the period comes before its start."))
            return
        self.figures.setText(self.tr("Computing…"))

        def job(_p: Callable[[int, int], None], _c: threading.Event) -> object:
            with ctx.uow() as uow:
                return stats.compute(uow.session, period)

        self.worker = workers.start(job, self._computed, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        show_error(self, exc)

    def _computed(self, result: object) -> None:
        self.worker = None
        if not isinstance(result, Stats) or result.period != self.current_period():
            return  # a newer period was asked meanwhile
        self.result = result
        abc = result.abc_counts()
        trend = ""
        if result.previous_total:
            change = float((result.total - result.previous_total) / result.previous_total * 100)
            trend = self.tr(" ({0} against the previous period)").format(f"{change:+.0f} %")
        self.figures.setText(self.tr(
            "Turnover {0}{1} — {2} order(s), {3} client(s), average basket {4}. "
            "{5} client(s) make 80 % of the turnover (class A); B: {6}, C: {7}.").format(
                euros(result.total), trend, result.orders, len(result.clients),
                euros(result.average_basket), abc["A"], abc["B"], abc["C"]))
        self.clients.set_rows([
            (c.name, c.abc, euros(c.turnover), str(c.orders), euros(c.basket),
             "" if c.periodicity_days is None else f"{c.periodicity_days:.0f}",
             "" if c.trend is None else f"{c.trend:+.0f} %") for c in result.clients],
            [c.contact_id for c in result.clients])
        self.campaigns.set_rows([
            (c.name, c.sent_on.strftime("%d/%m/%Y"), str(c.reached), euros(c.cost),
             str(c.orders), f"{c.return_rate:.1f} %", euros(c.turnover),
             "" if c.per_euro is None else f"{c.per_euro:.1f} €") for c in result.campaigns])
        self.by_type.set_rows([(name, str(row["A"]), str(row["B"]), str(row["C"]))
                               for name, row in result.abc_by_type().items()])
        self._draw_pareto()
        self._draw_segments()

    # --- charts ------------------------------------------------------------------------------
    def _draw_pareto(self) -> None:
        result = self.result
        chart = QChart()
        chart.setTitle(self.tr("Clients by turnover, cumulative share (%)"))
        chart.legend().hide()
        if result and result.clients:
            line = QLineSeries()
            for rank, share in enumerate(result.pareto_curve(), start=1):
                line.append(rank, share)
            limit = QLineSeries()
            limit.append(1, 80)
            limit.append(len(result.clients), 80)
            for series in (line, limit):
                chart.addSeries(series)
            x_axis, y_axis = QValueAxis(), QValueAxis()
            x_axis.setRange(1, max(2, len(result.clients)))
            x_axis.setLabelFormat("%d")
            x_axis.setTitleText(self.tr("Clients, largest first"))
            y_axis.setRange(0, 100)
            chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
            for series in (line, limit):
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
        self.pareto.setChart(chart)

    def _draw_segments(self) -> None:
        chart = QChart()
        chart.legend().hide()
        code = self.breakdown.currentData()
        chart.setTitle(self._breakdown_labels()[code])
        values = list(self.result.breakdowns.get(code, {}).items())[:MAX_BARS] \
            if self.result else []
        if values:
            bars = QBarSet(self.tr("Turnover"))
            for _label, amount in values:
                bars.append(float(amount))
            series = QBarSeries()
            series.append(bars)
            chart.addSeries(series)
            axis = QBarCategoryAxis()
            axis.append([label[:18] for label, _amount in values])
            chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
            series.attachAxis(axis)
            y_axis = QValueAxis()
            y_axis.setLabelFormat("%.0f")
            chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(y_axis)
        self.segments.setChart(chart)

    # --- actions -------------------------------------------------------------------------------
    def select_class(self, letter: str = "A") -> int | None:
        """A class of clients as a saved list, shown in the contact table (a call list, a
        label run, an export)."""
        members = self.result.in_class(letter) if self.result else []
        if not self.result or not members:
            return None
        name = self.tr("Class {0} {1}").format(letter, self.result.period.label())
        try:
            with self.ctx.uow() as uow:
                list_id = saved_lists.save_list(uow.session, name,
                                                [c.contact_id for c in members])
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return None
        self.select_contacts.emit(list_id)
        return list_id

    def _folder(self) -> Path:
        return Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation))

    def save_png(self) -> list[Path]:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Charts to PNG"),
                                                  str(self._folder()))
        if not folder:
            return []
        paths = [Path(folder) / "pareto.png", Path(folder) / f"{self.breakdown.currentData()}.png"]
        for view, path in zip((self.pareto, self.segments), paths, strict=True):
            if not view.grab().save(str(path)):
                QMessageBox.warning(self, self.tr("Charts to PNG"),
                                    self.tr("Could not write {0}.").format(path))
                return []
        return paths

    def save_pdf(self) -> Path | None:
        if self.result is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Report to PDF"), str(self._folder() / "statistiques.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        from app.services.stats_pdf import write_report

        images = []
        for view, name in ((self.pareto, "pareto"), (self.segments, "segments")):
            image = Path(path).with_name(f".{name}.png")
            view.grab().save(str(image))
            images.append(image)
        try:
            write_report(Path(path), self.result, images)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return None
        finally:
            for image in images:
                image.unlink(missing_ok=True)
        return Path(path)
