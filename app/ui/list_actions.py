"""Save the contacts shown (or the rows selected) as a named list; delete the list shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from app.services import saved_lists
from app.ui.contact_filters import FilterBar
from app.ui.context import AppContext
from app.ui.errors import show_error


class ListActions(QObject):
    """Two buttons beside the contact table; `selected` gives the ids of the selected rows."""

    def __init__(self, ctx: AppContext, filters: FilterBar, selected: Callable[[], list[int]],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filters = filters
        self.selected = selected
        self.parent_widget = parent
        self.save_button = QPushButton(self.tr("Save as list…"))
        self.save_button.setToolTip(self.tr("Keep the selected contacts (or all those shown) "
                                            "under a name, for a mailing or a call list"))
        self.delete_button = QPushButton(self.tr("Delete the list"))
        self.delete_button.setVisible(False)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        filters.saved_list.currentIndexChanged.connect(
            lambda _i: self.delete_button.setVisible(bool(filters.saved_list.currentData())))

    def save(self) -> int | None:
        ids = self.selected()
        chosen = len(ids) > 1  # one selected row is the sheet being read, not a choice
        what = (self.tr("the %n selected contact(s)", "", len(ids)) if chosen
                else self.tr("all the contacts shown"))
        name, ok = QInputDialog.getText(self.parent_widget, self.tr("Save as list"),
                                        self.tr("Name of the list ({0}):").format(what))
        if not ok or not name.strip():
            return None
        flt = self.filters.current_filter()
        try:
            with self.ctx.uow() as uow:
                list_id = saved_lists.save_list(uow.session, name, ids if chosen else None, flt)
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.parent_widget, exc)
            return None
        self.filters.reload_choices()
        return list_id

    def delete(self) -> None:
        list_id = self.filters.saved_list.currentData()
        if not list_id:
            return
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Delete the list"),
            self.tr("Delete the list \"{0}\"? Its contacts are kept.").format(
                self.filters.saved_list.currentText()))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.ctx.uow() as uow:
                saved_lists.delete_list(uow.session, int(list_id))
                uow.commit()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self.parent_widget, exc)
            return
        self.filters.saved_list.setCurrentIndex(0)
        self.filters.reload_choices()
