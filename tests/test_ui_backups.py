"""File → Backups in the real window, and the way out when the store does not open at start."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Contact
from app.services import backups, contacts
from app.services.contacts import ContactData
from app.services.store import StoreConfig, config_for, open_store
from app.services.uow import UnitOfWork
from app.ui import start_problem
from app.ui.backups_dialog import BackupsDialog
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.start_problem import StartProblemDialog, open_or_rescue


@pytest.fixture
def store_config(tmp_path: Path) -> StoreConfig:
    """Backups are copies of a SQLite file: a file on the PostgreSQL run too (conftest.py)."""
    return config_for(str(tmp_path / "store.db"))


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the message boxes said; questions are answered yes."""
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return said


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, told: list[str]) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def names(factory: Any) -> list[str]:
    with UnitOfWork(factory) as uow:
        return list(uow.session.scalars(select(Contact.last_name).order_by(Contact.last_name)))


def add(ctx: AppContext, name: str) -> None:
    with ctx.uow() as uow:
        contacts.create_contact(uow.session, ContactData(last_name=name))
        uow.commit()


def test_back_up_now_then_restore_rebuilds_the_window_on_the_restored_store(
        window: MainWindow, ctx: AppContext, qtbot: QtBot, told: list[str]) -> None:
    add(ctx, "Durand")
    dialog = window.backups_screen()
    assert dialog is not None and dialog.model.rowCount() == 0
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and not dialog.busy)
    assert dialog.model.rows[0][1] == "Made by hand" and dialog.model.rows[0][3] == "1"
    add(ctx, "Martin")
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert names(ctx.session_factory) == ["Durand"]
    assert any("avant-restauration" in text for text in told)
    assert window.isHidden() and window.successor.isVisible()
    qtbot.addWidget(window.successor)
    assert window.successor.contacts.model.total_all == 1
    kinds = [info.reason for info in backups.list_backups(ctx.store)]
    assert sorted(kinds) == ["avant-restauration", "manuelle"]


def test_check_the_file_says_it_is_sound(window: MainWindow, qtbot: QtBot,
                                         told: list[str]) -> None:
    dialog = window.backups_screen()
    assert dialog is not None
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))
    assert "sain" in told[0]


def test_restoring_a_damaged_backup_is_refused_in_french(
        window: MainWindow, ctx: AppContext, qtbot: QtBot, told: list[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    add(ctx, "Durand")
    broken = tmp_path / "abime.db"
    broken.write_bytes(b"not a database at all" * 100)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    dialog = window.backups_screen()
    assert dialog is not None
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told) and not dialog.busy)
    assert "ne peut pas être restaurée" in told[0]
    assert names(ctx.session_factory) == ["Durand"]


def broken_store_with_a_backup(tmp_path: Path) -> StoreConfig:
    config = config_for(str(tmp_path / "fichier.db"))
    factory = open_store(config)
    with UnitOfWork(factory) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Durand"))
        uow.commit()
    backups.backup(config, backups.DAILY)
    factory.kw["bind"].dispose()
    backups.store_path(config).write_bytes(b"\x00garbage" * 4096)  # the header is gone
    return config


def rescue_through(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choice: str) -> None:
    """At start: the problem dialog opens the backups, which restore the newest one."""

    def start_exec(dialog: StartProblemDialog) -> int:
        assert "endommagé" in dialog.message.text()
        dialog.open_backup()
        return dialog.result()

    def backups_exec(dialog: BackupsDialog) -> int:
        assert dialog.rescue and dialog.model.rowCount() == 1
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=10_000)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(StartProblemDialog, "exec", start_exec)
    monkeypatch.setattr(BackupsDialog, "exec", backups_exec)
    monkeypatch.setattr(BackupsDialog, "ask_rescue_choice", lambda self, label: choice)


def test_a_damaged_store_at_start_is_restored_over_from_a_backup(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, told: list[str]) -> None:
    config = broken_store_with_a_backup(tmp_path)
    rescue_through(qtbot, monkeypatch, "over")
    opened = open_or_rescue(config)
    assert opened is not None
    factory, chosen = opened
    assert chosen == config and names(factory) == ["Durand"]
    kept = [i for i in backups.list_backups(config) if i.reason == backups.DAMAGED]
    assert len(kept) == 1 and kept[0].path.read_bytes() == b"\x00garbage" * 4096


