"""Settings section: the follow-up rhythms of each category; Apply re-plans the agenda."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import cadences, settings
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.settings_common import apply_job, hint

ENABLED = "cadences_enabled"
AT_LEAST_ONE = ("cadence_horizon_days", "cadence_catch_up_days")
# Setting key -> (largest value, unit); 0 switches a rule off (not those AT_LEAST_ONE).
LIMITS = {
    "cadence_horizon_days": (366, "days"),
    "cadence_catch_up_days": (365, "days"),
    "cadence_active_particulier_offers_per_year": (12, "per_year"),
    "cadence_active_pro_months_importance_3": (24, "months"),
    "cadence_active_pro_months_importance_2": (24, "months"),
    "cadence_active_pro_months_importance_1": (24, "months"),
    "cadence_active_pro_months_importance_0": (24, "months"),
    "cadence_inactive_particulier_offers_per_year": (12, "per_year"),
    "cadence_inactive_pro_calls_per_year": (12, "per_year"),
    "cadence_inactive_pro_offers_per_year": (12, "per_year"),
    "cadence_inactive_pro_newsletters_per_year": (52, "per_year"),
    "cadence_hot_call_every_days": (60, "days"),
    "cadence_hot_call_first_days": (365, "days"),
    "cadence_hot_call_then_every_days": (60, "days"),
    "cadence_hot_call_until_days": (365, "days"),
    "cadence_cold_call_months": (60, "months"),
    "cadence_cold_offers_per_year": (12, "per_year"),
    "cadence_suspect_invites_per_year": (12, "per_year"),
}


class CadencesSection(QWidget):
    """How often each category is called, written to or invited; Apply re-plans every contact."""

    applied = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.worker: workers.Worker | None = None
        self.spins: dict[str, QSpinBox] = {key: self._spin(key) for key in LIMITS}
        self.enabled = QCheckBox(self.tr("Propose follow-ups from these rhythms"))
        self.enabled.setToolTip(self.tr(
            "Unticked: the agenda holds only the follow-ups you type; proposals not yet "
            "accepted are withdrawn."))
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setToolTip(
            self.tr("Save the rhythms and propose the follow-ups again for every contact")
        )
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the planner reports no steps
        self.progress.setVisible(False)
        self.status = QLabel()
        self._build()
        self.apply_button.clicked.connect(self.apply)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.reload()

    def _spin(self, key: str) -> QSpinBox:
        maximum, unit = LIMITS[key]
        spin = QSpinBox()
        spin.setRange(1 if key in AT_LEAST_ONE else 0, maximum)
        spin.setSuffix({
            "days": self.tr(" days"), "months": self.tr(" months"),
            "per_year": self.tr(" a year"),
        }[unit])
        if spin.minimum() == 0:
            spin.setSpecialValueText(self.tr("never"))
        return spin

    def _groups(self) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(title, hint, [(setting key, label)]) for each box, in the order of the seed's table."""
        return [
            (self.tr("Agenda"), self.tr(
                "Follow-ups are proposed this far ahead; the agenda shows them in blue until "
                "you accept, move or dismiss them. A dismissed proposal never comes back. "
                "Follow-ups never done or late are spread over the next days (1 day: all "
                "today)."),
             [("cadence_horizon_days", self.tr("Propose follow-ups due within:")),
              ("cadence_catch_up_days", self.tr("Spread late follow-ups over:"))]),
            (self.tr("Active client"), self.tr(
                "Private persons: an offer (paper or e-mail) one to three times a year. "
                "Professionals: a call or an e-mail, more often for the important ones."),
             [("cadence_active_particulier_offers_per_year", self.tr("Private person, offers:")),
              ("cadence_active_pro_months_importance_3",
               self.tr("Professional of importance 3, a call every:")),
              ("cadence_active_pro_months_importance_2", self.tr("Importance 2, every:")),
              ("cadence_active_pro_months_importance_1", self.tr("Importance 1, every:")),
              ("cadence_active_pro_months_importance_0", self.tr("Importance 0, every:"))]),
            (self.tr("Inactive client"), self.tr(
                "Win them back: an offer to private persons; calls, offers and the newsletter "
                "to professionals."),
             [("cadence_inactive_particulier_offers_per_year",
               self.tr("Private person, offers:")),
              ("cadence_inactive_pro_calls_per_year", self.tr("Professional, calls:")),
              ("cadence_inactive_pro_offers_per_year", self.tr("Professional, offers:")),
              ("cadence_inactive_pro_newsletters_per_year",
               self.tr("Professional, newsletters:"))]),
            (self.tr("Hot prospect"), self.tr(
                "After a meeting, a tasting or a visit: a call every few days, then weekly, "
                "then nothing more (the prospect cools down)."),
             [("cadence_hot_call_every_days", self.tr("First a call every:")),
              ("cadence_hot_call_first_days", self.tr("… during the first:")),
              ("cadence_hot_call_then_every_days", self.tr("Then a call every:")),
              ("cadence_hot_call_until_days", self.tr("… until, after the meeting:"))]),
            (self.tr("Cold prospect"), self.tr("Keep in touch with prospects who went quiet."),
             [("cadence_cold_call_months", self.tr("A call every:")),
              ("cadence_cold_offers_per_year", self.tr("Offers:"))]),
            (self.tr("Suspect"), self.tr("People you have only heard of: invite them."),
             [("cadence_suspect_invites_per_year", self.tr("Invitations to fairs and events:"))]),
        ]

    def _build(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        for title, explanation, rows in self._groups():
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
            form.addRow(hint(explanation))
            if title == self.tr("Agenda"):
                form.addRow(self.enabled)
            for key, label in rows:
                form.addRow(label, self.spins[key])
            column.addWidget(box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.defaults_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "How often each category is worked, from the customer-file guide; "
            "\"never\" switches a follow-up off."
        )))
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    def reload(self) -> None:
        with self.ctx.uow() as uow:
            values = settings.all_settings(uow.session)
        self.set_values(values)

    def set_values(self, values: Mapping[str, Any]) -> None:
        self.enabled.setChecked(bool(values.get(ENABLED, settings.DEFAULTS[ENABLED])))
        for key, spin in self.spins.items():
            try:
                spin.setValue(int(values.get(key, settings.DEFAULTS[key])))
            except (TypeError, ValueError):
                spin.setValue(int(settings.DEFAULTS[key]))

    def values(self) -> dict[str, int]:
        return {ENABLED: int(self.enabled.isChecked())} | {
            key: spin.value() for key, spin in self.spins.items()
        }

    def restore_defaults(self) -> None:
        """Only fills in the defaults; Apply saves them."""
        self.set_values(settings.DEFAULTS)

    def is_busy(self) -> bool:
        return self.worker is not None

    def apply(self) -> None:
        """Save the rhythms and re-plan the whole file in a worker."""
        if self.worker is not None:
            return
        self._set_busy(True)
        job = apply_job(self.ctx, self.values())
        self.worker = workers.start(job, self._done, self._failed)

    def _done(self, summary: object) -> None:
        self.worker = None
        self._set_busy(False)
        if isinstance(summary, cadences.PlanSummary):
            self.status.setText(self.tr("%n follow-up(s) proposed", "", summary.created)
                                + self.tr(", %n withdrawn.", "", summary.removed))
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
        for widget in (self.apply_button, self.defaults_button, self.enabled,
                       *self.spins.values()):
            widget.setEnabled(not busy)
