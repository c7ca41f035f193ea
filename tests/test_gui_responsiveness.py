"""The event loop never stalls: a 20 ms ticker on the GUI thread watches the real window work.

The main window runs on a store of a few thousand demo contacts while the test drives what a
user does: open the window, type a search, sort by every column, open a sheet, save it, go to
the agenda, the statistics and the mailing page, write the label PDF. The longest gap between
two ticks is the longest time the window was frozen; over 200 ms fails the test.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services.demo import generate_demo
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

LIMIT_MS = 200
TICK_MS = 20
CONTACTS = 3000
TODAY = date(2025, 6, 15)
OPENING = "open the window"
OPENING_LIMIT_MS = 1500


class Watchdog:
    """Records, per user action, the longest gap between two ticks of a GUI-thread timer."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.ticks = 0
        self.worst: dict[str, float] = {}
        self.current = ""

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self.last) * 1000
        if self.current:
            self.worst[self.current] = max(self.worst.get(self.current, 0.0), gap)
        self.last, self.ticks = now, self.ticks + 1

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    @contextmanager
    def action(self, name: str, qtbot: QtBot) -> Iterator[None]:
        """Gaps that end after the action (the tick the work delayed) count for it."""
        self.current = name
        self.worst.setdefault(name, 0.0)
        yield
        seen = self.ticks
        qtbot.waitUntil(lambda: self.ticks >= seen + 2, timeout=5000)

    def frozen(self) -> dict[str, float]:
        return {name: round(gap) for name, gap in self.worst.items() if gap > LIMIT_MS}


@pytest.fixture
def demo_ctx(ctx: AppContext) -> AppContext:
    with ctx.uow() as uow:
        generate_demo(uow.session, CONTACTS, seed=3, today=TODAY)
        uow.commit()
    return ctx


def settle(qtbot: QtBot, ready: Callable[[], bool]) -> None:
    qtbot.waitUntil(ready, timeout=30_000)


def test_no_gui_action_blocks_the_event_loop(demo_ctx: AppContext, qtbot: QtBot,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    # A loaded 2-core machine (the PostgreSQL server, other jobs) may stall any process for a
    # moment: an action frozen once is driven again on a fresh window, and must then pass. A
    # real blocking call on the GUI thread freezes both runs (a sleep(0.3) in save() does).
    frozen = drive(demo_ctx, qtbot, tmp_path / "first.pdf")
    if frozen:
        frozen = drive(demo_ctx, qtbot, tmp_path / "second.pdf")
    assert frozen == {}, f"event loop blocked over {LIMIT_MS} ms: {frozen}"


def drive(ctx: AppContext, qtbot: QtBot, pdf: Path) -> dict[str, float]:
    """What a user does in the window, watched; the actions that froze it, in ms."""
    dog = Watchdog()
    QApplication.processEvents()
    dog.start()
    # Building the window is start-up, before any user input: it has its own, wider bound
    # (the cold start of `python -m bench gate` measures it on the 100 000-contact store).
    with dog.action(OPENING, qtbot):
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
    qtbot.waitExposed(window)
    assert dog.worst.pop(OPENING) < OPENING_LIMIT_MS
    view = window.contacts
    assert view.model.total_all > CONTACTS * 0.9  # a few demo contacts are in the trash

    with dog.action("type a search", qtbot):
        qtbot.keyClicks(view.filters.search, "mar")
        settle(qtbot, lambda: view.model.filter.text == "mar")
    assert 0 < view.model.rowCount() < CONTACTS
    view.filters.search.clear()
    settle(qtbot, lambda: view.model.filter.text == "")

    for column in range(view.model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            with dog.action(f"sort by column {column} {order.name}", qtbot):
                view.table.sortByColumn(column, order)  # what a click on the header does
    assert view.model.descending

    with dog.action("open a sheet", qtbot):
        view.table.selectRow(3)
    sheet = view.sheet
    assert sheet.current_id() == view.model.contact_id(3)

    with dog.action("save the sheet", qtbot):
        sheet.city.setText("Saint-Émilion")
        assert sheet.save()
    assert not sheet.is_dirty()

    with dog.action("agenda", qtbot):
        window.sidebar.setCurrentRow(1)
    with dog.action("statistics", qtbot):
        window.sidebar.setCurrentRow(4)
        settle(qtbot, lambda: window.statistics.result is not None)
    mailing = window.mailing
    with dog.action("mailing preview", qtbot):
        window.sidebar.setCurrentRow(3)
        settle(qtbot, lambda: mailing.selecting is None and mailing.recipients.rowCount() > 0)
    with dog.action("label PDF", qtbot):
        mailing.save(pdf)
        settle(qtbot, lambda: mailing.saving is None)
    assert pdf.stat().st_size > 0
    with dog.action("back to the contacts", qtbot):
        window.sidebar.setCurrentRow(0)

    dog.timer.stop()
    window.close()
    return dog.frozen()
