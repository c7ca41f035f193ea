"""Pieces of the Agenda page: the filters above the list, the list, the actions under it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from app.services.tasks import LIVE, TaskFilter
from app.ui.agenda_model import TaskTableModel
from app.ui.labels import action_labels, category_labels

# Due, action, contact, category, note, status: room for the usual French values.
COLUMN_WIDTHS = (90, 170, 190, 120, 260, 90)


def make_table(model: QAbstractItemModel) -> QTableView:
    """Read-only rows, several selectable, draggable onto the calendar."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setDragEnabled(True)
    table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column, width in enumerate(COLUMN_WIDTHS):
        table.setColumnWidth(column, width)
    header.setSectionResizeMode(TaskTableModel.COL_NOTE, QHeaderView.ResizeMode.Stretch)
    return table


class AgendaFilters(QWidget):
    """Action, category, whether to show the cadences' proposals; and the .ics export."""

    filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action = QComboBox()
        self.action.addItem(self.tr("All actions"), "")
        for code, label in action_labels().items():
            self.action.addItem(label, code)
        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), "")
        for code, label in category_labels().items():
            self.category.addItem(label, code)
        self.show_proposals = QCheckBox(self.tr("Show proposals"), checked=True)
        self.show_proposals.setToolTip(self.tr("Follow-ups proposed by the category cadences"))
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setToolTip(self.tr("Write the listed follow-ups to a calendar file"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.action, self.category, self.show_proposals):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.export_button)
        self.action.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.category.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.show_proposals.toggled.connect(lambda _on: self.filter_changed.emit())

    def current_filter(self) -> TaskFilter:
        """The filters' choice, with no dates: each period adds its own."""
        return TaskFilter(
            statuses=LIVE if self.show_proposals.isChecked() else ("open",),
            actions=(code,) if (code := self.action.currentData()) else (),
            category=self.category.currentData() or "",
        )


class AgendaActions(QWidget):
    """Done (with its journal entry), accept, dismiss, move, new follow-up, open the contact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setToolTip(self.tr("Mark the selected follow-ups done (Ctrl+D)"))
        self.log_in_journal = QCheckBox(self.tr("Log in the journal"), checked=True)
        self.log_in_journal.setToolTip(
            self.tr("Also write a call, e-mail, letter or visit in the contact's journal")
        )
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(self.tr("Keep the selected proposals as follow-ups to do"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Dismiss the selected follow-ups (Del)"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.move_button.setToolTip(self.tr(
            "Move to a date (Ctrl+M). Ctrl+Right: one day later, Ctrl+Shift+Right: one week "
            "later. Or drag the rows onto a day of the calendar."))
        self.new_button = QPushButton(self.tr("New follow-up…"))
        self.new_button.setToolTip(self.tr("Plan a follow-up with a contact (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("Open contact"))
        self.open_button.setToolTip(self.tr("Open the contact's sheet (Enter or double-click)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.done_button, self.log_in_journal, self.accept_button,
                       self.dismiss_button, self.move_button, self.new_button, self.open_button):
            layout.addWidget(widget)
        layout.addStretch(1)

    def update_for(self, selected: int, proposals: int) -> None:
        """Enable what makes sense for the selection."""
        for button in (self.done_button, self.dismiss_button, self.move_button):
            button.setEnabled(selected > 0)
        self.accept_button.setEnabled(proposals > 0)
        self.open_button.setEnabled(selected == 1)
