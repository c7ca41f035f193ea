"""The Agenda page on a real SQLite store with a fixed "today": periods, actions, calendar, .ics."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Task
from app.services import contacts, journal, tasks
from app.services.contacts import ContactData
from app.ui import agenda_view as view_module
from app.ui.agenda_dialogs import FollowUpDialog, MoveDialog
from app.ui.agenda_model import OVERDUE, TaskTableModel
from app.ui.agenda_view import AgendaView
from app.ui.context import AppContext

TODAY = date(2026, 3, 11)  # "this week": 11 to 17 March; "this month": 11 March to 10 April
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class Data:
    """Two contacts and their follow-ups around TODAY."""

    martin: int  # never ordered: a suspect
    dupont: int  # ordered: an active client
    early: int  # 05/03, call, Martin: overdue
    yesterday: int  # 10/03, email, Martin: overdue
    today: int  # 11/03, call, Dupont
    saturday: int  # 14/03, offer, Dupont: this week
    later: int  # 25/03, visit, Martin: this month
    april: int  # 20/04, call, Dupont: none of the periods
    proposed: int  # 11/03, invite, Martin, proposed by a cadence


def add_contact(ctx: AppContext, **fields: Any) -> int:
    with ctx.uow() as uow:
        contact_id = contacts.create_contact(uow.session, ContactData(**fields)).id
        uow.commit()
    return contact_id


def stored(ctx: AppContext, task_id: int) -> Task:
    with ctx.uow() as uow:
        task = uow.session.get(Task, task_id)
        assert task is not None
        uow.session.expunge(task)
        return task


@pytest.fixture
def data(ctx: AppContext) -> Data:
    martin = add_contact(ctx, first_name="Hélène", last_name="Martin", city="Pauillac")
    dupont = add_contact(ctx, kind="professionnel", company="Cave Dupont", last_name="Dupont")
    with ctx.uow() as uow:
        s = uow.session
        journal.add_order(s, dupont, date.today(), amount=Decimal("120"))
        ids = [
            tasks.add_task(s, martin, date(2026, 3, 5), "call"),
            tasks.add_task(s, martin, date(2026, 3, 10), "email", "Tarifs 2026"),
            tasks.add_task(s, dupont, TODAY, "call"),
            tasks.add_task(s, dupont, date(2026, 3, 14), "offer"),
            tasks.add_task(s, martin, date(2026, 3, 25), "visit"),
            tasks.add_task(s, dupont, date(2026, 4, 20), "call"),
        ]
        proposal = Task(contact_id=martin, due_on=TODAY, action="invite", status="proposed",
                        rule_key="x:2026-01-01")
        done = Task(contact_id=dupont, due_on=TODAY, action="call", status="done")
        s.add_all([proposal, done])
        s.flush()
        uow.commit()
        return Data(martin, dupont, *ids, proposal.id)


@pytest.fixture
def view(ctx: AppContext, data: Data, qtbot: QtBot) -> AgendaView:
    widget = AgendaView(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    shown: list[BaseException] = []
    monkeypatch.setattr(view_module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


def listed(view: AgendaView) -> list[int]:
    return [row.id for row in view.model.rows]


def choose(view: AgendaView, period: str) -> None:
    view.periods.buttons[period].click()


def select(view: AgendaView, *task_ids: int) -> None:
    view.table.clearSelection()
    for task_id in task_ids:
        row = view.model.row_of(task_id)
        assert row is not None, f"task {task_id} is not listed"
        view.table.selectionModel().select(
            view.model.index(row, 0),
            view.table.selectionModel().SelectionFlag.Select
            | view.table.selectionModel().SelectionFlag.Rows,
        )


def answer(dialog_type: type[QDialog], act: Callable[[Any], None]) -> None:
    """Act on the next modal dialog of that type once it is open (exec() blocks the test)."""

    def attempt(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, dialog_type):
            act(dialog)
        elif tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))

    QTimer.singleShot(0, attempt)


def test_counts_per_period_with_a_fixed_today(view: AgendaView, data: Data) -> None:
    texts = {name: b.text() for name, b in view.periods.buttons.items()}
    assert texts["overdue"] == "Overdue (2)"
    assert texts["today"] == "Today (2)"  # the open call and the proposal; not the done one
    assert texts["week"] == "This week (3)"
    assert texts["month"] == "This month (4)"
    assert not view.periods.buttons["day"].isVisible()
    assert sorted(listed(view)) == sorted([data.today, data.proposed])  # Today first

    choose(view, "overdue")
    assert listed(view) == [data.early, data.yesterday]
    model = view.model
    assert model.index(0, TaskTableModel.COL_DUE).data() == "05/03/2026"
    assert model.index(0, TaskTableModel.COL_DUE).data(Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.index(1, TaskTableModel.COL_ACTION).data() == "Send an e-mail"
    assert model.index(1, TaskTableModel.COL_CONTACT).data() == "MARTIN Hélène"
    assert model.index(1, TaskTableModel.COL_CATEGORY).data() == "Suspect"
    assert model.index(1, TaskTableModel.COL_NOTE).data() == "Tarifs 2026"
    assert "1 of" not in view.count_label.text() and "2" in view.count_label.text()

    choose(view, "week")
    assert listed(view) == [data.today, data.proposed, data.saturday]
    row = model.row_of(data.proposed)
    assert model.index(row, TaskTableModel.COL_STATUS).data() == "Proposed"
    font = model.index(row, TaskTableModel.COL_CONTACT).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    open_row = model.row_of(data.today)
    assert model.index(open_row, TaskTableModel.COL_STATUS).data() == "To do"
    due = model.index(open_row, TaskTableModel.COL_DUE)
    assert due.data(Qt.ItemDataRole.ForegroundRole) is None

    view.filters.show_proposals.setChecked(False)
    assert view.periods.buttons["today"].text() == "Today (1)"
    assert view.periods.buttons["month"].text() == "This month (3)"
    assert data.proposed not in listed(view)


def test_the_overdue_list_is_capped(
    view: AgendaView, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(view_module, "CAP", 1)
    choose(view, "overdue")
    assert listed(view) == [data.early]
    assert view.count_label.text() == "1 of 2 shown"
    assert view.periods.buttons["overdue"].text() == "Overdue (2)"


def test_done_writes_the_interaction_in_the_journal(
    view: AgendaView, ctx: AppContext, data: Data, qtbot: QtBot
) -> None:
    select(view, data.today)
    assert view.actions.log_in_journal.isChecked()
    with qtbot.waitSignal(view.tasks_changed):
        qtbot.mouseClick(view.actions.done_button, Qt.MouseButton.LeftButton)
    assert stored(ctx, data.today).status == "done"
    assert data.today not in listed(view)
    assert view.periods.buttons["today"].text() == "Today (1)"
    with ctx.uow() as uow:
        logged = journal.list_interactions(uow.session, data.dupont)
        assert [(i.channel, i.occurred_on, i.summary) for i in logged] == [
            ("call", TODAY, tasks.ACTIONS["call"])
        ]

    # Without the journal box: done, nothing logged. Ctrl+D on the table does the same.
    choose(view, "overdue")
    view.actions.log_in_journal.setChecked(False)
    select(view, data.yesterday)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    assert stored(ctx, data.yesterday).status == "done"
    with ctx.uow() as uow:
        assert journal.list_interactions(uow.session, data.martin) == []


def test_accept_a_proposal(view: AgendaView, ctx: AppContext, data: Data, qtbot: QtBot) -> None:
    select(view, data.today)
    assert not view.actions.accept_button.isEnabled()  # nothing proposed in the selection
    select(view, data.proposed)
    assert view.actions.accept_button.isEnabled()
    qtbot.mouseClick(view.actions.accept_button, Qt.MouseButton.LeftButton)
    assert stored(ctx, data.proposed).status == "open"
    row = view.model.row_of(data.proposed)
    assert view.model.index(row, TaskTableModel.COL_STATUS).data() == "To do"
    assert view.selected_ids() == [data.proposed]  # the selection survives the reload


def test_dismiss_removes_it_for_good(
    view: AgendaView, ctx: AppContext, data: Data, qtbot: QtBot
) -> None:
    select(view, data.proposed, data.today)
    qtbot.mouseClick(view.actions.dismiss_button, Qt.MouseButton.LeftButton)
    assert listed(view) == []
    assert stored(ctx, data.proposed).status == "dismissed"
    assert stored(ctx, data.today).status == "dismissed"
    view.reload()
    assert view.periods.buttons["today"].text() == "Today (0)"
    assert view.periods.buttons["week"].text() == "This week (1)"


def test_move_with_the_dialog_and_the_shortcuts(
    view: AgendaView, ctx: AppContext, data: Data, qtbot: QtBot
) -> None:
    def to_20_march(dialog: MoveDialog) -> None:
        dialog.due.setDate(date(2026, 3, 20))
        dialog.accept()

    select(view, data.proposed)
    answer(MoveDialog, to_20_march)
    qtbot.mouseClick(view.actions.move_button, Qt.MouseButton.LeftButton)
    moved = stored(ctx, data.proposed)
    assert (moved.due_on, moved.status) == (date(2026, 3, 20), "open")  # moving accepts
    assert view.periods.buttons["today"].text() == "Today (1)"

    # Cancelling changes nothing.
    select(view, data.today)
    answer(MoveDialog, lambda dialog: dialog.reject())
    qtbot.mouseClick(view.actions.move_button, Qt.MouseButton.LeftButton)
    assert stored(ctx, data.today).due_on == TODAY

    choose(view, "week")
    select(view, data.saturday)
    view.activateWindow()  # the closed dialog took the focus with it
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Right, CTRL)
    assert stored(ctx, data.saturday).due_on == date(2026, 3, 15)
    assert view.selected_ids() == [data.saturday]  # still in the week, still selected
    qtbot.keyClick(view.table, Qt.Key.Key_Right, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert stored(ctx, data.saturday).due_on == date(2026, 3, 22)
    assert data.saturday not in listed(view)


def test_drag_a_row_onto_a_calendar_day(view: AgendaView, ctx: AppContext, data: Data) -> None:
    calendar = view.calendar
    assert calendar.view is not None
    target = calendar.index_of(date(2026, 3, 18))
    assert target.isValid()
    pos = calendar.view.visualRect(target).center()
    mime = view.model.mimeData([view.model.index(view.model.row_of(data.today), 0)])
    viewport = calendar.view.viewport()

    enter = QDragEnterEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert stored(ctx, data.today).due_on == date(2026, 3, 18)
    assert calendar.is_marked(date(2026, 3, 18))

    # Days of the neighbouring months are mapped too; the header row is not a day.
    assert calendar.date_of_index(calendar.index_of(date(2026, 4, 2))) == date(2026, 4, 2)
    assert calendar.date_at(QPoint(1, 1)) is None


def test_filters_by_action_and_category(view: AgendaView, data: Data) -> None:
    choose(view, "month")
    combo = view.filters.action
    combo.setCurrentIndex(combo.findData("call"))
    assert listed(view) == [data.today]
    assert view.periods.buttons["overdue"].text() == "Overdue (1)"
    categories = view.filters.category
    categories.setCurrentIndex(categories.findData("client_actif"))
    assert listed(view) == [data.today]
    combo.setCurrentIndex(0)
    assert listed(view) == [data.today, data.saturday]
    categories.setCurrentIndex(categories.findData("suspect"))
    assert listed(view) == [data.proposed, data.later]
    choose(view, "overdue")
    assert listed(view) == [data.early, data.yesterday]


def test_calendar_marks_and_day_list(view: AgendaView, data: Data, qtbot: QtBot) -> None:
    calendar = view.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2026, 3)
    for day in (date(2026, 3, 5), TODAY, date(2026, 3, 25)):
        assert calendar.is_marked(day)
    assert not calendar.is_marked(date(2026, 3, 12))
    assert not calendar.is_marked(date(2026, 4, 20))  # not on this page
    fmt = calendar.dateTextFormat(QDate(2026, 3, 11))
    assert fmt.fontWeight() == QFont.Weight.Bold
    assert fmt.toolTip() == "2 follow-up(s)"  # the open call and the proposal

    # A click on the 25th lists that day.
    assert calendar.view is not None
    rect = calendar.view.visualRect(calendar.index_of(date(2026, 3, 25)))
    qtbot.mouseClick(calendar.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.periods.current() == "day"
    assert view.periods.buttons["day"].text() == "Day 25/03/2026 (1)"
    assert listed(view) == [data.later]

    # Turning the page marks the next month's days; a proposal hidden is a mark less.
    calendar.showNextMonth()
    assert calendar.is_marked(date(2026, 4, 20))
    calendar.showPreviousMonth()
    view.filters.show_proposals.setChecked(False)
    assert calendar.dateTextFormat(QDate(2026, 3, 11)).toolTip() == "1 follow-up(s)"
    assert calendar.dateTextFormat(QDate(2026, 3, 12)).fontWeight() != QFont.Weight.Bold


def test_double_click_or_enter_opens_the_contact(
    view: AgendaView, data: Data, qtbot: QtBot
) -> None:
    choose(view, "overdue")
    rect = view.table.visualRect(view.model.index(0, TaskTableModel.COL_CONTACT))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(view.open_contact_requested) as signal:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [data.martin]

    opened: list[int] = []
    view.open_contact_requested.connect(opened.append)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [data.martin]  # once per double-click
    select(view, data.yesterday)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.mouseClick(view.actions.open_button, Qt.MouseButton.LeftButton)
    assert opened == [data.martin] * 3


def test_new_follow_up_found_by_an_accentless_search(
    view: AgendaView, ctx: AppContext, data: Data, qtbot: QtBot
) -> None:
    def fill(dialog: FollowUpDialog) -> None:
        dialog.search.setText("helene pauil")
        dialog.run_search()
        assert dialog.results.count() == 1 and dialog.contact_id() == data.martin
        dialog.action.setCurrentIndex(dialog.action.findData("visit"))
        dialog.due.setDate(date(2026, 3, 12))
        dialog.note.setText("Apporter le millésime 2024")
        dialog.accept()

    view.table.clearSelection()
    answer(FollowUpDialog, fill)
    qtbot.mouseClick(view.actions.new_button, Qt.MouseButton.LeftButton)
    with ctx.uow() as uow:
        rows = tasks.list_tasks(uow.session, tasks.TaskFilter(start=date(2026, 3, 12),
                                                              end=date(2026, 3, 12)))
    assert [(r.contact_id, r.action, r.note, r.status) for r in rows] == [
        (data.martin, "visit", "Apporter le millésime 2024", "open")
    ]
    assert view.calendar.is_marked(date(2026, 3, 12))


def test_errors_are_shown_and_nothing_is_lost(
    view: AgendaView, ctx: AppContext, data: Data, errors_shown: list[BaseException]
) -> None:
    select(view, data.today, data.proposed)
    with ctx.uow() as uow:  # someone else deletes one of them meanwhile
        uow.session.delete(uow.session.get(Task, data.proposed))
        uow.commit()
    view.complete_selected()
    assert len(errors_shown) == 1
    assert stored(ctx, data.today).status == "open"  # all or nothing


def test_export_ics_of_the_period_even_beyond_the_rows_shown(
    view: AgendaView, data: Data, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(view_module, "CAP", 1)
    out = tmp_path / "agenda"  # the extension is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    choose(view, "week")
    qtbot.mouseClick(view.filters.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))  # written by a worker
    assert view.filters.export_button.isEnabled()
    written = tmp_path / "agenda.ics"
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    items = [c for c in calendar.walk() if c.name in ("VEVENT", "VTODO")]
    assert len(items) == 3
    assert told and "3 follow-up(s) written" in told[0]


def test_the_page_rereads_the_tasks_when_shown_again(
    view: AgendaView, ctx: AppContext, data: Data
) -> None:
    with ctx.uow() as uow:  # written elsewhere: the contact sheet, the planner
        tasks.add_task(uow.session, data.dupont, TODAY, "email")
        uow.commit()
    assert view.periods.buttons["today"].text() == "Today (2)"
    view.hide()
    view.show()
    assert view.periods.buttons["today"].text() == "Today (3)"
