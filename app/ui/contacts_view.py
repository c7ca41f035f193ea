"""The Contacts page: filters and search above, the table on the left, the sheet on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services import contacts
from app.services.contact_query import ContactFilter, count_contacts
from app.ui.contact_filters import FilterBar
from app.ui.contact_sheet import ContactSheet
from app.ui.contact_table_model import ContactTableModel
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.list_actions import ListActions

# Name, company, type, kind, postal code, city, phone, e-mail, category: wide enough for
# the usual French values so the first look needs no resizing.
COLUMN_WIDTHS = (180, 150, 95, 95, 80, 140, 110, 180, 120)


class ContactsView(QWidget):
    """Find, open, create, trash and restore contacts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ContactTableModel(ctx, self)
        self.filters = FilterBar(ctx, self)
        self.table = self._make_table()
        self.sheet = ContactSheet(ctx, self)
        self.count_label = QLabel()
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._build()
        self._connect()
        self.reload_everything()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(ContactTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setToolTip(self.tr("Create a contact (Ctrl+N)"))
        self.delete_button = QPushButton(self.tr("Move to trash"))
        self.delete_button.setToolTip(self.tr("Move the selected contacts to the trash (Del)"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.purge_button = QPushButton(self.tr("Delete permanently"))
        self.empty_button = QPushButton(self.tr("Empty the trash"))
        self.lists = ListActions(self.ctx, self.filters, self.selected_ids, self)
        buttons = QHBoxLayout()
        for widget in (
            self.new_button,
            self.delete_button,
            self.restore_button,
            self.purge_button,
            self.empty_button,
            self.lists.save_button,
            self.lists.delete_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filters)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.sheet)
        splitter.setChildrenCollapsible(False)
        self.sheet.setMinimumWidth(380)
        splitter.setSizes([780, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.filters.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self._apply_filter)
        self.filters.filter_changed.connect(self._apply_filter)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter on a row
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.sheet.contact_saved.connect(self._after_save)
        # A journal entry, an order or a follow-up may change the category column at once;
        # the sheet keeps its typed Details, and the row stays selected without reopening.
        self.sheet.history_changed.connect(self._after_save)
        self.new_button.clicked.connect(self.new_contact)
        self.delete_button.clicked.connect(self.trash_selected)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.model.reloaded.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        shortcuts = {
            QKeySequence.StandardKey.New: self.new_contact,
            QKeySequence.StandardKey.Save: self.sheet.save,
            QKeySequence.StandardKey.Find: self.filters.search.setFocus,
        }
        for key, slot in shortcuts.items():
            # The sheet binds Ctrl+S too; without activatedAmbiguously every other press is lost.
            QShortcut(key, self, activated=slot, activatedAmbiguously=slot)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, activated=self._delete_key,
                  context=Qt.ShortcutContext.WidgetShortcut)  # only when the table has focus

    # --- loading ---------------------------------------------------------------------
    def reload_everything(self) -> None:
        """After settings changed: filter lists, custom columns, table, sheet definitions."""
        definitions = self.filters.reload_choices()
        self.model.set_columns(definitions.custom_fields, definitions.type_labels)
        for column, width in enumerate(COLUMN_WIDTHS):  # a column change resets the header
            self.table.setColumnWidth(column, width)
        self.sheet.reload_definitions()
        self._update_buttons()

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filters.current_filter())
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.model.total_matching, self.model.total_all
        if self.model.filter.trash:
            text = self.tr("%n contact(s) in the trash", "", shown)
        else:
            text = self.tr("%n shown of {0}", "", shown).format(total)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        trash = self.model.filter.trash
        self.new_button.setEnabled(not trash)
        self.delete_button.setVisible(not trash)
        self.lists.save_button.setVisible(not trash)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setVisible(trash)

    # --- opening and creating -----------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        contact_id = self.model.contact_id(index.row())
        if contact_id is not None and self._may_leave_sheet():
            self.sheet.open_contact(contact_id)
            self.sheet.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        contact_id = self.model.contact_id(current.row())
        if contact_id is None or contact_id == self.sheet.current_id():
            return
        if self._may_leave_sheet():
            self.sheet.open_contact(contact_id)
        else:  # the user stays on the sheet: the table must show the same contact
            self._select_quietly(self.sheet.current_id())

    def _select_quietly(self, contact_id: int | None) -> None:
        row = None if contact_id is None else self.model.row_of(contact_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        if row is None:
            self.table.clearSelection()
        else:  # not selectRow: with Ctrl held (Ctrl+Entrée saves an order) it toggles
            index = self.model.index(row, 0)
            flag = QItemSelectionModel.SelectionFlag
            selection.select(index, flag.ClearAndSelect | flag.Rows)
            selection.setCurrentIndex(index, flag.NoUpdate)
        selection.blockSignals(False)

    def new_contact(self) -> None:
        if not self.model.filter.trash and self._may_leave_sheet():
            self.table.clearSelection()
            self.sheet.new_contact()

    def _after_save(self, contact_id: int) -> None:
        self.filters.reload_tags()  # new tags appear in the tag filter at once
        self.model.refresh_contact(contact_id)
        self._select_quietly(contact_id)

    def _may_leave_sheet(self) -> bool:
        """Unsaved changes in the sheet: save, discard or stay."""
        if not self.sheet.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The contact sheet has unsaved changes. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.sheet.save()
        return answer == QMessageBox.StandardButton.Discard

    confirm_leave = _may_leave_sheet

    # --- trash ----------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [cid for r in sorted(rows) if (cid := self.model.contact_id(r)) is not None]

    def _delete_key(self) -> None:
        if self.model.filter.trash:
            self.purge_selected()
        else:
            self.trash_selected()

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._change(lambda session: contacts.trash(session, ids), ids)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._change(lambda session: contacts.restore(session, ids), ids)

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        question = self.tr("Delete %n contact(s) permanently? This cannot be undone.", "", len(ids))
        if ids and self._confirm(question):
            self._change(lambda session: contacts.purge(session, ids), ids)

    def empty_trash(self) -> None:
        with self.ctx.uow() as uow:  # the whole trash, whatever the search box shows
            count = count_contacts(uow.session, ContactFilter(trash=True))
        question = self.tr(
            "Empty the trash: %n contact(s) deleted permanently? This cannot be undone.", "", count
        )
        if count and self._confirm(question):
            self._change(contacts.purge, [])

    def _confirm(self, text: str) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(  # No by default: these actions cannot be undone
            self, self.tr("Please confirm"), text, buttons, QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def _change(self, action: Callable[[Session], object], ids: list[int]) -> None:
        """Run one trash action in its own unit of work; on failure nothing is written."""
        touches_sheet = not ids or self.sheet.current_id() in ids
        if touches_sheet and not self._may_leave_sheet():
            return
        try:
            with self.ctx.uow() as uow:
                action(uow.session)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        if touches_sheet:
            self.sheet.new_contact()
        self.model.reload()
