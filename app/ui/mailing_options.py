"""The Mailing view's options: sheet, first position, printer offset, and how labels read."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services import label_formats
from app.services.label_formats import LabelFormat
from app.services.mailing import MailingRequest, PrintJob
from app.ui.context import AppContext
from app.ui.custom_format_dialog import CustomFormatDialog
from app.ui.errors import show_error


class MailingOptions(QWidget):
    """Emits `selection_changed` when who gets a label changes, `layout_changed` when only
    where and how they print changes (no need to select again)."""

    selection_changed = Signal()
    layout_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.formats: list[LabelFormat] = []
        self.format = QComboBox()
        self.custom_button = QPushButton(self.tr("Custom format…"))
        self.start = QSpinBox(minimum=1)
        self.start.setToolTip(self.tr("On a partly used sheet, the first free label "
                                      "(counted row by row from the top left)"))
        self.offset_x = self._offset_spin("→ ", self.tr(
            "Moves all the printing to the right (negative: to the left), as the calibration "
            "page tells"))
        self.offset_y = self._offset_spin("↓ ", self.tr(
            "Moves all the printing down (negative: up), as the calibration page tells"))
        self.calibration_button = QPushButton(self.tr("Calibration page…"))
        self.purpose = QComboBox()
        for code, label in ((("offers", self.tr("Offer")), ("invitations", self.tr("Invitation")),
                             ("newsletter", self.tr("Newsletter")))):
            self.purpose.addItem(label, code)
        self.sort = QComboBox()
        self.sort.addItem(self.tr("By name"), "name")
        self.sort.addItem(self.tr("By postal code (bulk mailing)"), "postcode")
        self.pro_style = QComboBox()
        self.pro_style.addItem(self.tr("Company, then \"À l'attention de\""), "company")
        self.pro_style.addItem(self.tr("Person, then company"), "person")
        self.households = QCheckBox(self.tr("One label per household"))
        self.households.setToolTip(self.tr("Private persons at the same address share one "
                                           "label: \"M. et Mme Jean DUPONT\", \"Famille DUPONT\""))
        self.sender = QLineEdit(placeholderText=self.tr("e.g. Exp. : Domaine des Tilleuls, "
                                                        "33330 Saint-Émilion"))
        self.first_line = QLineEdit(placeholderText=self.tr("e.g. Offre réservée à"))
        self._build()
        self._connect()
        self.reload_formats()

    def _offset_spin(self, arrow: str, tip: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(decimals=1, singleStep=0.1)
        spin.setPrefix(arrow)
        spin.setRange(-label_formats.MAX_OFFSET_MM, label_formats.MAX_OFFSET_MM)
        spin.setSuffix(self.tr(" mm"))
        spin.setToolTip(tip)
        return spin

    def _build(self) -> None:
        form = QFormLayout(self)
        sheet = QHBoxLayout()
        sheet.addWidget(self.format, 1)
        sheet.addWidget(self.custom_button)
        form.addRow(self.tr("Sheet:"), sheet)
        form.addRow(self.tr("First free label:"), self.start)
        shift = QHBoxLayout()
        shift.addWidget(self.offset_x)
        shift.addWidget(self.offset_y)
        shift.addWidget(self.calibration_button)
        form.addRow(self.tr("Move the printing:"), shift)
        form.addRow(self.tr("Purpose:"), self.purpose)
        form.addRow(self.tr("Order:"), self.sort)
        form.addRow(self.tr("Professionals:"), self.pro_style)
        form.addRow("", self.households)
        form.addRow(self.tr("Sender line:"), self.sender)
        form.addRow(self.tr("First line:"), self.first_line)

    def _connect(self) -> None:
        self.format.currentIndexChanged.connect(self._format_chosen)
        self.custom_button.clicked.connect(self.edit_custom_format)
        self.start.valueChanged.connect(self.layout_changed)
        for spin in (self.offset_x, self.offset_y):
            spin.editingFinished.connect(self.save_offsets)
        for combo in (self.purpose, self.sort, self.pro_style):
            combo.currentIndexChanged.connect(self.selection_changed)
        self.households.toggled.connect(self.selection_changed)
        for edit in (self.sender, self.first_line):
            edit.editingFinished.connect(self.layout_changed)

    # --- formats and offsets ----------------------------------------------------------------
    def reload_formats(self, chosen: str | None = None) -> None:
        chosen = chosen or self.format.currentData() or "L7160"
        with self.ctx.uow() as uow:
            self.formats = label_formats.all_formats(uow.session)
        self.format.blockSignals(True)
        self.format.clear()
        for fmt in self.formats:
            self.format.addItem(fmt.title() if fmt.code != label_formats.CUSTOM
                                else self.tr("Custom — {0}").format(fmt.description), fmt.code)
        self.format.setCurrentIndex(max(0, self.format.findData(chosen)))
        self.format.blockSignals(False)
        self._format_chosen()

    def current_format(self) -> LabelFormat:
        return self.formats[max(0, self.format.currentIndex())]

    def _format_chosen(self) -> None:
        fmt = self.current_format()
        self.start.setMaximum(fmt.per_sheet)
        with self.ctx.uow() as uow:
            dx, dy = label_formats.offsets(uow.session, fmt.code)
        for spin, value in ((self.offset_x, dx), (self.offset_y, dy)):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.layout_changed.emit()

    def offsets(self) -> tuple[float, float]:
        return self.offset_x.value(), self.offset_y.value()

    def save_offsets(self) -> None:
        """Set once per format; every PDF of that format applies it."""
        try:
            with self.ctx.uow() as uow:
                label_formats.save_offsets(uow.session, self.current_format().code,
                                           *self.offsets())
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
        self.layout_changed.emit()

    def edit_custom_format(self) -> None:
        with self.ctx.uow() as uow:
            current = label_formats.custom_format(uow.session)
        dialog = CustomFormatDialog(self.ctx, current or replace(self.current_format()), self)
        if dialog.exec() == CustomFormatDialog.DialogCode.Accepted:
            self.reload_formats(label_formats.CUSTOM)

    # --- what the options mean ------------------------------------------------------------
    def request(self, base: MailingRequest) -> MailingRequest:
        return replace(base, purpose=self.purpose.currentData(), sort=self.sort.currentData(),
                       households=self.households.isChecked(),
                       pro_style=self.pro_style.currentData())

    def print_job(self) -> PrintJob:
        return PrintJob(self.current_format().code, self.start.value(), self.sender.text(),
                        self.first_line.text())
