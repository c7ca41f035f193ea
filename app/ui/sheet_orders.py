"""The Orders tab of the contact sheet: orders newest first, the turnover, a new order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import journal
from app.services.errors import ValidationError
from app.services.journal import OrderRow
from app.ui.context import AppContext
from app.ui.sheet_history import (
    DeleteKey,
    HistoryPage,
    euros,
    fill_row,
    fr_date,
    read_only_table,
    selected_id,
)
from app.ui.sheet_order_form import OrderForm


class OrdersPage(HistoryPage):
    """The contact's orders; saving or deleting one recomputes the category at once."""

    COL_DATE, COL_TOTAL, COL_BOTTLES, COL_CUVEES = range(4)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[OrderRow] = []
        self.turnover = QLabel()
        self.turnover.setStyleSheet("font-weight: bold;")
        self.table = read_only_table(
            [self.tr("Date"), self.tr("Total"), self.tr("Bottles"), self.tr("Cuvées")],
            stretch=self.COL_CUVEES,
        )
        self.detail = read_only_table(
            [self.tr("Cuvée"), self.tr("Vintage"), self.tr("Bottles"), self.tr("Unit price"),
             self.tr("Amount")],
            stretch=0,
        )
        self.detail.setMaximumHeight(110)
        self.detail.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.delete_button = QPushButton(self.tr("Delete order…"))
        self.form = OrderForm()
        self._build()
        self._connect()

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.turnover, 1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Lines of the selected order")))
        layout.addWidget(self.detail, 1)
        layout.addWidget(self.form)
        layout.addWidget(self.error)

    def _connect(self) -> None:
        self.form.save_requested.connect(self.save_order)
        self.form.error_shown.connect(self._form_message)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._show_lines)
        DeleteKey(self.table, self.delete_selected)

    # --- reading ----------------------------------------------------------------------
    def reload(self) -> None:
        if self.contact_id is None:
            return
        with self.ctx.uow() as uow:
            self.rows = journal.list_order_rows(uow.session, self.contact_id)
            total = journal.turnover(uow.session, self.contact_id)
        self.turnover.setText(
            self.tr("Turnover: {0} in %n order(s)", "", len(self.rows)).format(euros(total))
        )
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            bottles = str(row.bottles) if row.lines else ""
            texts = [fr_date(row.ordered_on), euros(row.total), bottles, row.cuvees]
            items = fill_row(self.table, i, texts, row.id)
            items[self.COL_TOTAL].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        if self.rows:
            self.table.selectRow(0)
        self._show_lines()

    def selected_order(self) -> OrderRow | None:
        order_id = selected_id(self.table)
        return next((r for r in self.rows if r.id == order_id), None)

    def _show_lines(self) -> None:
        order = self.selected_order()
        lines = order.lines if order else ()
        self.detail.setRowCount(len(lines))
        for i, line in enumerate(lines):
            texts = [line.cuvee, str(line.vintage or ""), str(line.bottles),
                     euros(line.unit_price), euros(line.total)]
            fill_row(self.detail, i, texts)
        self.delete_button.setEnabled(order is not None)

    def reset_entry(self) -> None:
        super().reset_entry()
        self.form.clear()

    def focus_entry(self) -> None:
        self.form.cuvee.setFocus()

    # --- writing ----------------------------------------------------------------------
    def _form_message(self, message: str) -> None:
        self.show_message(message) if message else self.clear_error()

    def save_order(self) -> None:
        contact_id = self.contact_id
        if contact_id is None:
            return
        self.clear_error()
        try:
            day, lines, amount = self.form.read()
        except ValidationError as exc:
            self.show_message("\n".join(exc.fields.values()))
            return
        if self.write(lambda s: journal.add_order(s, contact_id, day, lines, amount)):
            self.form.clear()
            self.form.cuvee.setFocus()

    def delete_selected(self) -> None:
        order = self.selected_order()
        if order is None:
            return
        question = self.tr("Delete the order of {0} ({1})? This cannot be undone.").format(
            fr_date(order.ordered_on), euros(order.total)
        )
        if self.confirm(question):
            self.write(lambda s: journal.delete_order(s, order.id))
