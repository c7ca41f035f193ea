"""The agenda's dialogs: move tasks to a date; a new follow-up with a contact found by search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contact_query import ContactFilter, list_contacts
from app.ui.context import AppContext
from app.ui.labels import action_labels

RESULTS = 30  # a search that needs more should be typed more precisely


def date_edit(initial: date) -> QDateEdit:
    edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def to_date(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


class MoveDialog(QDialog):
    """Choose the new due date of the selected tasks."""

    def __init__(self, initial: date, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move follow-ups"))
        self.due = date_edit(initial)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Move %n follow-up(s) to:", "", count), self.due)
        form.addRow(buttons)

    def chosen(self) -> date:
        return to_date(self.due)


@dataclass(frozen=True)
class FollowUp:
    """What the New follow-up dialog returns: the arguments of tasks.add_task."""

    contact_id: int
    due_on: date
    action: str
    note: str


class FollowUpDialog(QDialog):
    """Find a contact by typing (accents and case ignored), then say what to do and when."""

    def __init__(
        self,
        ctx: AppContext,
        due: date,
        contact: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New follow-up"))
        self.resize(460, 420)
        self.search = QLineEdit(clearButtonEnabled=True)
        self.search.setPlaceholderText(self.tr("Search a contact: name, company, city…"))
        self.results = QListWidget()
        self.action = QComboBox()
        for code, label in action_labels().items():
            self.action.addItem(label, code)
        self.due = date_edit(due)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What about? (optional)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._build()
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._first_result)
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if contact is not None:
            self._show([contact])
            self.results.setCurrentRow(0)
        else:
            self.run_search()
        self._update_ok()

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Action:"), self.action)
        form.addRow(self.tr("Due on:"), self.due)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def run_search(self) -> None:
        text = self.search.text()
        with self.ctx.uow() as uow:
            found = list_contacts(uow.session, ContactFilter(text=text), limit=RESULTS)
        self._show([(c.id, self._describe(c.display_name, c.postal_code, c.city)) for c in found])
        if len(found) == 1:
            self.results.setCurrentRow(0)

    @staticmethod
    def _describe(name: str, postal_code: str, city: str) -> str:
        place = " ".join(p for p in (postal_code, city) if p)
        return f"{name} — {place}" if place else name

    def _show(self, contacts: list[tuple[int, str]]) -> None:
        self.results.clear()
        for contact_id, text in contacts:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.results.addItem(item)
        self._update_ok()

    def _first_result(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.contact_id() is not None)

    def contact_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def value(self) -> FollowUp | None:
        contact_id = self.contact_id()
        if contact_id is None:
            return None
        return FollowUp(contact_id, to_date(self.due), self.action.currentData(), self.note.text())
