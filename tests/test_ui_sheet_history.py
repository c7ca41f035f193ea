"""The sheet's Journal, Orders and Follow-ups tabs, driven by keyboard in the real window."""

from __future__ import annotations

import getpass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Task
from app.services import contacts, events, journal, tasks
from app.services.contacts import ContactData
from app.services.events import EventData
from app.services.settings import set_setting
from app.services.tasks import TaskFilter
from app.ui import sheet_history
from app.ui.contact_sheet import ContactSheet
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture(autouse=True)
def hand_tasks_only(ctx: AppContext) -> None:
    """No proposal unless a test turns them on: these tests count the tasks they type."""
    set_cadences(ctx, enabled=False)


def set_cadences(ctx: AppContext, enabled: bool) -> None:
    with ctx.uow() as uow:
        set_setting(uow.session, "cadences_enabled", enabled)
        uow.commit()


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every confirmation answered Yes (a modal box would block the test)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def add_contact(ctx: AppContext, **fields: object) -> int:
    with ctx.uow() as uow:
        cid = contacts.create_contact(uow.session, ContactData(**fields)).id  # type: ignore[arg-type]
        uow.commit()
    return cid


def open_in_table(window: MainWindow, contact_id: int) -> ContactSheet:
    """The user clicks the contact's row: the sheet opens it."""
    view = window.contacts
    view.model.reload()
    row = view.model.row_of(contact_id)
    assert row is not None
    view.table.selectRow(row)
    assert view.sheet.current_id() == contact_id
    return view.sheet


def category_cell(window: MainWindow, contact_id: int) -> str:
    model = window.contacts.model
    row = model.row_of(contact_id)
    assert row is not None
    return str(model.index(row, model.COL_CATEGORY).data())


def texts(table: object, row: int) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]  # type: ignore[attr-defined]


def test_new_contact_has_its_history_tabs_disabled_until_saved(window: MainWindow) -> None:
    sheet = window.contacts.sheet
    window.contacts.new_contact()
    tabs = sheet.tabs
    assert [tabs.tabText(i) for i in range(4)] == ["Details", "Journal", "Orders", "Follow-ups"]
    assert tabs.currentWidget() is tabs.details
    assert not any(tabs.isTabEnabled(i) for i in (1, 2, 3))
    assert tabs.hint.isVisible() and tabs.hint.text() == "Save the contact first"
    assert tabs.tabToolTip(2) == "Save the contact first"
    sheet.last_name.setText("Martin")
    assert sheet.save()
    assert all(tabs.isTabEnabled(i) for i in (1, 2, 3)) and not tabs.hint.isVisible()


def test_an_order_typed_in_the_sheet_makes_an_active_client_in_the_table(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    cid = add_contact(ctx, last_name="Martin")
    sheet = open_in_table(window, cid)
    assert category_cell(window, cid) == "Suspect" and sheet.category.text() == "Suspect"
    sheet.city.setText("Pauillac")  # typed in Details, not saved: must survive the order
    page = sheet.tabs.orders
    sheet.tabs.setCurrentWidget(page)
    form = page.form
    assert form.when.text() == TODAY.strftime("%d/%m/%Y") and form.cuvee.hasFocus()

    # cuvée, Tab, vintage, Tab, bottles, Tab, price, Enter: the line goes into the table.
    qtbot.keyClicks(form.cuvee, "Les Gres")
    for edit, text in ((form.vintage, "2019"), (form.bottles, "6"), (form.price, "12,50")):
        qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)
        assert edit.hasFocus()
        qtbot.keyClicks(edit, text)
    assert form.total.text() == "Total: 75,00 €, 6 bottle(s)"
    qtbot.keyClick(form.price, Qt.Key.Key_Return)
    assert form.lines.rowCount() == 1 and form.cuvee.text() == "" and form.cuvee.hasFocus()
    assert not form.amount.isEnabled()

    # A second line left in the boxes is part of the order saved with Ctrl+Enter.
    for edit, text in zip(form.entry_edits(), ("Rose", "", "12", "8"), strict=True):
        qtbot.keyClicks(edit, text)
    assert form.total.text() == "Total: 171,00 €, 18 bottle(s)"
    with qtbot.waitSignal(sheet.history_changed) as changed:
        qtbot.keyClick(form.price, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [cid]

    assert category_cell(window, cid) == "Active client"
    assert sheet.category.text() == "Active client"
    assert sheet.explanation.text().startswith(
        f"Client actif : dernière commande le {TODAY.strftime('%d/%m/%Y')}"
    )
    assert window.contacts.selected_ids() == [cid]
    assert sheet.city.text() == "Pauillac" and sheet.is_dirty()
    assert texts(page.table, 0) == [TODAY.strftime("%d/%m/%Y"), "171,00 €", "18",
                                    "Les Gres 2019, Rose"]
    assert texts(page.detail, 0) == ["Les Gres", "2019", "6", "12,50 €", "75,00 €"]
    assert page.turnover.text() == "Turnover: 171,00 € in 1 order(s)"
    assert form.lines.rowCount() == 0 and form.amount.isEnabled()
    assert sheet.save()  # the order did not make the opened version stale
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, cid).city == "Pauillac"


