"""Settings section: the user's custom fields, and the dialog that edits one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services import custom_fields
from app.services.custom_fields import FieldDef
from app.ui.context import AppContext
from app.ui.labels import field_type_labels
from app.ui.settings_common import (
    cell,
    confirm,
    list_layout,
    make_table,
    select_data,
    selected_data,
    write,
)


@dataclass(frozen=True)
class FieldInput:
    """What the field dialog holds: the arguments of custom_fields.save_field."""

    label: str
    field_type: str
    choices: tuple[str, ...]
    show_in_table: bool


class FieldDialog(QDialog):
    """Label, type, choices and "show in table" of one custom field.

    OK calls `save(values)`; the dialog closes only when it returns True, so nothing typed is
    lost when the service refuses the values.
    """

    def __init__(
        self, field: FieldDef | None, save: Callable[[FieldInput], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(self.tr("New custom field") if field is None
                            else self.tr("Edit a custom field"))
        self.label_edit = QLineEdit()
        self.type_combo = QComboBox()
        for code, label in field_type_labels().items():
            self.type_combo.addItem(label, code)
        self.choices_edit = QPlainTextEdit()
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        self.show_check = QCheckBox(self.tr("Show as a column in the contact table"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Label:"), self.label_edit)
        form.addRow(self.tr("Type:"), self.type_combo)
        form.addRow(self.tr("Choices:"), self.choices_edit)
        form.addRow(self.show_check)
        form.addRow(buttons)
        self.type_combo.currentIndexChanged.connect(self._sync_choices)
        if field is not None:
            self.set_values(field)
        self._sync_choices()

    def set_values(self, field: FieldDef) -> None:
        self.label_edit.setText(field.label)
        self.set_type(field.field_type)
        self.choices_edit.setPlainText("\n".join(field.choices))
        self.show_check.setChecked(field.show_in_table)

    def set_type(self, field_type: str) -> None:
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(field_type)))

    def values(self) -> FieldInput:
        field_type = str(self.type_combo.currentData())
        lines = self.choices_edit.toPlainText().splitlines()
        choices = tuple(x.strip() for x in lines if x.strip()) if field_type == "choice" else ()
        return FieldInput(self.label_edit.text(), field_type, choices, self.show_check.isChecked())

    def accept(self) -> None:
        if self._save(self.values()):
            super().accept()

    def _sync_choices(self) -> None:
        self.choices_edit.setEnabled(self.type_combo.currentData() == "choice")


class CustomFieldsSection(QWidget):
    """The list of custom fields; add, edit, delete."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.fields: list[FieldDef] = []
        self.dialog: FieldDialog | None = None  # the open field dialog, if any
        self.table = make_table([self.tr("Field"), self.tr("Type"), self.tr("In the table")])
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self._build()
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.ask_delete)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._edit_selected())
        self.reload()

    def _build(self) -> None:
        list_layout(self, self.tr(
            "Fields of your own on every contact sheet (grape preference, delivery day…)."
        ), self.table, [self.add_button, self.edit_button, self.delete_button])

    def reload(self) -> None:
        keep = selected_data(self.table)
        with self.ctx.uow() as uow:
            self.fields = custom_fields.list_fields(uow.session)
        self.table.setRowCount(len(self.fields))
        for i, field in enumerate(self.fields):
            self.table.setItem(i, 0, cell(field.label, field.id))
            type_label = field_type_labels().get(field.field_type, field.field_type)
            self.table.setItem(i, 1, cell(type_label))
            self.table.setItem(i, 2, cell(self.tr("Yes") if field.show_in_table else self.tr("No")))
        select_data(self.table, keep)
        self._sync_buttons()

    def selected(self) -> FieldDef | None:
        field_id = selected_data(self.table)
        return next((f for f in self.fields if f.id == field_id), None)

    def open_dialog(self, field: FieldDef | None) -> FieldDialog:
        """Open (without blocking) the dialog that creates `field` None or edits `field`."""
        field_id = None if field is None else field.id
        dialog = FieldDialog(field, lambda values: self.save_field(values, field_id), self)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def save_field(self, values: FieldInput, field_id: int | None = None) -> bool:
        saved: list[FieldDef] = []
        ok = self._save(lambda s: saved.append(custom_fields.save_field(
            s, values.label, values.field_type, list(values.choices), values.show_in_table,
            field_id,
        )))
        if ok:
            select_data(self.table, saved[0].id)
        return ok

    def delete_field(self, field_id: int) -> bool:
        return self._save(lambda s: custom_fields.delete_field(s, field_id))

    def ask_delete(self) -> None:
        field = self.selected()
        if field is None:
            return
        text = self.tr("Delete the field “{0}”?").format(field.label) + "\n" + self.tr(
            "Its values are erased from every contact; this cannot be undone."
        )
        if confirm(self, self.tr("Delete a custom field"), text, self.tr("Delete")):
            self.delete_field(field.id)

    def _save(self, action: Callable[[Session], object]) -> bool:
        if not write(self, self.ctx, action):
            return False
        self.reload()
        self.changed.emit()
        return True

    def _edit_selected(self) -> None:
        field = self.selected()
        if field is not None:
            self.open_dialog(field)

    def _dialog_closed(self, dialog: FieldDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _sync_buttons(self) -> None:
        has_row = self.selected() is not None
        self.edit_button.setEnabled(has_row)
        self.delete_button.setEnabled(has_row)
