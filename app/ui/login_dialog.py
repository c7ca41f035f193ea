"""Logging in to a file that has accounts, and making an account (the first administrator of
a shared server, or a colleague from Paramètres → Utilisateurs)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from app.services import users
from app.services.errors import DomainError, ValidationError
from app.services.store import StoreConfig, sqlite_path
from app.services.uow import UnitOfWork
from app.ui.labels import role_labels
from app.ui.settings_common import hint
from app.ui.sheet_fields import error_label


class LoginDialog(QDialog):
    """Login and password; the dialog stays open on a wrong password and says so."""

    def __init__(self, factory: sessionmaker[Session], where: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.actor: users.Actor | None = None
        self.setWindowTitle(self.tr("Fichier client: log in"))
        self.setMinimumWidth(420)
        self.login = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr("File: {0}").format(where)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_login(self) -> None:
        try:
            with UnitOfWork(self.factory) as uow:
                self.actor = users.authenticate(uow.session, self.login.text(),
                                                self.password.text())
                uow.commit()
        except DomainError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class AccountDialog(QDialog):
    """A new account: login, name, role, password typed twice. `first` makes the file's
    first administrator (the role is then fixed)."""

    def __init__(self, factory: sessionmaker[Session], first: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.factory = factory
        self.created: users.Actor | None = None
        self.setWindowTitle(self.tr("Administrator account") if first
                            else self.tr("New account"))
        self.login, self.full_name = QLineEdit(), QLineEdit()
        self.password, self.again = QLineEdit(), QLineEdit()
        for edit in (self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for code, label in role_labels().items():
            self.role.addItem(label, code)
        self.role.setEnabled(not first)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Login:"), self.login)
        form.addRow(self.tr("Full name:"), self.full_name)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        layout = QVBoxLayout(self)
        if first:
            layout.addWidget(hint(self.tr(
                "This file is shared on a server: everyone logs in. Create the first "
                "account, an administrator, who will then create the others.")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def try_create(self) -> None:
        if self.password.text() != self.again.text():
            self._show(self.tr("The two passwords differ."))
            return
        role = str(self.role.currentData())
        try:
            with UnitOfWork(self.factory) as uow:
                user = users.create_user(uow.session, self.login.text(), self.password.text(),
                                         role, self.full_name.text())
                self.created = users.Actor(user.login, user.role, user.full_name)
                uow.commit()
        except ValidationError as exc:
            self._show("\n".join(exc.fields.values()))
            return
        except DomainError as exc:
            self._show(str(exc))
            return
        self.accept()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def log_in(factory: sessionmaker[Session], config: StoreConfig
           ) -> tuple[bool, users.Actor | None]:
    """(go on?, who works in this window). A single-user file without accounts goes on with
    nobody; a shared server without accounts first makes its administrator."""
    with UnitOfWork(factory) as uow:
        has_users = users.has_users(uow.session)
    on_server = sqlite_path(config.url) is None
    if not has_users and not on_server:
        return True, None
    if not has_users:
        make = AccountDialog(factory, first=True)
        answer = make.exec() == QDialog.DialogCode.Accepted, make.created
        make.deleteLater()  # on the GUI thread (see start_problem.open_or_rescue)
        return answer
    dialog = LoginDialog(factory, str(sqlite_path(config.url) or config.shown_url))
    answer = dialog.exec() == QDialog.DialogCode.Accepted, dialog.actor
    dialog.deleteLater()
    return answer