def test_an_order_total_alone_and_french_messages_inline(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, yes: None
) -> None:
    cid = add_contact(ctx, last_name="Durand")
    sheet = open_in_table(window, cid)
    page = sheet.tabs.orders
    sheet.tabs.setCurrentWidget(page)
    form = page.form
    for edit, text in zip(form.entry_edits(), ("Brut", "", "six", "9"), strict=True):
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(form.price, Qt.Key.Key_Return)
    assert "Ligne 1 : le nombre de bouteilles « six »" in page.error.text()
    assert page.error.isVisible() and form.lines.rowCount() == 0
    for edit in form.entry_edits():
        edit.clear()
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)  # neither lines nor total
    assert page.error.text() == "Indiquez le montant de la commande."
    qtbot.keyClicks(form.amount, "1 234,50")
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert not page.error.isVisible()
    assert texts(page.table, 0)[:3] == [TODAY.strftime("%d/%m/%Y"), "1 234,50 €", ""]
    assert category_cell(window, cid) == "Active client"

    page.table.selectRow(0)
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0 and page.turnover.text() == "Turnover: 0,00 € in 0 order(s)"
    assert category_cell(window, cid) == "Suspect"


def test_a_call_logged_with_the_keyboard_makes_a_hot_prospect(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, yes: None
) -> None:
    cid = add_contact(ctx, last_name="Bernard")
    sheet = open_in_table(window, cid)
    page = sheet.tabs.journal
    sheet.tabs.setCurrentWidget(page)
    assert page.summary.hasFocus() and page.channel.value() == "call"
    qtbot.keyClicks(page.summary, "Interested in the 2019")
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.keyClick(page.summary, Qt.Key.Key_Return)
    assert texts(page.table, 0) == [TODAY.strftime("%d/%m/%Y"), "Call",
                                    "Interested in the 2019", getpass.getuser()]
    assert page.summary.text() == "" and page.summary.hasFocus()
    assert sheet.category.text() == "Hot prospect"
    assert category_cell(window, cid) == "Hot prospect"

    # An older letter, typed with the keyboard too: listed after the call, not a direct contact.
    page.when.setFocus()
    page.when.selectAll()
    qtbot.keyClicks(page.when, (TODAY - timedelta(days=3)).strftime("%d/%m/%Y"))
    page.channel.set_value("letter")
    qtbot.keyClicks(page.summary, "Price list")
    qtbot.keyClick(page.summary, Qt.Key.Key_Return)
    assert [texts(page.table, r)[1] for r in range(2)] == ["Call", "Letter"]

    page.table.setFocus()
    page.table.selectRow(0)
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert page.table.rowCount() == 1
    assert sheet.category.text() == "Suspect" and category_cell(window, cid) == "Suspect"


