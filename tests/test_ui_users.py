"""Login, accounts and the audit trail screen, driven as a user would, and `--user` on the
command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from app.cli import main
from app.services import contacts, users
from app.services.contacts import ContactData
from app.services.store import config_for, open_store
from app.services.uow import UnitOfWork
from app.ui import settings_common
from app.ui.audit_view import AuditDialog
from app.ui.context import AppContext
from app.ui.login_dialog import AccountDialog, LoginDialog, log_in
from app.ui.main_window import MainWindow
from app.ui.settings_users import UsersSection

PASSWORD = "vendanges-2026"


def make_admin(factory: sessionmaker[Session]) -> users.Actor:
    with UnitOfWork(factory) as uow:
        users.create_user(uow.session, "anne", PASSWORD, "admin", "Anne Martin")
        actor = users.authenticate(uow.session, "anne", PASSWORD)
        uow.commit()
    return actor


def test_a_wrong_password_keeps_the_dialog_open(factory: sessionmaker[Session],
                                                qtbot: QtBot) -> None:
    make_admin(factory)
    dialog = LoginDialog(factory, "store.db")
    qtbot.addWidget(dialog)
    dialog.login.setText("anne")
    dialog.password.setText("pas le bon")
    dialog.try_login()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.actor is None
    assert "incorrect" in dialog.error.text() and dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    dialog.try_login()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor == users.Actor("anne", "admin", "Anne Martin")


def test_a_file_without_accounts_opens_without_login(tmp_path: Path) -> None:
    config = config_for(str(tmp_path / "seul.db"))  # a file: a server asks for an admin first
    assert log_in(open_store(config), config) == (True, None)


def test_a_file_with_accounts_asks_for_a_login(factory: sessionmaker[Session],
                                               store_config: object, qtbot: QtBot) -> None:
    make_admin(factory)

    def answer(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LoginDialog):
            dialog.login.setText("anne")
            dialog.password.setText(PASSWORD)
            dialog.try_login()
        elif tries:
            QTimer.singleShot(20, lambda: answer(tries - 1))

    QTimer.singleShot(0, answer)
    go_on, actor = log_in(factory, store_config)  # type: ignore[arg-type]
    assert go_on and actor is not None and actor.login == "anne"


def test_accounts_are_added_and_changed_from_settings(
        ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr(settings_common, "show_error", lambda parent, exc: shown.append(exc))
    section = UsersSection(ctx)
    qtbot.addWidget(section)
    first = AccountDialog(ctx.session_factory, first=True)
    qtbot.addWidget(first)
    assert not first.role.isEnabled() and first.role.currentData() == "admin"
    first.login.setText("anne")
    first.password.setText(PASSWORD)
    first.again.setText("autre-chose")
    first.try_create()
    assert "differ" in first.error.text()  # tests run untranslated
    first.again.setText(PASSWORD)
    first.try_create()
    assert first.created == users.Actor("anne", "admin", "")
    users.act_as(ctx.session_factory, first.created)
    colleague = AccountDialog(ctx.session_factory)
    qtbot.addWidget(colleague)
    colleague.login.setText("paul")
    colleague.role.setCurrentIndex(colleague.role.findData("commercial"))
    for edit in (colleague.password, colleague.again):
        edit.setText(PASSWORD)
    colleague.try_create()
    section.reload()
    assert [section.table.item(r, 2).text() for r in range(2)] == ["Administrator", "Sales"]
    section.table.selectRow(0)
    section.toggle_active()  # anne is the only administrator
    assert "au moins un administrateur" in str(shown[-1])
    section.table.selectRow(1)
    section.toggle_active()
    assert section.table.item(1, 3).text() == "No"
    assert section.active_button.text() == "Enable"


def test_the_audit_screen_filters_by_contact_and_user(ctx: AppContext, qtbot: QtBot) -> None:
    users.act_as(ctx.session_factory, make_admin(ctx.session_factory))
    with ctx.uow() as uow:
        martin = contacts.create_contact(uow.session, ContactData(last_name="Martin")).id
        contacts.create_contact(uow.session, ContactData(last_name="Durand"))
        contacts.open_contact(uow.session, martin)
        uow.commit()
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    whats = {dialog.table.item(r, 4).text() for r in range(dialog.table.rowCount())}
    assert {"MARTIN", "DURAND"} <= whats
    dialog.contact.setText("martin")
    rows = [(dialog.table.item(r, 2).text(), dialog.table.item(r, 4).text())
            for r in range(dialog.table.rowCount())]
    assert rows == [("Opened", "MARTIN"), ("Created", "MARTIN")]
    assert dialog.count.text() == "2 shown of 2"
    on_contact = AuditDialog(ctx, martin, "MARTIN")
    qtbot.addWidget(on_contact)
    assert on_contact.table.rowCount() == 2
    on_contact.user.setCurrentIndex(on_contact.user.findData("anne"))
    assert on_contact.table.rowCount() == 2  # anne created and opened it


def test_a_reader_sees_the_admin_screens_greyed(ctx: AppContext, qtbot: QtBot) -> None:
    users.act_as(ctx.session_factory, make_admin(ctx.session_factory))
    with ctx.uow() as uow:
        users.create_user(uow.session, "lea", PASSWORD, "lecture")
        uow.commit()
    users.act_as(ctx.session_factory, users.Actor("lea", "lecture"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "lea" in window.windowTitle() and "Read only" in window.windowTitle()
    assert not window.trail_action.isEnabled()
    assert not window.settings.users.isEnabled() and not window.settings.types.isEnabled()
    sheet = window.contacts.sheet
    assert sheet.trail_button.isHidden() and sheet.pin_button.isHidden()
    sheet.last_name.setText("Martin")
    assert sheet.is_dirty() and not sheet.save_button.isEnabled()
    sheet.revert()  # closing a window with typing in it would ask to confirm
    users.act_as(ctx.session_factory, users.Actor("anne", "admin"))
    admin_window = MainWindow(ctx)
    qtbot.addWidget(admin_window)
    assert not admin_window.contacts.sheet.trail_button.isHidden()
    assert admin_window.trail_action.isEnabled() and admin_window.settings.users.isEnabled()


def test_the_command_line_asks_for_a_user_on_a_file_with_accounts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "cli.db")
    monkeypatch.setenv("FICHIER_CLIENT_PASSWORD", PASSWORD)
    assert main(["--db", db, "users", "add", "anne", "--role", "admin"]) == 0
    assert main(["--db", db, "categories"]) == 1
    assert "--user" in capsys.readouterr().err
    assert main(["--db", db, "--user", "anne", "users", "add", "lea", "--role",
                 "lecture"]) == 0
    assert main(["--db", db, "--user", "lea", "categories"]) == 0  # reading is allowed
    out = tmp_path / "tous.json"
    assert main(["--db", db, "--user", "lea", "export", str(out)]) == 1
    assert "lecture seule" in capsys.readouterr().err and not out.exists()
    monkeypatch.setenv("FICHIER_CLIENT_PASSWORD", "faux")
    assert main(["--db", db, "--user", "anne", "categories"]) == 1
    assert "incorrect" in capsys.readouterr().err
