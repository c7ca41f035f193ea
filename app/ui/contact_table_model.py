"""Lazy Qt model over the contact table: pages come from the service, sorted and filtered in SQL."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.services.contact_query import (
    ContactFilter,
    ContactRow,
    contact_row,
    count_contacts,
    list_contacts,
)
from app.services.custom_fields import FieldDef
from app.ui.context import AppContext
from app.ui.labels import category_labels

PAGE = 100  # a screenful or three; more arrive as the user scrolls
CATEGORY_COLOURS = {
    "client_actif": QColor("#1b7f3b"),
    "client_inactif": QColor("#8a6d00"),
    "prospect_chaud": QColor("#c0392b"),
    "prospect_froid": QColor("#2c6fbb"),
    "suspect": QColor("#7f7f7f"),
}
AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    """Rows arrive a page at a time (canFetchMore / fetchMore) as the user scrolls."""

    COL_NAME, COL_COMPANY, COL_TYPE, COL_KIND, COL_POSTAL, COL_CITY = range(6)
    COL_PHONE, COL_EMAIL, COL_CATEGORY = range(6, 9)
    SORT_KEYS = (
        "name",
        "company",
        "type",
        "kind",
        "postal_code",
        "city",
        "phone",
        "email",
        "category",
    )

    reloaded = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.total_all = 0
        self.filter = ContactFilter()
        self.order, self.descending = "name", False
        self.rows: list[ContactRow] = []
        self._loaded = False  # no reload yet
        self.total_matching = 0
        self.custom_fields: list[FieldDef] = []
        self.type_labels: dict[str, str] = {}
        self._titles = [
            self.tr("Name"),
            self.tr("Company"),
            self.tr("Type"),
            self.tr("Kind"),
            self.tr("Postal code"),
            self.tr("City"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Category"),
        ]
        self._kinds = {"particulier": self.tr("Private"), "professionnel": self.tr("Professional")}
        self._categories = category_labels()

    # --- configuration -------------------------------------------------------------
    def set_columns(self, custom_fields: list[FieldDef], type_labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.custom_fields = [f for f in custom_fields if f.show_in_table]
        self.type_labels = type_labels
        self.endResetModel()
        self.reload()

    def set_filter(self, flt: ContactFilter) -> None:
        same_side = flt.trash == self.filter.trash
        self.filter = flt
        self.reload(recount_all=not same_side)

    def set_text(self, text: str) -> None:
        self.set_filter(replace(self.filter, text=text))

    def reload(self, recount_all: bool = True) -> None:
        """Count and first page again (after a change, a filter or a sort). A search or a
        sort keeps the count of the whole file (`recount_all` False): it has not changed.

        Rows are removed and inserted rather than reset, so the header keeps the user's widths.
        """
        with self.ctx.uow() as uow:
            if recount_all:
                self.total_all = count_contacts(uow.session,
                                                ContactFilter(trash=self.filter.trash))
            total = count_contacts(uow.session, self.filter)
            first = self._page(uow.session, 0)
        if self.rows:
            self.beginRemoveRows(QModelIndex(), 0, len(self.rows) - 1)
            self.rows = []
            self.endRemoveRows()
        self.total_matching = total
        self._loaded = True
        if first:
            self.beginInsertRows(QModelIndex(), 0, len(first) - 1)
            self.rows = first
            self.endInsertRows()
        self.reloaded.emit()

    def refresh_contact(self, contact_id: int) -> None:
        """After a save: that row again, in place. A new contact (not shown yet) reloads it
        all; a shown one is not recounted nor moved, which over 100 000 contacts costs more
        than the save itself. The next search or sort puts it where it now belongs."""
        row = self.row_of(contact_id)
        if row is None:
            self.reload()
            return
        with self.ctx.uow() as uow:
            fresh = contact_row(uow.session, contact_id, self._custom_ids())
        if fresh is None:
            self.reload()
            return
        self.rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _custom_ids(self) -> tuple[int, ...]:
        return tuple(f.id for f in self.custom_fields)

    def _page(self, session: Any, offset: int) -> list[ContactRow]:
        return list_contacts(
            session,
            self.filter,
            self.order,
            self.descending,
            offset,
            PAGE,
            self._custom_ids(),
        )

    # --- Qt overrides --------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles) + len(self.custom_fields)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and len(self.rows) < self.total_matching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802
        with self.ctx.uow() as uow:
            more = self._page(uow.session, len(self.rows))
        if not more:
            self.total_matching = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self._titles):
            return self._titles[section]
        return self.custom_fields[section - len(self._titles)].label

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_CATEGORY:
            return CATEGORY_COLOURS.get(row.category)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column < len(self.SORT_KEYS):
            key = self.SORT_KEYS[column]
        else:
            key = f"custom:{self.custom_fields[column - len(self.SORT_KEYS)].id}"
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.order, self.descending) and self._loaded:
            return  # the view asks again while it is set up: the rows are in that order
        self.order, self.descending = key, descending
        if self._loaded:  # else the first reload reads them in this order
            self.reload(recount_all=False)

    # --- helpers -------------------------------------------------------------------
    def _display(self, row: ContactRow, column: int) -> str:
        if column >= len(self._titles):
            field = self.custom_fields[column - len(self._titles)]
            return row.custom.get(field.id, "")
        values = (
            row.display_name,
            row.company,
            self.type_labels.get(row.contact_type, ""),
            self._kinds.get(row.kind, row.kind),
            row.postal_code,
            row.city,
            row.phone,
            row.email,
            self._category(row),
        )
        return values[column]

    def _category(self, row: ContactRow) -> str:
        label = self._categories.get(row.category, row.category)
        return self.tr("{0} (pinned)").format(label) if row.pinned else label

    def contact_id(self, row: int) -> int | None:
        return self.rows[row].id if 0 <= row < len(self.rows) else None

    def row_of(self, contact_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == contact_id), None)
