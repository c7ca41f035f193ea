"""The Events page: fairs, tastings and open days on the left, the contacts met on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services import events
from app.services.contact_query import ContactFilter, ContactRow, count_contacts, list_contacts
from app.services.events import EventData, EventRow
from app.ui.contact_table_model import CATEGORY_COLOURS
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.event_dialog import EventDialog, date_range_text, kind_labels
from app.ui.event_picker import ContactPicker
from app.ui.labels import category_labels
from app.ui.settings_common import cell, confirm, hint, make_table, select_data, selected_data

EVENT_WIDTHS = (240, 110, 170, 160, 70)  # name, kind, dates, place, contacts


class EventsView(QWidget):
    """List, create, edit and delete events; record the contacts met at each."""

    events_changed = Signal()  # an event was created, changed or deleted, or its contacts
    open_contact_requested = Signal(int)  # contact id: double-click or Enter on a contact

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[EventRow] = []
        self.contact_rows: list[ContactRow] = []
        self.dialog: EventDialog | None = None  # the open edit dialog, if any
        self.picker: ContactPicker | None = None  # the open contact picker, if any
        self._kinds = kind_labels()
        self._categories = category_labels()
        self.table = make_table([self.tr("Name"), self.tr("Kind"), self.tr("Dates"),
                                 self.tr("Place"), self.tr("Contacts")])
        self.new_button = QPushButton(self.tr("New…"))
        self.new_button.setToolTip(self.tr("Create an event (Ctrl+N)"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.met_title = QLabel()
        self.contacts_table = make_table([self.tr("Name"), self.tr("Company"), self.tr("City"),
                                          self.tr("Category")])
        self.contacts_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("Add contacts…"))
        self.remove_button = QPushButton(self.tr("Remove from event"))
        self.remove_button.setToolTip(self.tr("The contacts stay in the file (Del)"))
        self.met_count = QLabel()
        self._build()
        self._connect()  # the rows are read when the page is shown (showEvent)

    def _build(self) -> None:
        for column, width in enumerate(EVENT_WIDTHS[1:], start=1):
            self.table.setColumnWidth(column, width)
        font = QFont(self.met_title.font())
        font.setBold(True)
        self.met_title.setFont(font)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(hint(self.tr(
            "The trade fairs, tastings and open days where you meet people. "
            "Deleting an event keeps its contacts."
        )))
        left_layout.addLayout(self._row_of([self.new_button, self.edit_button,
                                            self.delete_button]))
        left_layout.addWidget(self.table)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.met_title)
        right_layout.addLayout(self._row_of([self.add_button, self.remove_button],
                                            self.met_count))
        right_layout.addWidget(self.contacts_table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    @staticmethod
    def _row_of(buttons: list[QPushButton], end: QWidget | None = None) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        if end is not None:
            row.addWidget(end)
        return row

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.delete_button.clicked.connect(self.ask_delete)
        self.add_button.clicked.connect(self.ask_add_contacts)
        self.remove_button.clicked.connect(self.remove_selected_contacts)
        self.table.itemSelectionChanged.connect(self._event_selection_changed)
        self.table.activated.connect(lambda _index: self.edit_event())  # double-click, Enter
        self.contacts_table.itemSelectionChanged.connect(self._sync_buttons)
        # `activated`: Enter, and double-click (or single click where the platform says so).
        self.contacts_table.activated.connect(self._open_contact)
        # Scoped to this page: the Contacts page binds Ctrl+N and Del too.
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_event,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for table, slot in ((self.table, self.ask_delete),
                            (self.contacts_table, self.remove_selected_contacts)):
            QShortcut(QKeySequence(Qt.Key.Key_Delete), table, activated=slot,
                      context=Qt.ShortcutContext.WidgetShortcut)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.reload()  # counts move when contacts go to the trash on the Contacts page
        super().showEvent(event)

    # --- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        """Events and the contacts of the selected one, read again; the selection is kept."""
        keep = selected_data(self.table)
        with self.ctx.uow() as uow:
            self.rows = events.list_events(uow.session)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            items = (cell(row.name, row.id), cell(self._kinds.get(row.kind, row.kind)),
                     cell(date_range_text(row.start_date, row.end_date)), cell(row.place),
                     cell(str(row.contacts), right=True))
            for column, item in enumerate(items):
                self.table.setItem(i, column, item)
        self.table.clearSelection()
        select_data(self.table, keep)
        if selected_data(self.table) is None and self.rows:
            self.table.selectRow(0)
        self.table.blockSignals(False)
        self._event_selection_changed()

    def current_event(self) -> EventRow | None:
        event_id = selected_data(self.table)
        return next((r for r in self.rows if r.id == event_id), None)

    def select_event(self, event_id: int) -> None:
        select_data(self.table, event_id)

    def _event_selection_changed(self) -> None:
        self._load_contacts()
        self._sync_buttons()

    def _load_contacts(self) -> None:
        event = self.current_event()
        self.contact_rows = []
        if event is not None:
            flt = ContactFilter(event_id=event.id)
            with self.ctx.uow() as uow:
                total = count_contacts(uow.session, flt)
                self.contact_rows = list_contacts(uow.session, flt, limit=max(total, 1))
        table = self.contacts_table
        table.setRowCount(len(self.contact_rows))
        for i, row in enumerate(self.contact_rows):
            category = cell(self._categories.get(row.category, row.category))
            if row.category in CATEGORY_COLOURS:
                category.setForeground(CATEGORY_COLOURS[row.category])
            for column, item in enumerate((cell(row.display_name, row.id), cell(row.company),
                                           cell(row.city), category)):
                table.setItem(i, column, item)
        if event is None:
            self.met_title.setText(
                self.tr("Select an event to see the contacts met there.") if self.rows
                else self.tr("No event yet: create one with New…")
            )
            self.met_count.setText("")
        else:
            self.met_title.setText(self.tr("Contacts met at “{0}”").format(event.name))
            self.met_count.setText(self.tr("%n contact(s)", "", len(self.contact_rows)))

    def selected_contact_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.contacts_table.selectionModel().selectedRows()})
        return [self.contact_rows[r].id for r in rows if r < len(self.contact_rows)]

    def _open_contact(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.contact_rows):
            self.open_contact_requested.emit(self.contact_rows[index.row()].id)

    def _sync_buttons(self) -> None:
        has_event = self.current_event() is not None
        for button in (self.edit_button, self.delete_button, self.add_button):
            button.setEnabled(has_event)
        self.contacts_table.setEnabled(has_event)
        self.remove_button.setEnabled(has_event and bool(self.selected_contact_ids()))

    # --- actions: the buttons ask, then call these (tests call them directly too) ---------
    def save_event(self, data: EventData, event_id: int | None = None) -> bool:
        saved: list[int] = []
        if not self._change(lambda s: saved.append(events.save_event(s, data, event_id))):
            return False
        self.select_event(saved[0])
        return True

    def delete_event(self, event_id: int) -> bool:
        return self._change(lambda s: events.delete_event(s, event_id))

    def add_contacts(self, event_id: int, contact_ids: list[int]) -> bool:
        return self._change(lambda s: events.add_contacts(s, event_id, contact_ids))

    def remove_contacts(self, event_id: int, contact_ids: list[int]) -> bool:
        return self._change(lambda s: events.remove_contacts(s, event_id, contact_ids))

    def _change(self, action: Callable[[Session], object]) -> bool:
        """One unit of work per action; on an error nothing is written and the user is told."""
        try:
            with self.ctx.uow() as uow:
                action(uow.session)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user, in French
            show_error(self, exc)
            return False
        self.reload()
        self.events_changed.emit()
        return True

    # --- slots of the buttons ------------------------------------------------------------
    def new_event(self) -> None:
        self._open_dialog(None)

    def edit_event(self) -> None:
        row = self.current_event()
        if row is not None:
            self._open_dialog(row)

    def _open_dialog(self, row: EventRow | None) -> None:
        """A window-modal dialog, opened without a nested event loop."""
        event_id = None if row is None else row.id
        places = sorted({r.place for r in self.rows if r.place}, key=str.casefold)
        dialog = EventDialog(lambda data: self.save_event(data, event_id), row, places, self)
        self._keep(dialog, "dialog")
        dialog.open()

    def ask_delete(self) -> None:
        self.reload()  # a fresh count for the question
        row = self.current_event()
        if row is None:
            return
        detail = (self.tr("The %n contact(s) met there stay in the file.", "", row.contacts)
                  if row.contacts else self.tr("No contact is recorded at this event."))
        text = self.tr("Delete the event “{0}”?").format(row.name) + "\n" + detail
        if confirm(self, self.tr("Delete an event"), text, self.tr("Delete")):
            self.delete_event(row.id)

    def ask_add_contacts(self) -> None:
        row = self.current_event()
        if row is None:
            return
        picker = ContactPicker(self.ctx, row.id, lambda ids: self.add_contacts(row.id, ids), self)
        self._keep(picker, "picker")
        picker.open()
        picker.search.setFocus()

    def remove_selected_contacts(self) -> None:
        row, ids = self.current_event(), self.selected_contact_ids()
        if row is not None and ids:
            self.remove_contacts(row.id, ids)

    def _keep(self, dialog: EventDialog | ContactPicker, name: str) -> None:
        """Hold the open dialog in `self.<name>` until it closes (tests drive it there)."""
        setattr(self, name, dialog)

        def forget() -> None:
            if getattr(self, name) is dialog:
                setattr(self, name, None)
            dialog.deleteLater()

        dialog.finished.connect(forget)
