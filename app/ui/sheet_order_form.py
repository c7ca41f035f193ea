"""The "new order" box of the Orders tab: a date, lines typed one after another, or a total.

Keyboard: cuvée, Tab, vintage, Tab, bottles, Tab, unit price, Enter adds the line; Enter in
an empty line (or Ctrl+Enter anywhere) saves the order.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import journal
from app.services.errors import ValidationError
from app.services.journal import LineData
from app.ui.sheet_fields import DateLineEdit
from app.ui.sheet_history import DeleteKey, euros, price_text


class OrderForm(QGroupBox):
    """What the user types for a new order; `read()` turns it into service arguments."""

    save_requested = Signal()
    error_shown = Signal(str)  # a French message to show, "" to hide it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New order"))
        self.when = DateLineEdit()
        self.cuvee, self.vintage, self.bottles, self.price = (QLineEdit() for _ in range(4))
        self.cuvee.setPlaceholderText(self.tr("Cuvée"))
        self.vintage.setPlaceholderText(self.tr("Vintage"))
        self.bottles.setPlaceholderText(self.tr("Bottles"))
        self.price.setPlaceholderText(self.tr("Unit price"))
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.remove_line_button = QPushButton(self.tr("Remove line"))
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Cuvée"), self.tr("Vintage"), self.tr("Bottles"), self.tr("Unit price")]
        )
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.lines.verticalHeader().setVisible(False)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.setMaximumHeight(110)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("Total amount, when there are no lines"))
        self.total = QLabel()
        self.save_button = QPushButton(self.tr("Save order"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self._build()
        self._connect()
        self.clear()

    def _build(self) -> None:
        self.when.setMaximumWidth(100)
        self.vintage.setMaximumWidth(55)
        self.bottles.setMaximumWidth(55)
        self.price.setMaximumWidth(70)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.when)
        top.addStretch(1)
        top.addWidget(self.remove_line_button)
        entry = QHBoxLayout()
        for edit in (self.cuvee, self.vintage, self.bottles, self.price):
            entry.addWidget(edit, 1 if edit is self.cuvee else 0)
        entry.addWidget(self.add_line_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.amount, 1)
        bottom.addWidget(self.total)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(entry)
        layout.addWidget(self.lines)
        layout.addLayout(bottom)
        chain = [self.when, self.cuvee, self.vintage, self.bottles, self.price,
                 self.add_line_button, self.lines, self.remove_line_button, self.amount,
                 self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        for edit in self.entry_edits():
            edit.returnPressed.connect(self._enter_in_entry)
            edit.textChanged.connect(self._update_total)
        self.when.returnPressed.connect(self.save_requested)
        self.amount.returnPressed.connect(self.save_requested)
        self.save_button.clicked.connect(self.save_requested)
        self.add_line_button.clicked.connect(self.add_line)
        self.remove_line_button.clicked.connect(self.remove_line)
        self.lines.itemChanged.connect(self._update_total)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_requested)
        DeleteKey(self.lines, self.remove_line)

    def entry_edits(self) -> list[QLineEdit]:
        return [self.cuvee, self.vintage, self.bottles, self.price]

    # --- lines ------------------------------------------------------------------------
    def _entry_texts(self) -> list[str]:
        return [edit.text() for edit in self.entry_edits()]

    def _pending(self) -> bool:
        return any(text.strip() for text in self._entry_texts())

    def _enter_in_entry(self) -> None:
        if self._pending():
            self.add_line()
        else:
            self.save_requested.emit()

    def add_line(self) -> bool:
        """The entry row, checked, becomes a line of the table; False (error shown) if not."""
        try:
            line = _parse(self._entry_texts(), self.lines.rowCount() + 1)
        except ValidationError as exc:
            self.error_shown.emit("\n".join(exc.fields.values()))
            return False
        row = self.lines.rowCount()
        self.lines.blockSignals(True)
        self.lines.insertRow(row)
        texts = [line.cuvee, str(line.vintage or ""), str(line.bottles),
                 price_text(line.unit_price)]
        for column, text in enumerate(texts):
            self.lines.setItem(row, column, QTableWidgetItem(text))
        self.lines.blockSignals(False)
        for edit in self.entry_edits():
            edit.clear()  # also updates the total
        self.cuvee.setFocus()
        self.error_shown.emit("")
        return True

    def remove_line(self) -> None:
        row = self.lines.currentRow()
        if row < 0 and self.lines.rowCount():
            row = self.lines.rowCount() - 1
        if row >= 0:
            self.lines.removeRow(row)
            self._update_total()

    def _table_texts(self, row: int) -> list[str]:
        return [(item.text() if (item := self.lines.item(row, c)) else "") for c in range(4)]

    def _all_lines(self) -> list[LineData]:
        """The table's lines, then the entry row if something is typed there."""
        rows = [self._table_texts(r) for r in range(self.lines.rowCount())]
        if self._pending():
            rows.append(self._entry_texts())
        return [_parse(texts, i + 1) for i, texts in enumerate(rows)]

    def _update_total(self) -> None:
        """The running total of the readable lines, and the total box only when there are none."""
        lines: list[LineData] = []
        rows = [self._table_texts(r) for r in range(self.lines.rowCount())]
        rows += [self._entry_texts()] if self._pending() else []
        for texts in rows:
            try:
                lines.append(_parse(texts, 1))
            except ValidationError:
                continue  # half-typed: counted once readable
        has_lines = bool(rows)
        self.amount.setEnabled(not has_lines)
        if not has_lines:
            self.total.setText("")
            return
        total = sum((x.unit_price * x.bottles for x in lines), Decimal("0"))
        bottles = sum(x.bottles for x in lines)
        self.total.setText(self.tr("Total: {0}, %n bottle(s)", "", bottles).format(euros(total)))

    # --- reading and clearing ---------------------------------------------------------
    def read(self) -> tuple[date, list[LineData], Decimal | None]:
        """(date, lines, total when there are no lines); ValidationError with French messages."""
        try:
            day = self.when.date_value() or date.today()
        except ValueError as exc:
            raise ValidationError({"ordered_on": str(exc)}) from None
        lines = self._all_lines()
        return day, lines, None if lines else journal.parse_amount(self.amount.text())

    def clear(self) -> None:
        self.when.set_date(date.today())
        self.lines.setRowCount(0)
        for edit in [*self.entry_edits(), self.amount]:
            edit.clear()
        self._update_total()


def _parse(texts: list[str], number: int) -> LineData:
    """cuvée, vintage, bottles, unit price as typed → a line (ValidationError in French)."""
    cuvee, vintage, bottles, price = texts
    return journal.parse_line(cuvee, vintage, bottles, price, number)
