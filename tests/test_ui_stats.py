"""The Statistiques page: the period changes the figures; the 80 % go to the contact table;
the report is a PDF parsed back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.services import contacts, journal
from app.services.contacts import ContactData
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

TODAY = date.today()


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    with ctx.uow() as uow:
        s = uow.session
        big = contacts.create_contact(s, ContactData(last_name="Grand")).id
        small = contacts.create_contact(s, ContactData(last_name="Petit")).id
        journal.add_order(s, big, TODAY, amount=Decimal("900"))
        journal.add_order(s, small, TODAY, amount=Decimal("100"))
        journal.add_order(s, small, TODAY - timedelta(days=800), amount=Decimal("50"))
        uow.commit()
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_period_changes_the_figures(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    view = window.statistics
    qtbot.waitUntil(lambda: view.result is not None)
    assert view.figures.text().startswith("Turnover 1 000 €")
    assert "1 client(s) make 80 % of the turnover" in view.figures.text()
    assert [row[:3] for row in view.clients.rows] == [("GRAND", "A", "900 €"),
                                                      ("PETIT", "B", "100 €")]
    view.period.setCurrentIndex(view.period.findData("custom"))
    start = TODAY - timedelta(days=900)
    view.start.setDate(QDate(start.year, start.month, start.day))
    qtbot.waitUntil(lambda: view.result is not None and view.result.total == Decimal("1050"))
    assert view.figures.text().startswith("Turnover 1 050 €")

    assert view.by_type.rows == [("sans type", "1", "1", "0")]
    view.select_class("B")  # the small client: one click from a call list or a label run
    assert window.pages.currentWidget() is window.contacts
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert window.contacts.model.index(0, 0).data() == "PETIT"

    out = tmp_path / "rapport.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    assert view.save_pdf() == out
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
        assert len(pdf.pages[0].images) == 2  # the two charts
    assert "Statistiques" in text and "GRAND" in text and "1 050,00 €" in text
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    assert [p.name for p in view.save_png()] == ["pareto.png", "category.png"]
    assert (tmp_path / "pareto.png").stat().st_size > 1000
