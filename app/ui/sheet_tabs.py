"""The tabs of the contact sheet: Details (the form), Journal, Orders, Follow-ups, Consents."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from app.ui.context import AppContext
from app.ui.sheet_consents import ConsentsPage
from app.ui.sheet_history import HistoryPage
from app.ui.sheet_journal import JournalPage
from app.ui.sheet_orders import OrdersPage
from app.ui.sheet_tasks import TasksPage


class SheetTabs(QTabWidget):
    """The Details page first; the history tabs only once the contact is stored."""

    history_changed = Signal()  # a journal entry, an order or a follow-up was written

    def __init__(self, ctx: AppContext, details: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.journal = JournalPage(ctx)
        self.orders = OrdersPage(ctx)
        self.tasks = TasksPage(ctx)
        self.consents = ConsentsPage(ctx)
        self.addTab(details, self.tr("Details"))
        self.addTab(self.journal, self.tr("Journal"))
        self.addTab(self.orders, self.tr("Orders"))
        self.addTab(self.tasks, self.tr("Follow-ups"))
        self.addTab(self.consents, self.tr("Consents"))
        self.hint = QLabel(self.tr("Save the contact first"))
        self.hint.setStyleSheet("color: palette(mid); padding-right: 6px;")
        self.setCornerWidget(self.hint, Qt.Corner.TopRightCorner)
        for page in self.pages():
            page.changed.connect(self._page_changed)
        self.currentChanged.connect(self._chosen)
        self.set_contact(None)

    def pages(self) -> list[HistoryPage]:
        return [self.journal, self.orders, self.tasks, self.consents]

    def set_contact(self, contact_id: int | None) -> None:
        """Show `contact_id`'s history (read lazily, tab by tab); None: a contact not yet saved."""
        stored = contact_id is not None
        for page in self.pages():
            index = self.indexOf(page)
            self.setTabEnabled(index, stored)
            self.setTabToolTip(index, "" if stored else self.tr("Save the contact first"))
            page.set_contact(contact_id)
        self.hint.setVisible(not stored)
        if not stored:
            self.setCurrentWidget(self.details)

    def _page_changed(self) -> None:
        """One tab wrote: the others may show it too (a done task logs a call)."""
        sender = self.sender()
        for page in self.pages():
            if page is not sender:
                page.set_contact(page.contact_id)
        self.history_changed.emit()

    def _chosen(self, index: int) -> None:
        """A history tab chosen: the keyboard goes straight to its entry box."""
        page = self.widget(index)
        if isinstance(page, HistoryPage):
            page.focus_entry()
