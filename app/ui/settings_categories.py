"""Settings section: the thresholds of the computed categories, applied off the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import cadences, settings
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.settings_common import apply_job, hint

# Setting key -> largest value offered (years, years, days).
THRESHOLDS = {
    "active_years_particulier": 50,
    "active_years_professionnel": 50,
    "hot_prospect_days": 3650,
}


class CategoriesSection(QWidget):
    """Active-client windows and the hot-prospect window; Apply recomputes every contact."""

    applied = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: workers.Worker | None = None
        self.spins: dict[str, QSpinBox] = {}
        for key, maximum in THRESHOLDS.items():
            spin = QSpinBox()
            spin.setRange(1, maximum)
            self.spins[key] = spin
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(self.tr("Save the thresholds and recompute every category"))
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the recompute reports no steps
        self.progress.setVisible(False)
        self.status = QLabel()
        self._build()
        self.apply_button.clicked.connect(self.apply)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.reload()

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        texts = {
            "active_years_particulier": (
                self.tr("Active client, private person (years):"),
                self.tr("A private person who ordered within this many years is an active "
                        "client; after that, an inactive client."),
            ),
            "active_years_professionnel": (
                self.tr("Active client, professional (years):"),
                self.tr("The same window for a professional (wine shop, restaurant, importer…)."),
            ),
            "hot_prospect_days": (
                self.tr("Hot prospect (days):"),
                self.tr("A contact who never ordered but was met, called or written to within "
                        "this many days is a hot prospect; after that, a cold prospect."),
            ),
        }
        for key, (label, explanation) in texts.items():
            form.addRow(label, self.spins[key])
            form.addRow(hint(explanation))
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Categories are computed from orders and direct contacts, never typed by hand."
        )))
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reload(self) -> None:
        with self.ctx.uow() as uow:
            values = settings.all_settings(uow.session)
        self.set_values(values)

    def set_values(self, values: Mapping[str, Any]) -> None:
        for key, spin in self.spins.items():
            spin.setValue(int(values.get(key, settings.DEFAULTS[key])))

    def values(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}

    def restore_defaults(self) -> None:
        """Only fills in the defaults; Apply saves them."""
        self.set_values(settings.DEFAULTS)

    def is_busy(self) -> bool:
        return self.worker is not None

    def apply(self) -> None:
        """Save the thresholds in a worker: every category recomputed, and the follow-ups of
        the contacts whose category moved planned again."""
        if self.worker is not None:
            return
        self._set_busy(True)
        job = apply_job(self.ctx, self.values())
        self.worker = workers.start(job, self._done, self._failed)

    def _done(self, summary: object) -> None:
        self.worker = None
        self._set_busy(False)
        text = self.tr("Categories recomputed.")
        if isinstance(summary, cadences.PlanSummary) and (summary.created or summary.removed):
            text += " " + self.tr("%n follow-up(s) proposed", "", summary.created)
            text += self.tr(", %n withdrawn.", "", summary.removed)
        self.status.setText(text)
        self.applied.emit()

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        self._set_busy(False)
        self.status.setText(self.tr("Nothing was changed."))
        show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.status.setVisible(not busy)
        self.status.clear()
        for widget in (self.apply_button, self.defaults_button, *self.spins.values()):
            widget.setEnabled(not busy)
