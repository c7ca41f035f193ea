"""The main window: a sidebar of views (Contacts, Agenda, Mailing, Statistiques, Paramètres)."""

from __future__ import annotations

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.services import users
from app.services.backups import NOT_SQLITE
from app.services.errors import DomainError, StoreError
from app.services.store import sqlite_path
from app.services.users import Right
from app.ui.agenda_view import AgendaView
from app.ui.audit_view import AuditDialog
from app.ui.backups_dialog import BackupsDialog
from app.ui.bundle_dialogs import LaptopBundle
from app.ui.contacts_view import ContactsView
from app.ui.context import AppContext
from app.ui.duplicates_dialog import DuplicatesDialog
from app.ui.errors import show_error
from app.ui.events_view import EventsView
from app.ui.export_dialog import JsonExport
from app.ui.fair_entry import FairEntryDialog
from app.ui.import_dialog import ImportDialog, ImportsHistory
from app.ui.labels import role_labels
from app.ui.mailing_view import MailingView
from app.ui.settings_view import SettingsView
from app.ui.stats_view import StatsView
from app.ui.table_export import TableExport

SIDEBAR_STYLE = """
QListWidget { background: #2f3b45; color: #e8eef2; border: none; font-size: 11pt; }
QListWidget::item { padding: 10px 14px; }
QListWidget::item:selected { background: #4a6a80; color: white; }
"""


