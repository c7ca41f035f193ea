"""Settings section: the editable list of contact types."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget
from sqlalchemy.orm import Session

from app.services import contact_types
from app.services.contact_types import TypeRow
from app.ui.context import AppContext
from app.ui.settings_common import (
    cell,
    confirm,
    list_layout,
    make_table,
    select_data,
    selected_data,
    write,
)


class ContactTypesSection(QWidget):
    """Contact types with how many contacts use each; add, rename, delete."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[TypeRow] = []
        self.prompt: QInputDialog | None = None  # the open name prompt, if any
        self.table = make_table([self.tr("Type"), self.tr("Contacts")])
        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self._build()
        self.add_button.clicked.connect(self.ask_add)
        self.rename_button.clicked.connect(self.ask_rename)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.ask_rename())
        self.reload()

    def _build(self) -> None:
        list_layout(self, self.tr(
            "The types sort your contacts (wine shop, restaurant, importer…). "
            "Renaming a type keeps it on its contacts."
        ), self.table, [self.add_button, self.rename_button, self.delete_button])

    def reload(self) -> None:
        keep = selected_data(self.table)
        with self.ctx.uow() as uow:
            self.rows = contact_types.list_types(uow.session)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            self.table.setItem(i, 0, cell(row.label, row.id))
            self.table.setItem(i, 1, cell(str(row.used_by), right=True))
        select_data(self.table, keep)
        self._sync_buttons()

    def selected(self) -> TypeRow | None:
        type_id = selected_data(self.table)
        return next((r for r in self.rows if r.id == type_id), None)

    def select_type(self, type_id: int) -> None:
        select_data(self.table, type_id)

    # Actions: the buttons ask, then call these (tests call them directly too).

    def add_type(self, label: str) -> bool:
        created: list[TypeRow] = []
        if not self._save(lambda s: created.append(contact_types.add_type(s, label))):
            return False
        self.select_type(created[0].id)
        return True

    def rename_type(self, type_id: int, label: str) -> bool:
        return self._save(lambda s: contact_types.rename_type(s, type_id, label))

    def delete_type(self, type_id: int) -> bool:
        return self._save(lambda s: contact_types.delete_type(s, type_id))

    def _save(self, action: Callable[[Session], object]) -> bool:
        if not write(self, self.ctx, action):
            return False
        self.reload()
        self.changed.emit()
        return True

    # Button slots.

    def ask_add(self) -> None:
        self._ask(self.tr("New contact type"), "", self.add_type)

    def ask_rename(self) -> None:
        row = self.selected()
        if row is not None:
            self._ask(self.tr("Rename a contact type"), row.label,
                      lambda text: self.rename_type(row.id, text))

    def ask_delete(self) -> None:
        self.reload()  # fresh counts for the question
        row = self.selected()
        if row is None:
            return
        if row.used_by:
            detail = self.tr("%n contact(s) will lose this type; nothing else changes for them.",
                             "", row.used_by)
        else:
            detail = self.tr("No contact uses it.")
        text = self.tr("Delete the type “{0}”?").format(row.label) + "\n" + detail
        if confirm(self, self.tr("Delete a contact type"), text, self.tr("Delete")):
            self.delete_type(row.id)

    def _ask(self, title: str, text: str, apply: Callable[[str], bool]) -> None:
        """A non-blocking name prompt, asked again with the typed text while `apply` refuses it."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Name of the type:"))
        dialog.setTextValue(text)
        dialog.setMinimumWidth(360)

        def on_text(value: str) -> None:
            if not apply(value):
                self._ask(title, value, apply)

        def on_finished() -> None:
            if self.prompt is dialog:
                self.prompt = None
            dialog.deleteLater()

        dialog.textValueSelected.connect(on_text)  # after `finished`: may open the next prompt
        dialog.finished.connect(on_finished)
        self.prompt = dialog
        dialog.open()

    def _sync_buttons(self) -> None:
        has_row = self.selected() is not None
        self.rename_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
