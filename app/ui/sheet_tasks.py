"""The Follow-ups tab of the contact sheet: the live tasks, proposals to accept or dismiss."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import tasks
from app.services.tasks import TaskFilter, TaskRow
from app.services.users import actor_name
from app.ui import sheet_history
from app.ui.context import AppContext
from app.ui.labels import action_labels
from app.ui.sheet_fields import ChoiceCombo, DateLineEdit
from app.ui.sheet_history import (
    HistoryPage,
    fill_row,
    fr_date,
    read_only_table,
    selected_id,
)

OVERDUE = QColor("#b3261e")


class TasksPage(HistoryPage):
    """Done, moved, accepted or dismissed here, written at once; a done task can log a call."""

    COL_DUE, COL_ACTION, COL_NOTE, COL_STATUS = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[TaskRow] = []
        self.table = read_only_table(
            [self.tr("Due"), self.tr("Action"), self.tr("Note"), self.tr("Status")],
            stretch=self.COL_NOTE,
        )
        self.done_button = QPushButton(self.tr("Done"))
        self.log_box = QCheckBox(self.tr("Also log in the journal"))
        self.log_box.setChecked(True)
        self.move_button = QPushButton(self.tr("Move…"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.action = ChoiceCombo((label, code) for code, label in action_labels().items())
        self.due = DateLineEdit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note; Enter adds the follow-up"))
        self.add_button = QPushButton(self.tr("Add"))
        self._build()
        self._connect()
        self.reset_entry()

    def _build(self) -> None:
        done = QHBoxLayout()
        done.addWidget(self.done_button)
        done.addWidget(self.log_box, 1)
        decide = QHBoxLayout()
        for button in (self.move_button, self.accept_button, self.dismiss_button):
            decide.addWidget(button)
        decide.addStretch(1)
        new = QGroupBox(self.tr("New follow-up"))
        self.due.setMaximumWidth(100)
        what = QHBoxLayout()
        what.addWidget(self.action)
        what.addWidget(self.due)
        what.addStretch(1)
        note = QHBoxLayout()
        note.addWidget(self.note, 1)
        note.addWidget(self.add_button)
        box = QVBoxLayout(new)
        box.addLayout(what)
        box.addLayout(note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(done)
        layout.addLayout(decide)
        layout.addWidget(new)
        layout.addWidget(self.error)

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.done_button.clicked.connect(self.mark_done)
        self.move_button.clicked.connect(self.move_selected)
        self.accept_button.clicked.connect(self.accept_selected)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        self.add_button.clicked.connect(self.add_task)
        self.note.returnPressed.connect(self.add_task)
        self.due.returnPressed.connect(self.add_task)

    # --- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.contact_id is None:
            return
        with self.ctx.uow() as uow:
            self.rows = tasks.list_tasks(uow.session, TaskFilter(contact_id=self.contact_id))
        kept = selected_id(self.table)
        actions, today = action_labels(), date.today()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            texts = [fr_date(row.due_on), actions.get(row.action, row.action), row.note,
                     self.status_label(row.status)]
            self._style(fill_row(self.table, i, texts, row.id), row, today)
        ids = [r.id for r in self.rows]
        if ids:
            self.table.selectRow(ids.index(kept) if kept in ids else 0)
        self._update_buttons()

    def status_label(self, status: str) -> str:
        labels = {"proposed": self.tr("Proposed"), "open": self.tr("To do")}
        return labels.get(status, status)

    def _style(self, items: list[QTableWidgetItem], row: TaskRow, today: date) -> None:
        """Proposals in italics (not yet decided); what is overdue in red."""
        for item in items:
            if row.status == "proposed":
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            if row.due_on < today:
                item.setForeground(QBrush(OVERDUE))

    def selected_task(self) -> TaskRow | None:
        task_id = selected_id(self.table)
        return next((r for r in self.rows if r.id == task_id), None)

    def _update_buttons(self) -> None:
        task = self.selected_task()
        for button in (self.done_button, self.move_button, self.dismiss_button):
            button.setEnabled(task is not None)
        self.accept_button.setEnabled(task is not None and task.status == "proposed")

    def reset_entry(self) -> None:
        super().reset_entry()
        self.action.set_value("call")
        self.due.set_date(date.today())
        self.note.clear()

    def focus_entry(self) -> None:
        self.table.setFocus()

    # --- writing ----------------------------------------------------------------------
    def mark_done(self) -> None:
        """Done at once; with the box ticked, the journal gets the matching entry too."""
        task = self.selected_task()
        if task is None:
            return
        channel = tasks.ACTION_CHANNELS.get(task.action) if self.log_box.isChecked() else None
        self.write(lambda s: tasks.complete(s, task.id, log_channel=channel,
                                            recorded_by=actor_name(s)))

    def move_selected(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        day = sheet_history.ask_date(self, self.tr("Move the follow-up"), task.due_on)
        if day is not None:
            self.write(lambda s: tasks.move(s, task.id, day))

    def accept_selected(self) -> None:
        task = self.selected_task()
        if task is not None:
            self.write(lambda s: tasks.accept(s, task.id))

    def dismiss_selected(self) -> None:
        task = self.selected_task()
        if task is not None:
            self.write(lambda s: tasks.dismiss(s, task.id))

    def add_task(self) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            return
        day = self.entry_day(self.due)
        if day is None:
            return
        action, note = str(self.action.value()), self.note.text()
        if self.write(lambda s: tasks.add_task(s, contact_id, day, action, note)):
            self.note.clear()