class MainWindow(QMainWindow):
    """Sidebar on the left, the chosen view on the right."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = self.tr("Fichier client {0}").format(__version__)
        if ctx.actor is not None:
            role = role_labels().get(ctx.actor.role, ctx.actor.role)
            title = self.tr("{0} — {1} ({2})").format(title, ctx.actor.login, role)
        self.setWindowTitle(title)
        self.resize(1280, 800)
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(150)
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.pages = QStackedWidget()
        self.contacts = ContactsView(ctx)
        self.agenda = AgendaView(ctx)
        self.events = EventsView(ctx)
        self.mailing = MailingView(ctx)
        self.statistics = StatsView(ctx)
        self.settings = SettingsView(ctx)
        self._add_page(self.tr("Contacts"), self.contacts)
        self._add_page(self.tr("Agenda"), self.agenda)
        self._add_page(self.tr("Events"), self.events)
        self._add_page(self.tr("Mailing"), self.mailing)
        self._add_page(self.tr("Statistics"), self.statistics)
        self._add_page(self.tr("Settings"), self.settings)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        self._connect_pages()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._shortcuts()
        self._menus()
        self.statusBar().showMessage(self.tr("Store: {0}").format(ctx.store.shown_url))

    def _connect_pages(self) -> None:
        self.settings.settings_changed.connect(self.contacts.reload_everything)
        self.agenda.open_contact_requested.connect(self.open_contact)
        self.agenda.tasks_changed.connect(self.contacts.model.reload)
        self.agenda.tasks_changed.connect(self.contacts.sheet.reload_history)
        self.events.open_contact_requested.connect(self.open_contact)
        self.events.events_changed.connect(self.contacts.sheet.reload_events)
        self.mailing.open_contact_requested.connect(self.open_contact)
        self.statistics.select_contacts.connect(self.show_saved_list)

    def import_contacts(self) -> ImportDialog:
        dialog = ImportDialog(self.ctx, self)
        dialog.imported.connect(self.contacts.reload_everything)
        dialog.open()
        dialog.choose_file()
        return dialog

    def imports_history(self) -> ImportsHistory:
        dialog = ImportsHistory(self.ctx, self)
        dialog.undone.connect(self.contacts.reload_everything)
        dialog.open()
        return dialog

    def find_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.ctx, self)
        dialog.merged.connect(self.contacts.reload_everything)
        dialog.open()
        return dialog

    def fair_entry(self) -> FairEntryDialog:
        """Cards typed at a fair; the table follows, and F2 shows a contact already there."""
        dialog = FairEntryDialog(self.ctx, self)
        dialog.contacts_added.connect(self.contacts.model.reload)
        dialog.open_contact_requested.connect(self.open_contact)
        dialog.open()
        return dialog

    def show_saved_list(self, list_id: int) -> None:
        """The contact table filtered on a saved list (the 80 % of the statistics)."""
        self.sidebar.setCurrentRow(0)
        filters = self.contacts.filters
        filters.reload_choices()
        filters.saved_list.setCurrentIndex(max(0, filters.saved_list.findData(str(list_id))))

    def open_contact(self, contact_id: int) -> None:
        """Show a contact's sheet from another page (agenda, events)."""
        self.sidebar.setCurrentRow(0)
        if self.contacts.confirm_leave():
            self.contacts.sheet.open_contact(contact_id)

    def _add_page(self, title: str, page: QWidget) -> None:
        self.sidebar.addItem(QListWidgetItem(title))
        self.pages.addWidget(page)

    def _shortcuts(self) -> None:
        for row in range(self.sidebar.count()):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self)
            shortcut.activated.connect(lambda r=row: self.sidebar.setCurrentRow(r))

    def _menus(self) -> None:
        self.json_export = JsonExport(self.ctx, self)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.table_export = TableExport(self.ctx, self)
        self.laptop = LaptopBundle(self.ctx, self)
        self.laptop.imported.connect(self.contacts.reload_everything)
        actions = (
            (self.tr("Import contacts (CSV, Excel, vCard)…"), "Ctrl+I", self.import_contacts),
            (self.tr("Previous imports…"), "", self.imports_history),
            (self.tr("Duplicates…"), "", self.find_duplicates),
            (self.tr("Export the contacts shown (CSV, Excel, vCard)…"), "",
             lambda: self.table_export.ask_and_run(self.contacts.filters.current_filter())),
            (self.tr("Export for another PC (laptop)…"), "",
             self.laptop.export_for_another_pc),
            (self.tr("Import from another PC (laptop)…"), "",
             self.laptop.import_from_another_pc),
        )
        for text, key, slot in actions:
            action = file_menu.addAction(text)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
        fair = file_menu.addAction(self.tr("Fair entry (one card after another)…"))
        fair.setShortcut(QKeySequence("Ctrl+Shift+S"))
        fair.triggered.connect(self.fair_entry)
        file_menu.addSeparator()
        export = file_menu.addAction(self.tr("Export every contact (JSON)…"))
        export.triggered.connect(self.json_export.ask_and_run)
        file_menu.addAction(self.tr("Backups…")).triggered.connect(self.backups_screen)
        file_menu.addSeparator()
        self.trail_action = file_menu.addAction(self.tr("Audit trail…"))
        self.trail_action.triggered.connect(lambda: AuditDialog(self.ctx, parent=self).show())
        self.trail_action.setEnabled(self.ctx.can(Right.ADMIN))
        if self.ctx.actor is not None:
            password = file_menu.addAction(self.tr("Change my password…"))
            password.triggered.connect(self.change_password)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("About Fichier client")).triggered.connect(self._about)

    def backups_screen(self) -> BackupsDialog | None:
        """Back up, restore, check; after a restore the window is rebuilt on the new data."""
        if sqlite_path(self.ctx.store.url) is None:
            show_error(self, StoreError(NOT_SQLITE))
            return None
        if not self.contacts.confirm_leave():  # a restore would drop the sheet's edits
            return None
        dialog = BackupsDialog(self.ctx.store, self.ctx.session_factory, self,
                               may_restore=self.ctx.can(Right.ADMIN))
        dialog.restored.connect(lambda _result: self.reopen())
        dialog.open()
        return dialog

    def reopen(self) -> MainWindow:
        """A fresh window on the restored store: no view keeps rows of the old one."""
        self.successor = MainWindow(self.ctx)
        self.successor.show()
        self.hide()
        return self.successor

    def change_password(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        password, ok = QInputDialog.getText(self, self.tr("Change my password"),
                                            self.tr("New password:"),
                                            QLineEdit.EchoMode.Password)
        if not ok:
            return
        try:
            with self.ctx.uow() as uow:
                me = next(u for u in users.list_users(uow.session) if u.login == actor.login)
                users.set_password(uow.session, me.id, password)
                uow.commit()
        except DomainError as exc:
            show_error(self, exc)
            return
        QMessageBox.information(self, self.tr("Change my password"),
                                self.tr("Your password has been changed."))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Fichier client"),
            self.tr("Fichier client {0}\nThe customer file of very small businesses.\n\n"
                    "Store: {1}").format(__version__, self.ctx.store.shown_url),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.mailing.saving is not None or self.settings.is_busy():
            QMessageBox.information(self, self.tr("Please wait"), self.tr(
                "A PDF or the follow-ups are being written: wait for the end, or cancel."))
            event.ignore()
            return
        if not self.contacts.confirm_leave():
            event.ignore()
            return
        event.accept()
        # Readers still running (a selection, the daily planning) end before the store closes.
        QThreadPool.globalInstance().waitForDone(10_000)
