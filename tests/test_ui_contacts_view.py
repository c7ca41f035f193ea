"""The Contacts page as a user drives it: create, find, edit, trash, restore, in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import AuditEntry
from app.services import contacts
from app.services.contact_query import ContactFilter, count_contacts
from app.services.contacts import ContactData
from app.ui.context import AppContext
from app.ui.main_window import MainWindow


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.contacts.filters.search
    box.clear()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: window.contacts.model.filter.text == text, timeout=2000)


def views(session: Session) -> int:
    return session.scalar(select(func.count()).where(AuditEntry.action == "view")) or 0


def shown_names(window: MainWindow) -> list[str]:
    model = window.contacts.model
    return [model.index(r, model.COL_NAME).data() for r in range(model.rowCount())]


def test_create_find_edit_trash_and_restore(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ctx.uow() as uow:
        contacts.create_contact(uow.session, ContactData(last_name="Martin", city="Bordeaux"))
        uow.commit()
    view, sheet = window.contacts, window.contacts.sheet

    # Ctrl+N opens a blank sheet; the user types the card and saves with Ctrl+S.
    qtbot.keyClick(view.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert sheet.current_id() is None
    sheet.first_name.setText("Hélène")  # QTest cannot type accented keys
    sheet.last_name.setText("Lefèvre")
    sheet.city.setText("Saint-Émilion")
    qtbot.keyClicks(sheet.postal_code, "33330")
    qtbot.keyClick(sheet.last_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert sheet.current_id() is not None and not sheet.is_dirty()
    assert "2 shown of 2" in view.count_label.text()

    # An accent-less fragment finds her; the user's column widths survive the search.
    view.table.setColumnWidth(view.model.COL_CITY, 222)
    search(qtbot, window, "helene")
    assert shown_names(window) == ["LEFÈVRE Hélène"]
    search(qtbot, window, "saint emil")
    assert shown_names(window) == ["LEFÈVRE Hélène"]
    assert "1 shown of 2" in view.count_label.text()
    assert view.table.columnWidth(view.model.COL_CITY) == 222

    # Enter on the row opens the sheet; an edit is saved.
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    sheet.job_title.setText("Sommelière")
    assert sheet.save()
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, sheet.current_id()).job_title == "Sommelière"

    # Del moves her to the trash; the trash view shows her; Restore brings her back.
    view.table.selectRow(0)
    view.table.setFocus()  # Del acts on the table only when the table has the focus
    qtbot.waitUntil(view.table.hasFocus)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert shown_names(window) == []
    search(qtbot, window, "")
    assert shown_names(window) == ["MARTIN"]
    view.filters.trash.click()
    assert shown_names(window) == ["LEFÈVRE Hélène"]
    assert view.restore_button.isVisible() and not view.delete_button.isVisible()
    view.table.selectRow(0)
    view.restore_button.click()
    view.filters.trash.click()
    assert shown_names(window) == ["LEFÈVRE Hélène", "MARTIN"]

    # Delete for good asks first.
    view.table.selectRow(0)
    view.trash_selected()
    view.filters.trash.click()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.empty_button.click()
    assert shown_names(window) == []
    with ctx.uow() as uow:
        assert count_contacts(uow.session, ContactFilter(trash=True)) == 0
        assert count_contacts(uow.session) == 1


def test_filters_narrow_the_table(window: MainWindow, ctx: AppContext) -> None:
    with ctx.uow() as uow:
        contacts.create_contact(
            uow.session, ContactData(last_name="Pro", kind="professionnel", contact_type="caviste")
        )
        contacts.create_contact(uow.session, ContactData(last_name="Perso"))
        uow.commit()
    view = window.contacts
    view.reload_everything()
    view.filters.kind.setCurrentIndex(view.filters.kind.findData("professionnel"))
    assert shown_names(window) == ["PRO"]
    view.filters.kind.setCurrentIndex(0)
    view.filters.contact_type.setCurrentIndex(view.filters.contact_type.findData("caviste"))
    assert shown_names(window) == ["PRO"]
    view.filters.contact_type.setCurrentIndex(0)
    view.filters.category.setCurrentIndex(view.filters.category.findData("client_actif"))
    assert shown_names(window) == []


def test_a_saved_sheet_updates_its_row_in_place(window: MainWindow, ctx: AppContext) -> None:
    """A save rereads only its own row: it stays where it was (no recount, no resort) and
    shows the new values; a new tag joins the tag filter; nothing counts as a view."""
    with ctx.uow() as uow:
        for name in ("Abel", "Bernard", "Chevalier"):
            contacts.create_contact(uow.session, ContactData(last_name=name, city="Pau"))
        uow.commit()
    view, sheet = window.contacts, window.contacts.sheet
    view.model.reload()
    view.table.selectRow(1)
    assert sheet.current_id() == view.model.contact_id(1)
    sheet.last_name.setText("Zola")
    sheet.city.setText("Nérac")
    sheet.tags.setText("salon 2026")
    with ctx.uow() as uow:
        views_before = views(uow.session)
    assert sheet.save()
    model = view.model
    assert shown_names(window) == ["ABEL", "ZOLA", "CHEVALIER"]
    assert model.index(1, model.COL_CITY).data() == "Nérac"
    assert view.table.selectionModel().selectedRows()[0].row() == 1
    assert "3 shown of 3" in view.count_label.text()
    assert view.filters.tag.findData("salon 2026") > 0
    with ctx.uow() as uow:
        assert views(uow.session) == views_before
    view.table.sortByColumn(model.COL_NAME, Qt.SortOrder.DescendingOrder)  # the next sort
    assert shown_names(window) == ["ZOLA", "CHEVALIER", "ABEL"]

    sheet.new_contact()  # a new contact is not shown yet: the table reloads and counts it
    sheet.last_name.setText("Dupuy")
    assert sheet.save()
    assert "DUPUY" in shown_names(window) and "4 shown of 4" in view.count_label.text()


def test_the_window_has_every_view(window: MainWindow) -> None:
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == ["Contacts", "Agenda", "Events", "Mailing", "Statistics", "Settings"]


def test_json_export_runs_off_the_gui_thread(window: MainWindow, ctx: AppContext,
                                             qtbot: QtBot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with ctx.uow() as uow:
        for name in ("Durand", "Martin", "Zola"):
            contacts.create_contact(uow.session, ContactData(last_name=name))
        uow.commit()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    out = tmp_path / "export.json"
    window.json_export.run(out)
    qtbot.waitUntil(lambda: bool(told), timeout=10000)  # the worker reported back
    import json

    assert [c["last_name"] for c in json.loads(out.read_text(encoding="utf-8"))] == [
        "Durand", "Martin", "Zola"]
    assert str(out) in told[0] and "3" in told[0]


def test_a_cancelled_export_leaves_no_file(ctx: AppContext, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import threading

    from app.services.errors import Cancelled
    from app.services.export import BATCH, export_json

    with ctx.uow() as uow:
        for i in range(BATCH + 1):
            contacts.create_contact(uow.session, ContactData(last_name=f"N{i}"))
        uow.commit()
    stop = threading.Event()
    stop.set()
    out = tmp_path / "never.json"
    with ctx.uow() as uow, pytest.raises(Cancelled):
        export_json(uow.session, out, cancel=stop)
    assert not out.exists() and not list(tmp_path.glob("*.tmp"))


def test_the_window_fits_a_1366_pixel_laptop_screen(window: MainWindow) -> None:
    assert window.minimumSizeHint().width() <= 1366
