"""A small dialog to choose contacts met at an event: search, tick several, Add."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contact_query import ContactFilter, ContactRow, count_contacts, list_contacts
from app.services.events import contacts_met
from app.ui.context import AppContext
from app.ui.settings_common import cell, hint, make_table

LIMIT = 200  # rows shown per search; typing more narrows it down


class ContactPicker(QDialog):
    """Search-as-you-type over the contacts (accents and case ignored); the choice is kept
    from one search to the next, so the user can look up several people in turn."""

    def __init__(
        self,
        ctx: AppContext,
        event_id: int,
        add: Callable[[list[int]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self._add = add
        self.chosen: dict[int, str] = {}  # contact id -> name, across searches
        self._loading = False
        with ctx.uow() as uow:
            self.already = set(contacts_met(uow.session, event_id))
        self.setWindowTitle(self.tr("Add contacts to the event"))
        self.resize(560, 480)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, company, city, e-mail…"))
        self.search.setClearButtonEnabled(True)
        self.table = make_table([self.tr("Name"), self.tr("Company"), self.tr("City")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        self.more_label = QLabel()
        self.chosen_label = QLabel()
        self.chosen_label.setWordWrap(True)
        # Plain buttons, none default: Enter in the search box must not add anything.
        self.add_button = QPushButton(self.tr("Add"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for button in (self.add_button, self.cancel_button):
            button.setAutoDefault(False)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._build()
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_and_focus)
        self._timer.timeout.connect(self.search_now)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.search_now()
        self._show_chosen()

    def _build(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.chosen_label, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "Type a few letters, then click every contact met there; "
            "you may search again, the ones already chosen stay chosen."
        )))
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.more_label)
        layout.addLayout(buttons)

    def search_now(self) -> None:
        """Run the search at once (the box waits for a short pause in the typing)."""
        self._timer.stop()
        flt = ContactFilter(text=self.search.text())
        with self.ctx.uow() as uow:
            total = count_contacts(uow.session, flt)
            rows = list_contacts(uow.session, flt, limit=LIMIT)
        self._fill(rows)
        notes = []
        if total > len(rows):
            text = self.tr("The first {0} of %n contacts; type more to narrow.", "", total)
            notes.append(text.format(len(rows)))
        elif not rows:
            notes.append(self.tr("No contact matches this search."))
        if any(row.id in self.already for row in rows):
            notes.append(self.tr("Greyed: already recorded at this event."))
        self.more_label.setText(" ".join(notes))

    def _fill(self, rows: list[ContactRow]) -> None:
        self._loading = True
        try:
            self.table.clearSelection()
            self.table.setRowCount(len(rows))
            for i, row in enumerate(rows):
                items = [cell(row.display_name, row.id), cell(row.company), cell(row.city)]
                for column, item in enumerate(items):
                    if row.id in self.already:
                        item.setFlags(Qt.ItemFlag.NoItemFlags)
                        item.setToolTip(self.tr("Already recorded at this event"))
                    self.table.setItem(i, column, item)
                if row.id in self.chosen:
                    self._select_row(i)
        finally:
            self._loading = False

    def _select_row(self, row: int) -> None:
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().select(
            self.table.model().index(row, 0), flags.Select | flags.Rows
        )

    def _search_and_focus(self) -> None:
        self.search_now()
        if self.table.rowCount():
            self.table.setFocus()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self._loading:
            return
        for index in deselected.indexes():
            if index.column() == 0:
                self.chosen.pop(index.data(Qt.ItemDataRole.UserRole), None)
        for index in selected.indexes():
            if index.column() == 0:
                self.chosen[index.data(Qt.ItemDataRole.UserRole)] = index.data()
        self._show_chosen()

    def _show_chosen(self) -> None:
        count = len(self.chosen)
        self.add_button.setEnabled(count > 0)
        if not count:
            self.chosen_label.setText(self.tr("No contact chosen yet."))
            return
        names = ", ".join(sorted(self.chosen.values())[:5]) + ("…" if count > 5 else "")
        self.chosen_label.setText(self.tr("%n chosen: {0}", "", count).format(names))

    def choose(self, contact_ids: list[int]) -> None:
        """Select these rows of the current results, as clicking them would."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) in contact_ids:
                if item.flags() & Qt.ItemFlag.ItemIsSelectable:
                    self._select_row(row)

    def chosen_ids(self) -> list[int]:
        return list(self.chosen)

    def accept(self) -> None:
        """Adds the chosen contacts; closes only if that worked."""
        if self.chosen and self._add(self.chosen_ids()):
            super().accept()
