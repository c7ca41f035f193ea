"""The import, history and duplicates dialogs in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.models import Contact
from app.services import contacts
from app.services.contacts import ContactData
from app.ui.context import AppContext
from app.ui.duplicates_dialog import MergeDialog
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setattr(ImportDialog, "choose_file", lambda self: None)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def count(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count(Contact.id))) or 0


def test_dry_run_then_import_then_undo(window: MainWindow, ctx: AppContext,
                                       qtbot: QtBot) -> None:
    dialog = window.import_contacts()
    dialog.load(DATA / "maison.csv")  # read in a worker
    qtbot.waitUntil(lambda: dialog.table is not None)
    assert dialog.current_mapping()[:3] == ["last_name", "first_name", "address_line4"]
    assert not dialog.import_button.isEnabled()  # the dry run comes first
    dialog.analyse_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.summary.text().startswith("3 contact(s) à créer, 1 à fusionner")
    assert dialog.report.rows[3][1] == "rejet" and dialog.report.rows[4][1:3] == (
        "création", "PETIT Luc")
    dialog.event.setEditText("Salon de Bordeaux")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None and dialog.plan is None)
    assert count(ctx) == 3
    assert window.contacts.model.rowCount() == 3

    history = window.imports_history()
    history.view.selectRow(0)
    history.undo_button.click()
    assert count(ctx) == 0 and history.model.rows[0][5] == "undone"


def test_a_changed_mapping_asks_for_a_new_dry_run(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.import_contacts()
    dialog.load(DATA / "tabulations.txt")
    qtbot.waitUntil(lambda: dialog.table is not None)
    dialog.analyse_button.click()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.import_button.isEnabled()
    dialog.mapping.cellWidget(4, 2).setCurrentIndex(0)  # ignore the e-mails
    assert dialog.plan is None and not dialog.import_button.isEnabled()


def test_review_duplicates_merge_and_undo(window: MainWindow, ctx: AppContext, qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    with ctx.uow() as uow:
        a = contacts.create_contact(uow.session, ContactData(
            last_name="Dupont", first_name="Jean", emails=["jean@dupont.fr"], city="Lyon")).id
        b = contacts.create_contact(uow.session, ContactData(
            last_name="Dupont", first_name="Jean", emails=["jean@dupont.fr"],
            city="Villeurbanne", phones=["06 12 34 56 78"])).id
        uow.commit()
    dialog = window.find_duplicates()
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert dialog.model.rowCount() == 1 and dialog.model.rows[0][3] == "même e-mail"

    def choose(merge: MergeDialog) -> int:
        assert set(merge.choices) == {"city"}  # only what differs is asked
        merge.choices["city"][1].setChecked(True)  # B's city
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", choose)
    dialog.view.selectRow(0)
    dialog.merge_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert count(ctx) == 1 and dialog.model.rowCount() == 0
    with ctx.uow() as uow:
        kept = contacts.get_contact(uow.session, a)
        assert kept.city == "Villeurbanne" and [p.number for p in kept.phones] == [
            "+33612345678"]
    dialog.undo_button.click()
    qtbot.waitUntil(lambda: dialog.worker is None)
    assert count(ctx) == 2 and dialog.model.rowCount() == 1
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, a).city == "Lyon"
        assert uow.session.scalar(select(Contact.city).where(Contact.id != a)) == "Villeurbanne"
    assert b != a


def test_import_a_bundle_from_another_pc(window: MainWindow, ctx: AppContext, tmp_path: Path,
                                         qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from app.services import bundle
    from app.services.store import config_for, open_store
    from app.services.uow import UnitOfWork

    laptop = open_store(config_for(str(tmp_path / "portable.db")))
    with UnitOfWork(laptop) as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Salon", first_name="Léa"))
        uow.commit()
        out = tmp_path / "lot.json"
        bundle.export_bundle(uow.session, out, date.today())
    laptop.kw["bind"].dispose()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.laptop.import_from_another_pc(out)  # read, planned and written in workers
    qtbot.waitUntil(lambda: window.laptop.added is not None)
    added = window.laptop.added
    assert added is not None and added["contacts"] == 1
    assert told[0].startswith("1 nouveau(x) contact(s)")
    assert count(ctx) == 1


def test_a_broken_file_is_said_in_french_and_nothing_is_written(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BaseException] = []
    monkeypatch.setattr("app.ui.import_dialog.show_error", lambda _p, exc: shown.append(exc))
    dialog = window.import_contacts()
    dialog.load(DATA / "tronque.csv")
    qtbot.waitUntil(lambda: bool(shown))
    assert "mal formé" in str(shown[0])
    assert dialog.table is None and not dialog.analyse_button.isEnabled()
    assert not dialog.import_button.isEnabled() and count(ctx) == 0