def test_a_damaged_store_at_start_is_restored_into_a_new_file(
        tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, told: list[str]) -> None:
    config = broken_store_with_a_backup(tmp_path)
    fresh = tmp_path / "autre" / "neuf.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    rescue_through(qtbot, monkeypatch, "new")
    opened = open_or_rescue(config)
    assert opened is not None
    factory, chosen = opened
    assert backups.store_path(chosen) == fresh and names(factory) == ["Durand"]
    assert backups.store_path(config).read_bytes() == b"\x00garbage" * 4096  # left alone


def test_a_newer_store_at_start_offers_another_file_or_quit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "recent.db"
    open_store(config_for(str(path))).kw["bind"].dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("update alembic_version set version_num = '9999_future'")
    other = tmp_path / "autre.db"
    shown: list[str] = []

    def start_exec(dialog: StartProblemDialog) -> int:
        shown.append(dialog.message.text())
        dialog.choose_file()
        return dialog.result()

    monkeypatch.setattr(StartProblemDialog, "exec", start_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    opened = open_or_rescue(config_for(str(path)))
    assert opened is not None and backups.store_path(opened[1]) == other
    assert "version plus récente" in shown[0]
    monkeypatch.setattr(StartProblemDialog, "exec", lambda self: 0)  # Quit
    assert open_or_rescue(config_for(str(path))) is None


def test_a_locked_store_at_start_shows_the_message_then_opens_once_free(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "occupe.db"
    open_store(config_for(str(path))).kw["bind"].dispose()
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("pragma journal_mode=delete")
    holder.execute("begin exclusive")
    shown: list[str] = []

    def start_exec(dialog: StartProblemDialog) -> int:  # the user closes the other program
        shown.append(dialog.message.text())
        holder.rollback()
        dialog.next_config = dialog.config
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(StartProblemDialog, "exec", start_exec)
    try:
        opened = open_or_rescue(config_for(str(path)))
    finally:
        holder.close()
    assert opened is not None and "occupé" in shown[0]


def test_an_unexpected_failure_at_start_still_gets_the_way_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(_config: StoreConfig) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(start_problem, "open_store", explode)
    shown: list[str] = []
    monkeypatch.setattr(StartProblemDialog, "exec",
                        lambda self: shown.append(self.message.text()) or 0)
    assert open_or_rescue(config_for(str(tmp_path / "x.db"))) is None
    assert "Impossible d'ouvrir" in shown[0] and "boom" in shown[0]



def test_the_daily_backup_runs_in_a_worker_at_start(window: MainWindow, ctx: AppContext,
                                                    qtbot: QtBot) -> None:
    from app import main

    add(ctx, "Durand")
    main._daily_backup(ctx, window)
    qtbot.waitUntil(lambda: len(backups.list_backups(ctx.store)) == 1)
    assert backups.list_backups(ctx.store)[0].reason == backups.DAILY


def test_a_store_damaged_in_the_middle_is_reported_at_start_and_not_backed_up(
        window: MainWindow, ctx: AppContext, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app import main
    from tests.test_backups import corrupt_middle, grow

    add(ctx, "Durand")
    grow(ctx.store)
    corrupt_middle(backups.store_path(ctx.store))
    shown: list[BaseException] = []
    monkeypatch.setattr(main, "show_error", lambda _parent, exc: shown.append(exc))
    main._daily_backup(ctx, window)
    qtbot.waitUntil(lambda: bool(shown))
    assert "endommagé" in str(shown[0]) and "Sauvegardes" in str(shown[0])
    assert backups.list_backups(ctx.store) == []


def test_only_an_administrator_sees_the_restore_buttons_enabled(
        ctx: AppContext, qtbot: QtBot, told: list[str]) -> None:
    from tests.test_users_audit import add_users, login_as

    add_users(ctx.session_factory)
    backups.backup(ctx.store)
    login_as(ctx.session_factory, "paul")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    dialog = win.backups_screen()
    assert dialog is not None and dialog.model.rowCount() == 1
    assert not dialog.restore_button.isEnabled() and not dialog.restore_file_button.isEnabled()
    assert dialog.backup_button.isEnabled()
    login_as(ctx.session_factory, "anne")
    admin = win.backups_screen()
    assert admin is not None and admin.restore_button.isEnabled()