def test_a_tasting_logged_in_the_journal_proposes_the_calls_at_once(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    set_cadences(ctx, enabled=True)
    with ctx.uow() as uow:
        set_setting(uow.session, "cadence_catch_up_days", 1)
        uow.commit()
    cid = add_contact(ctx, last_name="Garnier")
    sheet = open_in_table(window, cid)
    follow_ups = sheet.tabs.tasks
    sheet.tabs.setCurrentWidget(follow_ups)
    assert [texts(follow_ups.table, r)[1:] for r in range(follow_ups.table.rowCount())] == [
        ["Invite to an event", "Suspect : une invitation à un salon ou à un événement 2 fois "
         "par an.", "Proposed"]]  # a suspect, at creation
    page = sheet.tabs.journal
    sheet.tabs.setCurrentWidget(page)
    page.channel.set_value("tasting")
    qtbot.keyClicks(page.summary, "Portes ouvertes")
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.keyClick(page.summary, Qt.Key.Key_Return)
    sheet.tabs.setCurrentWidget(follow_ups)
    days = [texts(follow_ups.table, r)[0] for r in range(follow_ups.table.rowCount())]
    assert days == [(TODAY + timedelta(days=n)).strftime("%d/%m/%Y") for n in (5, 10, 15, 20, 27)]
    assert sheet.category.text() == "Hot prospect"


def test_a_bad_date_in_the_journal_is_said_inline(window: MainWindow, ctx: AppContext,
                                                  qtbot: QtBot) -> None:
    cid = add_contact(ctx, last_name="Petit")
    sheet = open_in_table(window, cid)
    page = sheet.tabs.journal
    sheet.tabs.setCurrentWidget(page)
    page.when.setText("31/02/2025")
    qtbot.keyClick(page.summary, Qt.Key.Key_Return)
    assert "DD/MM/YYYY" in page.error.text() and page.table.rowCount() == 0


def test_a_follow_up_done_is_logged_in_the_journal(
    window: MainWindow, ctx: AppContext, qtbot: QtBot
) -> None:
    cid = add_contact(ctx, last_name="Moreau")
    with ctx.uow() as uow:
        tasks.add_task(uow.session, cid, TODAY, "call", "Relancer pour le salon")
        tasks.add_task(uow.session, cid, TODAY + timedelta(days=9), "offer")
        uow.commit()
    sheet = open_in_table(window, cid)
    page = sheet.tabs.tasks
    sheet.tabs.setCurrentWidget(page)
    assert texts(page.table, 0) == [TODAY.strftime("%d/%m/%Y"), "Call",
                                    "Relancer pour le salon", "To do"]
    assert page.log_box.isChecked() and not page.accept_button.isEnabled()
    page.table.selectRow(0)
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1 and texts(page.table, 0)[1] == "Send an offer"
    assert sheet.category.text() == "Hot prospect"
    assert category_cell(window, cid) == "Hot prospect"

    journal_page = sheet.tabs.journal
    sheet.tabs.setCurrentWidget(journal_page)
    assert journal_page.table.rowCount() == 1
    assert texts(journal_page.table, 0)[:3] == [TODAY.strftime("%d/%m/%Y"), "Call", "Appeler"]

    # Unticked, "Done" writes nothing in the journal.
    sheet.tabs.setCurrentWidget(page)
    page.log_box.setChecked(False)
    page.table.selectRow(0)
    qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0
    sheet.tabs.setCurrentWidget(journal_page)
    assert journal_page.table.rowCount() == 1


def test_proposals_are_accepted_or_dismissed(window: MainWindow, ctx: AppContext,
                                             qtbot: QtBot) -> None:
    cid = add_contact(ctx, last_name="Roux")
    with ctx.uow() as uow:  # the planner's proposals, made directly
        for days, action in ((2, "call"), (30, "invite")):
            uow.session.add(Task(contact_id=cid, due_on=TODAY + timedelta(days=days),
                                 action=action, status="proposed", rule_key=f"test:{days}"))
        uow.commit()
    sheet = open_in_table(window, cid)
    page = sheet.tabs.tasks
    sheet.tabs.setCurrentWidget(page)
    assert [texts(page.table, r)[3] for r in range(2)] == ["Proposed", "Proposed"]
    assert page.table.item(0, 0).font().italic()  # type: ignore[union-attr]
    page.table.selectRow(0)
    assert page.accept_button.isEnabled()
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert texts(page.table, 0)[3] == "To do" and not page.accept_button.isEnabled()
    page.table.selectRow(1)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1
    with ctx.uow() as uow:
        every = tasks.list_tasks(uow.session, TaskFilter(contact_id=cid, statuses=()))
    assert sorted((t.action, t.status) for t in every) == [("call", "open"),
                                                          ("invite", "dismissed")]


def test_new_and_moved_follow_ups(window: MainWindow, ctx: AppContext, qtbot: QtBot,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cid = add_contact(ctx, last_name="Leroy")
    sheet = open_in_table(window, cid)
    page = sheet.tabs.tasks
    sheet.tabs.setCurrentWidget(page)
    page.action.set_value("offer")
    page.due.setText("")
    qtbot.keyClicks(page.due, (TODAY + timedelta(days=7)).strftime("%d/%m/%Y"))
    qtbot.keyClicks(page.note, "Tarifs primeurs")
    with qtbot.waitSignal(sheet.history_changed):
        qtbot.keyClick(page.note, Qt.Key.Key_Return)
    week = (TODAY + timedelta(days=7)).strftime("%d/%m/%Y")
    assert texts(page.table, 0) == [week, "Send an offer", "Tarifs primeurs", "To do"]
    later = TODAY + timedelta(days=40)
    monkeypatch.setattr(sheet_history, "ask_date", lambda *a: later)
    page.table.selectRow(0)
    qtbot.mouseClick(page.move_button, Qt.MouseButton.LeftButton)
    assert texts(page.table, 0)[0] == later.strftime("%d/%m/%Y")


def test_origin_event_is_chosen_from_the_events(window: MainWindow, ctx: AppContext) -> None:
    cid = add_contact(ctx, last_name="Fabre")
    with ctx.uow() as uow:
        event_id = events.save_event(uow.session, EventData("Vinexpo", "salon", date(2026, 2, 9)))
        uow.commit()
    sheet = open_in_table(window, cid)
    sheet.reload_events()  # what the events page signals
    assert not sheet.is_dirty()
    combo = sheet.origin_event
    assert [combo.itemText(i) for i in range(combo.count())] == ["", "Vinexpo (09/02/2026)"]
    combo.setCurrentIndex(1)
    combo.activated.emit(1)  # as a user's choice: how and when met are filled
    assert sheet.origin_kind.value() == "salon" and sheet.origin_date.text() == "09/02/2026"
    assert sheet.save()
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, cid).origin_event_id == event_id
    sheet.new_contact()
    sheet.open_contact(cid)
    assert combo.value() == event_id


def test_an_event_the_sheet_does_not_know_yet_is_not_lost(window: MainWindow,
                                                          ctx: AppContext) -> None:
    with ctx.uow() as uow:
        event_id = events.save_event(uow.session, EventData("Salon de Lyon"))
        uow.commit()
    cid = add_contact(ctx, last_name="Garnier", origin_event_id=event_id)
    sheet = open_in_table(window, cid)  # no reload_events() in between
    assert sheet.origin_event.value() == event_id
    sheet.city.setText("Lyon")
    assert sheet.save()
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, cid).origin_event_id == event_id


