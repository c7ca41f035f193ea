"""The agenda's periods (overdue, today, this week, this month, a chosen day) and their buttons."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from app.services.tasks import WINDOWS

PERIODS = ("overdue", "today", "week", "month", "day")


def period_range(period: str, today: date, day: date | None = None) -> tuple[date | None, date]:
    """(start, end) inclusive; overdue has no start: everything still to do before today."""
    if period == "overdue":
        return None, today - timedelta(days=1)
    if period in WINDOWS:
        return today, today + timedelta(days=WINDOWS[period])
    chosen = day or today
    return chosen, chosen


class PeriodBar(QWidget):
    """Exclusive buttons, each with its count: "Overdue (12)", "Today (3)", …"""

    period_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = {name: QPushButton(checkable=True) for name in PERIODS}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, button in self.buttons.items():
            self.group.addButton(button)
            layout.addWidget(button)
            button.clicked.connect(lambda _checked=False, n=name: self.period_chosen.emit(n))
        layout.addStretch(1)
        self.buttons["day"].setVisible(False)  # appears once a day is clicked in the calendar
        self.buttons["today"].setChecked(True)
        self.buttons["overdue"].setToolTip(self.tr("Follow-ups due before today, not done yet"))
        self.buttons["week"].setToolTip(self.tr("Today and the next 6 days"))
        self.buttons["month"].setToolTip(self.tr("Today and the next 30 days"))

    def set_counts(self, counts: dict[str, int], day: date | None) -> None:
        titles = {
            "overdue": self.tr("Overdue ({0})"),
            "today": self.tr("Today ({0})"),
            "week": self.tr("This week ({0})"),
            "month": self.tr("This month ({0})"),
            "day": self.tr("Day {1} ({0})"),
        }
        shown = day.strftime("%d/%m/%Y") if day else ""
        for name, button in self.buttons.items():
            button.setText(titles[name].format(counts.get(name, 0), shown))
        self.buttons["day"].setVisible(day is not None)

    def select(self, period: str) -> None:
        self.buttons[period].setChecked(True)

    def current(self) -> str:
        return next(name for name, b in self.buttons.items() if b.isChecked())
