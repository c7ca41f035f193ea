"""The Agenda page: follow-ups by period or by calendar day, and what the user does with them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from app.services import tasks
from app.services.tasks import TaskRow
from app.ui.agenda_bars import AgendaActions, AgendaFilters, make_table
from app.ui.agenda_calendar import AgendaCalendar
from app.ui.agenda_dialogs import FollowUpDialog, MoveDialog
from app.ui.agenda_export import IcsExport
from app.ui.agenda_model import TaskTableModel
from app.ui.agenda_periods import PeriodBar, period_range
from app.ui.context import AppContext
from app.ui.errors import show_error

CAP = 500  # rows listed at most: the overdue list of a large file can run to thousands


class AgendaView(QWidget):
    """Overdue, today, this week, this month, or a calendar day; done, accept, dismiss, move."""

    open_contact_requested = Signal(int)
    tasks_changed = Signal()  # a task was written: the journal or categories may have changed

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.day: date | None = None  # the calendar day chosen, for the "day" period
        self.total = 0  # tasks in the period, before the CAP
        self._shown = False
        self.model = TaskTableModel(today, self)
        self.periods = PeriodBar(self)
        self.calendar = AgendaCalendar(self)
        self.filters = AgendaFilters(self)
        self.actions = AgendaActions(self)
        self.table = make_table(self.model)
        self.ics = IcsExport(ctx, self, self.filters.export_button)
        self._build()
        self._connect()

    # --- building --------------------------------------------------------------------
    def _build(self) -> None:
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.actions)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.calendar)
        hint = QLabel(self.tr("Click a day to list its follow-ups; drop rows on a day to move "
                              "them there."))
        hint.setWordWrap(True)
        right_layout.addWidget(hint)
        right_layout.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([860, 340])
        layout = QVBoxLayout(self)
        layout.addWidget(self.periods)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.periods.period_chosen.connect(self._period_chosen)
        self.calendar.clicked.connect(self._day_chosen)
        self.calendar.activated.connect(self._day_chosen)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self._refresh_marks())
        self.calendar.tasks_dropped.connect(lambda ids, day: self.move_to(day, ids))
        self.filters.filter_changed.connect(self.reload)
        # Not `activated`: it follows a double-click too, and the contact would open twice.
        self.table.doubleClicked.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        buttons = self.actions
        buttons.done_button.clicked.connect(self.complete_selected)
        buttons.accept_button.clicked.connect(self.accept_selected)
        buttons.dismiss_button.clicked.connect(self.dismiss_selected)
        buttons.move_button.clicked.connect(self.move_selected)
        buttons.new_button.clicked.connect(self.new_follow_up)
        buttons.open_button.clicked.connect(self.open_selected)
        self.filters.export_button.clicked.connect(self.export_ics)
        on_table = {
            "Ctrl+Right": lambda: self.shift_selected(1),
            "Ctrl+Left": lambda: self.shift_selected(-1),
            "Ctrl+Shift+Right": lambda: self.shift_selected(7),
            "Ctrl+Shift+Left": lambda: self.shift_selected(-7),
            "Ctrl+D": self.complete_selected,
            "Del": self.dismiss_selected,
            "Return": self.open_selected,
            "Enter": self.open_selected,
        }
        for key, slot in on_table.items():
            QShortcut(QKeySequence(key), self.table, activated=slot,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for key, slot in {"Ctrl+M": self.move_selected, "Ctrl+N": self.new_follow_up}.items():
            QShortcut(QKeySequence(key), self, activated=slot, activatedAmbiguously=slot)

    # --- loading -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Tasks change elsewhere (the sheet, the planner): read them again on each visit."""
        super().showEvent(event)
        if not self._shown:  # the calendar opens on the page of (the injectable) today
            self._shown = True
            today = self.today()
            self.calendar.setSelectedDate(QDate(today.year, today.month, today.day))
        self.reload()

    def reload(self) -> None:
        """Counts of every period, the chosen period's first rows, and the calendar's marks."""
        today, period = self.today(), self.periods.current()
        flt = self.filters.current_filter()
        try:
            with self.ctx.uow() as uow:
                counts = tasks.period_counts(uow.session, today, flt)
                if self.day:
                    day_flt = replace(flt, start=self.day, end=self.day)
                    counts["day"] = sum(tasks.count_by_day(uow.session, day_flt).values())
                rows = tasks.list_tasks(uow.session, self._period_filter(period), CAP)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.periods.set_counts(counts, self.day)
        self._show_rows(rows, counts.get(period, 0))
        self._refresh_marks()

    def _period_filter(self, period: str) -> tasks.TaskFilter:
        start, end = period_range(period, self.today(), self.day)
        return replace(self.filters.current_filter(), start=start, end=end)

    def _show_rows(self, rows: list[TaskRow], total: int) -> None:
        kept = set(self.selected_ids())
        self.total = total
        self.model.set_rows(rows)
        if self.total > len(rows):
            self.count_label.setText(self.tr("{0} of {1} shown").format(len(rows), self.total))
        else:
            self.count_label.setText(self.tr("%n follow-up(s)", "", self.total))
        self._select_ids(kept)
        self._update_buttons()

    def _refresh_marks(self) -> None:
        start, end = self.calendar.page_range()
        flt = replace(self.filters.current_filter(), start=start, end=end)
        try:
            with self.ctx.uow() as uow:
                marks = tasks.count_by_day(uow.session, flt)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.calendar.set_marks(marks)

    def _period_chosen(self, period: str) -> None:
        self.periods.select(period)
        self.reload()

    def _day_chosen(self, qdate: QDate) -> None:
        self.day = date(qdate.year(), qdate.month(), qdate.day())
        self.periods.select("day")
        self.reload()

    def show_day(self, day: date) -> None:
        """List one day's follow-ups, as a click on the calendar does."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self._day_chosen(self.calendar.selectedDate())

    # --- selection -----------------------------------------------------------------------
    def selected_rows(self) -> list[TaskRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [r for i in rows if (r := self.model.row_at(i)) is not None]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def _select_ids(self, ids: set[int]) -> None:
        self.table.clearSelection()
        flag = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for task_id in ids:
            row = self.model.row_of(task_id)
            if row is not None:
                self.table.selectionModel().select(self.model.index(row, 0), flag)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        self.actions.update_for(len(rows), sum(r.status == "proposed" for r in rows))

    # --- actions ------------------------------------------------------------------------
    def _write(self, action: Callable[[Session], object]) -> bool:
        """One user action, one unit of work; on failure nothing is written."""
        try:
            with self.ctx.uow() as uow:
                action(uow.session)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return False
        self.reload()
        self.tasks_changed.emit()
        return True

    def complete_selected(self) -> None:
        """Done, and (by default) the matching interaction in the journal, in one step."""
        rows, today = self.selected_rows(), self.today()
        log = self.actions.log_in_journal.isChecked()

        def run(session: Session) -> None:
            for row in rows:
                channel = tasks.ACTION_CHANNELS.get(row.action) if log else None
                tasks.complete(session, row.id, log_channel=channel, on=today)

        if rows:
            self._write(run)

    def accept_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.status == "proposed"]
        if ids:
            self._write(lambda s: _each(s, ids, tasks.accept))

    def dismiss_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._write(lambda s: _each(s, ids, tasks.dismiss))

    def move_to(self, day: date, ids: list[int] | None = None) -> None:
        """Move tasks (the selected ones by default) to one day; a moved proposal is accepted."""
        ids = self.selected_ids() if ids is None else ids
        if ids:
            self._write(lambda s: _each(s, ids, lambda s2, i: tasks.move(s2, i, day)))

    def shift_selected(self, days: int) -> None:
        """Each selected task a number of days later (or earlier), from its own date."""
        moves = [(r.id, r.due_on + timedelta(days=days)) for r in self.selected_rows()]
        if moves:
            def run(session: Session) -> None:
                for task_id, due_on in moves:
                    tasks.move(session, task_id, due_on)

            self._write(run)

    def move_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = MoveDialog(rows[0].due_on, len(rows), self)
        if dialog.exec() == MoveDialog.DialogCode.Accepted:
            self.move_to(dialog.chosen(), [r.id for r in rows])

    def new_follow_up(self) -> None:
        rows = self.selected_rows()
        contact = (rows[0].contact_id, rows[0].contact_name) if len(rows) == 1 else None
        due = self.day if self.periods.current() == "day" and self.day else self.today()
        dialog = FollowUpDialog(self.ctx, due, contact, self)
        if dialog.exec() != FollowUpDialog.DialogCode.Accepted or (value := dialog.value()) is None:
            return
        self._write(
            lambda s: tasks.add_task(s, value.contact_id, value.due_on, value.action, value.note)
        )

    def export_ics(self) -> None:
        """The period's follow-ups (all of them, not only the rows shown) to an .ics file."""
        self.ics.run(self._period_filter(self.periods.current()), self.total)

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.open_contact_requested.emit(row.contact_id)

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.open_contact_requested.emit(rows[0].contact_id)


def _each(session: Session, ids: list[int], action: Callable[[Session, int], None]) -> None:
    """Apply one task action to each id, in the caller's unit of work."""
    for task_id in ids:
        action(session, task_id)