def test_history_of_another_contact_is_read_when_opened(window: MainWindow,
                                                        ctx: AppContext) -> None:
    first, second = add_contact(ctx, last_name="Aubert"), add_contact(ctx, last_name="Blanc")
    with ctx.uow() as uow:
        journal.add_order(uow.session, first, TODAY, amount=Decimal("10"))
        uow.commit()
    sheet = open_in_table(window, first)
    sheet.tabs.setCurrentWidget(sheet.tabs.orders)
    assert sheet.tabs.orders.table.rowCount() == 1
    open_in_table(window, second)
    assert sheet.tabs.orders.table.rowCount() == 0
    assert sheet.tabs.orders.turnover.text() == "Turnover: 0,00 € in 0 order(s)"


def test_reload_history_shows_what_another_screen_wrote(window: MainWindow,
                                                        ctx: AppContext) -> None:
    cid = add_contact(ctx, last_name="Colin")
    sheet = open_in_table(window, cid)
    sheet.tabs.setCurrentWidget(sheet.tabs.journal)
    sheet.notes.setPlainText("typed, not saved")
    with ctx.uow() as uow:  # the agenda marks a call done
        journal.add_interaction(uow.session, cid, TODAY, "meeting", "Au domaine")
        uow.commit()
    sheet.reload_history()
    assert texts(sheet.tabs.journal.table, 0)[1:3] == ["Meeting", "Au domaine"]
    assert sheet.category.text() == "Hot prospect"
    assert sheet.notes.toPlainText() == "typed, not saved" and sheet.is_dirty()
    sheet.revert()  # closing the window would otherwise ask whether to save
