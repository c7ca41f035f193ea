"""The dialog that creates or edits one event, and how events are written on screen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import events
from app.services.events import EventData, EventRow

# A QDateEdit cannot be empty: its minimum, shown as a dash, stands for "no date" so that
# editing an undated event does not silently give it today's date.
NO_DATE = QDate(1900, 1, 1)
DATE_FORMAT = "dd/MM/yyyy"


def kind_labels() -> dict[str, str]:
    """The event kinds (events.KINDS codes) in the interface language, in the service's order."""
    names = {
        "salon": QCoreApplication.translate("EventKinds", "Trade fair"),
        "degustation": QCoreApplication.translate("EventKinds", "Tasting"),
        "portes_ouvertes": QCoreApplication.translate("EventKinds", "Open day"),
        "autre": QCoreApplication.translate("EventKinds", "Other"),
    }
    return {code: names.get(code, label) for code, label in events.KINDS.items()}


def date_text(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def date_range_text(start: date | None, end: date | None) -> str:
    """"12/03/2026 – 14/03/2026", one date for a one-day event, empty when undated."""
    first, last = start or end, end or start
    if first is None or last is None:
        return ""
    if first == last:
        return date_text(first)
    return f"{date_text(first)} – {date_text(last)}"


def _qdate(day: date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date | None:
    value = edit.date()
    return None if value == NO_DATE else date(value.year(), value.month(), value.day())


class EventDialog(QDialog):
    """Name, kind, dates and place of an event; Save goes through `save`, which may refuse."""

    def __init__(
        self,
        save: Callable[[EventData], bool],
        row: EventRow | None = None,
        places: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.event_id = None if row is None else row.id
        self.setWindowTitle(self.tr("New event") if row is None else self.tr("Edit the event"))
        self.setMinimumWidth(440)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(events.NAME_MAX)
        self.name_edit.setPlaceholderText(self.tr("e.g. Salon des vins de Loire 2026"))
        self.kind_combo = QComboBox()
        for code, label in kind_labels().items():
            self.kind_combo.addItem(label, code)
        self.start_edit = self._date_edit()
        self.end_edit = self._date_edit()
        self.place_edit = QLineEdit()
        self.place_edit.setMaxLength(events.PLACE_MAX)
        self.place_edit.setPlaceholderText(self.tr("e.g. Angers, Parc des expositions"))
        if places:
            completer = QCompleter(places, self.place_edit)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.place_edit.setCompleter(completer)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._build()
        self._fill(row)
        self._previous_start = self.start_edit.date()
        self.start_edit.dateChanged.connect(self._start_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")
        return edit

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Start:"), self.start_edit)
        form.addRow(self.tr("&End:"), self.end_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _fill(self, row: EventRow | None) -> None:
        if row is None:
            today = QDate.currentDate()
            self.start_edit.setDate(today)
            self.end_edit.setDate(today)
            return
        self.name_edit.setText(row.name)
        index = self.kind_combo.findData(row.kind)
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.start_edit.setDate(_qdate(row.start_date))
        self.end_edit.setDate(_qdate(row.end_date or row.start_date))
        self.place_edit.setText(row.place)

    def _start_changed(self, start: QDate) -> None:
        """The end follows the start while it was the same day, or would fall before it."""
        end = self.end_edit.date()
        if end == self._previous_start or end == NO_DATE or end < start:
            self.end_edit.setDate(start)
        self._previous_start = start

    def data(self) -> EventData:
        return EventData(
            name=self.name_edit.text(),
            kind=str(self.kind_combo.currentData()),
            start_date=_pydate(self.start_edit),
            end_date=_pydate(self.end_edit),
            place=self.place_edit.text(),
        )

    def accept(self) -> None:
        """Closes only once the event is saved; on an error the typed values stay."""
        if self._save(self.data()):
            super().accept()
