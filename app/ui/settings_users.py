"""Settings section: the accounts of the people who use the file, and their roles."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QPushButton, QWidget
from sqlalchemy.orm import Session

from app.services import users
from app.ui.context import AppContext
from app.ui.labels import role_labels
from app.ui.login_dialog import AccountDialog
from app.ui.settings_common import (
    cell,
    list_layout,
    make_table,
    select_data,
    selected_data,
    stretch_column,
    write,
)


class UsersSection(QWidget):
    """Accounts with their role and last login; add, change the role, reset a password,
    disable. Without any account the file opens for anyone; the first account must be an
    administrator, and from then on everyone logs in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[users.UserRow] = []
        self.table = make_table([self.tr("Login"), self.tr("Name"), self.tr("Role"),
                                 self.tr("Active"), self.tr("Last login")])
        stretch_column(self.table, 1)
        self.add_button = QPushButton(self.tr("Add…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.password_button = QPushButton(self.tr("New password…"))
        self.active_button = QPushButton(self.tr("Disable"))
        list_layout(self, self.tr(
            "Each person logs in with their own account. Administrator: everything. Sales: "
            "contacts, journal, orders, mailings and exports. Read only: reads and searches. "
            "As soon as one account exists, the file asks everyone to log in."),
            self.table, [self.add_button, self.role_button, self.password_button,
                         self.active_button])
        self.add_button.clicked.connect(self.ask_add)
        self.role_button.clicked.connect(self.ask_role)
        self.password_button.clicked.connect(self.ask_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.reload()

    def reload(self) -> None:
        keep = selected_data(self.table)
        with self.ctx.uow() as uow:
            self.rows = users.list_users(uow.session)
        labels = role_labels()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            last = row.last_login_at.strftime("%d/%m/%Y %H:%M") if row.last_login_at else ""
            values = (row.login, row.full_name, labels.get(row.role, row.role),
                      self.tr("Yes") if row.active else self.tr("No"), last)
            for column, value in enumerate(values):
                self.table.setItem(i, column, cell(value, row.id))
        select_data(self.table, keep)
        self._sync_buttons()

    def selected(self) -> users.UserRow | None:
        user_id = selected_data(self.table)
        return next((r for r in self.rows if r.id == user_id), None)

    def _sync_buttons(self) -> None:
        row = self.selected()
        for button in (self.role_button, self.password_button, self.active_button):
            button.setEnabled(row is not None)
        self.active_button.setText(self.tr("Enable") if row is not None and not row.active
                                   else self.tr("Disable"))

    def ask_add(self) -> None:
        dialog = AccountDialog(self.ctx.session_factory, first=not self.rows, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def ask_role(self) -> None:
        row = self.selected()
        if row is None:
            return
        labels = role_labels()
        codes = list(labels)
        label, ok = QInputDialog.getItem(self, self.tr("Change role"), self.tr("Role of {0}:")
                                         .format(row.login), list(labels.values()),
                                         codes.index(row.role) if row.role in codes else 0,
                                         False)
        if ok:
            role = codes[list(labels.values()).index(label)]
            self.change(lambda s: users.update_user(s, row.id, role=role))

    def ask_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        password, ok = QInputDialog.getText(
            self, self.tr("New password"), self.tr("New password for {0}:").format(row.login),
            QLineEdit.EchoMode.Password)
        if ok:
            self.change(lambda s: users.set_password(s, row.id, password))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is not None:
            self.change(lambda s: users.update_user(s, row.id, active=not row.active))

    def change(self, action: Callable[[Session], object]) -> bool:
        if not write(self, self.ctx, action):
            return False
        self.reload()
        return True
