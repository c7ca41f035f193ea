"""Qt model of the agenda's list: plain TaskRows from the service, draggable onto the calendar."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.services.tasks import LIVE, TaskRow
from app.ui.labels import action_labels, category_labels

AnyIndex: TypeAlias = QModelIndex | QPersistentModelIndex
TASK_IDS_MIME = "application/x-fichier-client-task-ids"
OVERDUE = QColor("#c0392b")
PROPOSED = QColor("#2c6fbb")


def ids_to_mime(ids: Sequence[int]) -> QMimeData:
    mime = QMimeData()
    mime.setData(TASK_IDS_MIME, QByteArray(",".join(map(str, ids)).encode("ascii")))
    return mime


def ids_from_mime(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(TASK_IDS_MIME):
        return []
    raw = bytes(mime.data(TASK_IDS_MIME).data()).decode("ascii")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class TaskTableModel(QAbstractTableModel):
    """The tasks of the chosen period; proposals in italics, overdue dates in red."""

    COL_DUE, COL_ACTION, COL_CONTACT, COL_CATEGORY, COL_NOTE, COL_STATUS = range(6)

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[TaskRow] = []
        self._titles = [
            self.tr("Due"),
            self.tr("Action"),
            self.tr("Contact"),
            self.tr("Category"),
            self.tr("Note"),
            self.tr("Status"),
        ]
        self._actions = action_labels()
        self._categories = category_labels()
        self._statuses = {
            "proposed": self.tr("Proposed"),
            "open": self.tr("To do"),
            "done": self.tr("Done"),
            "dismissed": self.tr("Dismissed"),
        }

    def set_rows(self, rows: list[TaskRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # --- Qt overrides --------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._titles)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole and row.status == "proposed":
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [TASK_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return ids_to_mime([self.rows[r].id for r in rows if r < len(self.rows)])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    # --- helpers -------------------------------------------------------------------
    def is_overdue(self, row: TaskRow) -> bool:
        return row.status in LIVE and row.due_on < self.today()

    def _display(self, row: TaskRow, column: int) -> str:
        values = (
            row.due_on.strftime("%d/%m/%Y"),
            self._actions.get(row.action, row.action),
            row.contact_name,
            self._categories.get(row.category, row.category),
            row.note,
            self._statuses.get(row.status, row.status),
        )
        return values[column]

    def _foreground(self, row: TaskRow, column: int) -> QColor | None:
        if column == self.COL_DUE and self.is_overdue(row):
            return OVERDUE
        if column == self.COL_STATUS and row.status == "proposed":
            return PROPOSED
        return None

    def _tooltip(self, row: TaskRow, column: int) -> str | None:
        if column == self.COL_NOTE and row.note:
            return row.note
        if row.status == "proposed":
            return self.tr("Proposed by the cadences: accept, move or dismiss it.")
        if column == self.COL_DUE and self.is_overdue(row):
            return self.tr("Overdue")
        return None

    def row_at(self, row: int) -> TaskRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, task_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == task_id), None)
