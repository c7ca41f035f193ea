"""The user's own label sheet, measured in millimetres."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import label_formats
from app.services.errors import ValidationError
from app.services.label_formats import LabelFormat
from app.ui.context import AppContext
from app.ui.errors import show_error

LENGTHS = ("page_width", "page_height", "label_width", "label_height", "left", "top",
           "pitch_x", "pitch_y", "corner_radius")


class CustomFormatDialog(QDialog):
    def __init__(self, ctx: AppContext, start: LabelFormat, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.start = start
        self.setWindowTitle(self.tr("Custom label format"))
        self.description = QLineEdit(start.description)
        self.columns = QSpinBox(minimum=1, maximum=20, value=start.columns)
        self.rows = QSpinBox(minimum=1, maximum=40, value=start.rows)
        self.lengths = {name: self._length(getattr(start, name)) for name in LENGTHS}
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        labels = {
            "page_width": self.tr("Page width:"), "page_height": self.tr("Page height:"),
            "label_width": self.tr("Label width:"), "label_height": self.tr("Label height:"),
            "left": self.tr("Left margin (to the first label):"),
            "top": self.tr("Top margin (to the first label):"),
            "pitch_x": self.tr("Horizontal pitch (left edge to left edge):"),
            "pitch_y": self.tr("Vertical pitch (top edge to top edge):"),
            "corner_radius": self.tr("Corner radius:"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.description)
        form.addRow(self.tr("Columns:"), self.columns)
        form.addRow(self.tr("Rows:"), self.rows)
        for name, spin in self.lengths.items():
            form.addRow(labels[name], spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Measure a sheet with a ruler, in millimetres; the "
                                        "maker's figures are often printed on the box.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _length(self, value: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(decimals=2, maximum=1000.0, singleStep=0.1)
        spin.setSuffix(self.tr(" mm"))
        spin.setValue(value)
        return spin

    def value(self) -> LabelFormat:
        lengths = {name: spin.value() for name, spin in self.lengths.items()}
        return replace(self.start, description=self.description.text().strip(),
                       columns=self.columns.value(), rows=self.rows.value(), **lengths)

    def save(self) -> None:
        try:
            with self.ctx.uow() as uow:
                label_formats.save_custom_format(uow.session, self.value())
                uow.commit()
        except ValidationError as exc:
            self.error.setText("\n".join(exc.fields.values()))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.accept()
