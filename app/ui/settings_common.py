"""Small pieces shared by the sections of the Settings page."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services import cadences
from app.services.errors import DomainError
from app.ui import workers
from app.ui.context import AppContext
from app.ui.errors import show_error


def hint(text: str) -> QLabel:
    """A short explanatory line, in the palette's placeholder colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def make_table(headers: list[str]) -> QTableWidget:
    """A read-only, single-row-selection table; the last column stretches."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def stretch_column(table: QTableWidget, stretched: int) -> None:
    """Every column as wide as its content, but this one, which takes the rest."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)


def cell(text: str, data: object = None, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def selected_data(table: QTableWidget) -> object:
    """The UserRole data of the first cell of the selected row, or None."""
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return None if item is None else item.data(Qt.ItemDataRole.UserRole)


def select_data(table: QTableWidget, data: object) -> None:
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == data:
            table.selectRow(row)
            return


def confirm(parent: QWidget, title: str, text: str, action: str) -> bool:
    """Ask before a destructive action; Cancel is the default button."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    do_it = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is do_it


def list_layout(owner: QWidget, text: str, table: QWidget, buttons: list[QPushButton]) -> None:
    """A hint line, a table and a row of buttons under it: the shape of each list section."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.addWidget(hint(text))
    layout.addWidget(table)
    layout.addLayout(row)


def write(owner: QWidget, ctx: AppContext, action: Callable[[Session], object]) -> bool:
    """One change in its own unit of work; a refusal is shown and nothing is written."""
    try:
        with ctx.uow() as uow:
            action(uow.session)
            uow.commit()
    except DomainError as exc:
        show_error(owner, exc)
        return False
    return True


def apply_job(ctx: AppContext, values: Mapping[str, int]) -> workers.Job:
    """A worker job saving the settings and bringing categories and proposals in line, in
    one unit of work: both or neither. It touches no widget: it runs on a pool thread."""

    def job(_progress: Callable[[int, int], None], _cancel: threading.Event) -> object:
        with ctx.uow() as uow:
            summary = cadences.apply_settings(uow.session, values)
            uow.commit()
        return summary

    return job
