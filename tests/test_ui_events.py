"""The Events page, driven like a user would, on a real migrated SQLite file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from app.services import contacts, events
from app.services.contacts import ContactData
from app.services.errors import ValidationError
from app.services.events import EventData
from app.ui import events_view
from app.ui.event_dialog import date_range_text
from app.ui.events_view import EventsView

COL_NAME, COL_KIND, COL_DATES, COL_PLACE, COL_CONTACTS = range(5)


@pytest.fixture
def view(qtbot, ctx):
    widget = EventsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def errors(monkeypatch):
    """Collect what would be shown in a (blocking) error box."""
    shown: list[BaseException] = []
    monkeypatch.setattr(events_view, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


def new_contact(ctx, **fields) -> int:
    with ctx.uow() as uow:
        contact = contacts.create_contact(uow.session, ContactData(**fields))
        uow.commit()
        return contact.id


def new_event(ctx, name: str, start: date, **fields) -> int:
    with ctx.uow() as uow:
        event_id = events.save_event(uow.session, EventData(name, start_date=start, **fields))
        uow.commit()
        return event_id


def met_ids(ctx, event_id: int) -> list[int]:
    with ctx.uow() as uow:
        return sorted(events.contacts_met(uow.session, event_id))


def text(table, row: int, column: int) -> str:
    return table.item(row, column).text()


def test_dates_are_written_the_french_way():
    assert date_range_text(date(2026, 3, 12), date(2026, 3, 14)) == "12/03/2026 – 14/03/2026"
    assert date_range_text(date(2026, 3, 12), date(2026, 3, 12)) == "12/03/2026"
    assert date_range_text(None, None) == ""


def test_create_an_event_through_the_dialog(qtbot, view, ctx):
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name_edit, "Salon des vins de Loire")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("degustation"))
    dialog.start_edit.setDate(QDate(2026, 3, 12))
    assert dialog.end_edit.date() == QDate(2026, 3, 12)  # the end follows the start
    dialog.end_edit.setDate(QDate(2026, 3, 14))
    qtbot.keyClicks(dialog.place_edit, "Angers")
    with qtbot.waitSignal(view.events_changed):
        dialog.accept()
    assert view.dialog is None
    table = view.table
    assert table.rowCount() == 1
    assert text(table, 0, COL_NAME) == "Salon des vins de Loire"
    assert text(table, 0, COL_KIND) == "Tasting"  # no translator loaded: the English source
    assert text(table, 0, COL_DATES) == "12/03/2026 – 14/03/2026"
    assert text(table, 0, COL_PLACE) == "Angers"
    assert text(table, 0, COL_CONTACTS) == "0"
    assert view.current_event().name == "Salon des vins de Loire"


def test_an_invalid_event_keeps_the_dialog_open(qtbot, view, ctx, errors):
    view.new_event()
    dialog = view.dialog
    dialog.start_edit.setDate(QDate(2026, 3, 12))
    dialog.end_edit.setDate(QDate(2026, 3, 10))
    dialog.accept()
    assert isinstance(errors[0], ValidationError)
    assert set(errors[0].fields) == {"name", "end_date"}
    assert view.dialog is dialog and dialog.isVisible()
    assert view.table.rowCount() == 0
    dialog.reject()
    assert view.dialog is None


def test_edit_an_event(qtbot, view, ctx):
    event_id = new_event(ctx, "Salon", date(2026, 2, 2), place="Paris")
    view.reload()
    view.select_event(event_id)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert dialog.name_edit.text() == "Salon"
    assert dialog.start_edit.date() == QDate(2026, 2, 2)
    dialog.name_edit.setText("Wine Paris")
    with qtbot.waitSignal(view.events_changed):
        dialog.accept()
    assert text(view.table, 0, COL_NAME) == "Wine Paris"
    assert text(view.table, 0, COL_PLACE) == "Paris"


def test_add_two_contacts_through_the_picker_then_remove_one(qtbot, view, ctx):
    event_id = new_event(ctx, "Salon", date(2026, 2, 2))
    helene = new_contact(ctx, first_name="Hélène", last_name="Lefèvre", company="Cave Élysée",
                         city="Lyon")
    eric = new_contact(ctx, first_name="Éric", last_name="Lefèbvre")
    other = new_contact(ctx, first_name="Paul", last_name="Martin")
    view.reload()
    view.select_event(event_id)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    picker = view.picker
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.search, "lefe")  # no accent typed
    qtbot.waitUntil(lambda: picker.table.rowCount() == 2)
    assert not picker.add_button.isEnabled()
    picker.choose([helene])
    qtbot.keyClicks(picker.search, "bvre")  # another search: Hélène stays chosen
    qtbot.waitUntil(lambda: picker.table.rowCount() == 1)
    picker.choose([eric])
    assert sorted(picker.chosen_ids()) == sorted([helene, eric])
    with qtbot.waitSignal(view.events_changed):
        qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert view.picker is None
    assert met_ids(ctx, event_id) == sorted([helene, eric])
    assert text(view.table, 0, COL_CONTACTS) == "2"
    met = view.contacts_table
    assert met.rowCount() == 2
    assert [text(met, r, 0) for r in range(2)] == ["LEFÈBVRE Éric", "LEFÈVRE Hélène"]
    assert (text(met, 1, 1), text(met, 1, 2)) == ("Cave Élysée", "Lyon")
    assert text(met, 1, 3) == "Suspect"  # the category, in the interface language

    met.selectRow(0)
    assert view.remove_button.isEnabled()
    with qtbot.waitSignal(view.events_changed):
        qtbot.mouseClick(view.remove_button, Qt.MouseButton.LeftButton)
    assert met_ids(ctx, event_id) == [helene]
    assert text(view.table, 0, COL_CONTACTS) == "1"
    assert met.rowCount() == 1

    # Contacts already recorded show in the picker but cannot be chosen again.
    view.ask_add_contacts()
    picker = view.picker
    picker.search.setText("lefevre")
    picker.search_now()
    assert picker.table.rowCount() == 1
    picker.choose([helene])
    assert picker.chosen_ids() == []
    picker.reject()
    assert other not in met_ids(ctx, event_id)


def test_delete_an_event_keeps_its_contacts(qtbot, view, ctx, monkeypatch):
    event_id = new_event(ctx, "Salon", date(2026, 2, 2))
    kept = new_event(ctx, "Dégustation", date(2025, 1, 1), kind="degustation")
    contact_id = new_contact(ctx, last_name="Martin")
    with ctx.uow() as uow:
        events.add_contacts(uow.session, event_id, [contact_id])
        uow.commit()
    asked: list[str] = []
    monkeypatch.setattr(events_view, "confirm",
                        lambda _parent, _title, question, _action: asked.append(question) or True)
    view.reload()
    view.select_event(event_id)
    with qtbot.waitSignal(view.events_changed):
        qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert "“Salon”" in asked[0] and "1 contact" in asked[0]
    assert [row.id for row in view.rows] == [kept]
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, contact_id).last_name == "Martin"


def test_refused_delete_changes_nothing(qtbot, view, ctx, monkeypatch):
    event_id = new_event(ctx, "Salon", date(2026, 2, 2))
    monkeypatch.setattr(events_view, "confirm", lambda *_args: False)
    view.reload()
    view.select_event(event_id)
    view.ask_delete()
    assert [row.id for row in view.rows] == [event_id]


def test_double_click_or_enter_on_a_contact_asks_to_open_it(qtbot, view, ctx):
    event_id = new_event(ctx, "Salon", date(2026, 2, 2))
    first = new_contact(ctx, last_name="Aubert")
    second = new_contact(ctx, last_name="Martin")
    view.add_contacts(event_id, [first, second])
    met = view.contacts_table
    rect = met.visualRect(met.model().index(1, 0))
    with qtbot.waitSignal(view.open_contact_requested) as signal:
        qtbot.mouseClick(met.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(met.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [second]
    met.setFocus()
    met.setCurrentCell(0, 0)
    with qtbot.waitSignal(view.open_contact_requested) as signal:
        qtbot.keyClick(met, Qt.Key.Key_Return)
    assert signal.args == [first]


def test_an_empty_page_says_what_to_do(view):
    assert view.table.rowCount() == 0
    assert not view.add_button.isEnabled() and not view.edit_button.isEnabled()
    assert "New" in view.met_title.text()
