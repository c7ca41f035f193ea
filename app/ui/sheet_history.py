"""What the Journal, Orders and Follow-ups tabs of the contact sheet share.

Each tab writes at once, in its own unit of work, whatever the Details form holds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.services.errors import DomainError, ValidationError
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.sheet_fields import DateLineEdit, error_label

ID_ROLE = Qt.ItemDataRole.UserRole


def fr_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def euros(amount: Decimal) -> str:
    """French money: « 1 234,50 € »."""
    return f"{amount:,.2f}".replace(",", " ").replace(".", ",") + " €"


def price_text(amount: Decimal) -> str:
    """A unit price as typed back into a box: « 12,50 »."""
    return f"{amount:.2f}".replace(".", ",")


def read_only_table(headers: Sequence[str], stretch: int = -1) -> QTableWidget:
    """A list of rows picked one at a time; column `stretch` takes the spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch >= 0:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_row(
    table: QTableWidget, row: int, texts: Sequence[str], item_id: int = 0
) -> list[QTableWidgetItem]:
    """Put `texts` in `row`, each cell carrying the id of what the row shows."""
    items = []
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setData(ID_ROLE, item_id)
        table.setItem(row, column, item)
        items.append(item)
    return items


def selected_id(table: QTableWidget) -> int | None:
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return int(item.data(ID_ROLE)) if item is not None else None


class DeleteKey(QObject):
    """Del on `widget` calls `action`; taken before the window's own Del (trash the contact)."""

    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self._action = action
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kinds = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if event.type() not in kinds or not isinstance(event, QKeyEvent):
            return False
        if event.key() != Qt.Key.Key_Delete or event.modifiers():
            return False
        event.accept()  # an accepted override sends the key here, not to a shortcut
        if event.type() == QEvent.Type.KeyPress:
            self._action()
        return event.type() == QEvent.Type.KeyPress


def ask_date(parent: QWidget, title: str, current: date) -> date | None:
    """A date picked on a calendar (keyboard: arrows then Enter); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    calendar = QCalendarWidget()
    calendar.setSelectedDate(QDate(current.year, current.month, current.day))
    calendar.activated.connect(dialog.accept)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(calendar)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    picked = calendar.selectedDate()
    return date(picked.year(), picked.month(), picked.day())


class HistoryPage(QWidget):
    """A tab about one stored contact: read when shown, written at once, `changed` after."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id: int | None = None
        self._stale = True
        self.error = error_label()  # service messages, in French, under the entry boxes

    def set_contact(self, contact_id: int | None) -> None:
        """Another contact (or the same one, changed elsewhere): read again when next shown."""
        if contact_id != self.contact_id:
            self.contact_id = contact_id
            self.reset_entry()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the contact again if something changed since the last reading."""
        if self._stale and self.contact_id is not None:
            self._stale = False
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def reload(self) -> None:
        raise NotImplementedError

    def reset_entry(self) -> None:
        """Empty the entry boxes (a new contact is shown)."""
        self.clear_error()

    def focus_entry(self) -> None:
        """Where the keyboard goes when the tab is chosen."""

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)

    def show_message(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)

    def entry_day(self, field: DateLineEdit) -> date | None:
        """The typed day, today when empty; None (and the French message shown) when unreadable."""
        try:
            return field.date_value() or date.today()
        except ValueError as exc:
            self.show_message(str(exc))
            return None

    def write(self, action: Callable[[Session], object]) -> bool:
        """Run one change in its own unit of work and commit; French messages when refused."""
        if self.contact_id is None:
            return False
        self.clear_error()
        try:
            with self.ctx.uow() as uow:
                action(uow.session)
                uow.commit()
        except ValidationError as exc:
            self.show_message("\n".join(exc.fields.values()))
            return False
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.reload()
        self.changed.emit()
        return True

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Please confirm"), text)
        return answer == QMessageBox.StandardButton.Yes
