"""The agenda's month calendar: days with tasks in bold, with a count; a drop target for tasks."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QTextCharFormat,
)
from PySide6.QtWidgets import QCalendarWidget, QTableView, QWidget

from app.ui.agenda_model import ids_from_mime

MARK = QColor("#1f5f99")
DAYS_SHOWN = 42  # QCalendarWidget always shows six weeks
DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class AgendaCalendar(QCalendarWidget):
    """A QCalendarWidget whose days can receive task rows dragged from the agenda's table."""

    tasks_dropped = Signal(list, object)  # task ids, datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setGridVisible(True)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._marked: list[QDate] = []
        # The day grid is a private QTableView; its viewport is what receives the drops.
        self.view = self.findChild(QTableView, "qt_calendar_calendarview")
        self._viewport: QWidget | None = None
        if self.view is not None:
            self._viewport = self.view.viewport()
            self.view.setAcceptDrops(True)
            self._viewport.setAcceptDrops(True)
            self._viewport.installEventFilter(self)

    # --- marks -----------------------------------------------------------------------
    def page_range(self) -> tuple[date, date]:
        """The days the current page may show, adjacent months' days included."""
        first = date(self.yearShown(), self.monthShown(), 1)
        return first - timedelta(days=7), first + timedelta(days=DAYS_SHOWN)

    def set_marks(self, counts: Mapping[date, int]) -> None:
        """Bold and coloured days, each with a tooltip saying how many tasks it holds."""
        for day in self._marked:
            self.setDateTextFormat(day, QTextCharFormat())
        self._marked = []
        for day, count in counts.items():
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setForeground(QBrush(MARK))
            fmt.setToolTip(self.tr("%n follow-up(s)", "", count))
            qday = QDate(day.year, day.month, day.day)
            self.setDateTextFormat(qday, fmt)
            self._marked.append(qday)

    def is_marked(self, day: date) -> bool:
        return QDate(day.year, day.month, day.day) in self._marked

    # --- positions and dates -----------------------------------------------------------
    def date_at(self, pos: QPoint) -> date | None:
        """The day under a viewport position, or None over the headers."""
        if self.view is None:
            return None
        return self.date_of_index(self.view.indexAt(pos))

    def date_of_index(self, index: QModelIndex) -> date | None:
        """Cells hold consecutive days; the first cell holding "1" is the shown month's 1st."""
        if self.view is None or not index.isValid():
            return None
        model = self.view.model()
        first_row, first_col = model.rowCount() - 6, model.columnCount() - 7  # header cells
        if index.row() < first_row or index.column() < first_col:
            return None
        rows, cols = range(first_row, first_row + 6), range(first_col, first_col + 7)
        cells = [(r, c) for r in rows for c in cols]
        ones = [k for k, (r, c) in enumerate(cells[:14]) if model.index(r, c).data() == 1]
        if not ones:
            return None
        k = cells.index((index.row(), index.column()))
        first = date(self.yearShown(), self.monthShown(), 1)
        return first + timedelta(days=k - ones[0])

    def index_of(self, day: date) -> QModelIndex:
        """The cell of a shown day (for tests and keyboard users), or an invalid index."""
        if self.view is None:
            return QModelIndex()
        model = self.view.model()
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                if self.date_of_index(index) == day:
                    return index
        return QModelIndex()

    # --- drops -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Compare identities and event types only: while the window closes, the view is
        # half-destroyed and calling into it (view.viewport()) crashes the interpreter.
        if watched is self._viewport and event.type() in DRAG_EVENTS:
            return self._drag_event(event)
        return super().eventFilter(watched, event)

    def _drag_event(self, event: QEvent) -> bool:
        assert isinstance(event, (QDragEnterEvent, QDragMoveEvent, QDropEvent))
        ids = ids_from_mime(event.mimeData())
        day = self.date_at(event.position().toPoint())
        wanted = bool(ids) and (day is not None or event.type() == QEvent.Type.DragEnter)
        if not wanted:
            event.ignore()
            return True
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if event.type() == QEvent.Type.Drop and day is not None:
            self.tasks_dropped.emit(ids, day)
        return True
