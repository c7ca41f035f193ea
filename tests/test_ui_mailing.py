"""The Mailing page in the real window: filters, left out, preview, PDF, campaign."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Campaign, Consent
from app.services import contacts, label_formats
from app.services.contacts import ContactData
from app.ui.context import AppContext
from app.ui.mailing_view import MailingView
from app.ui.main_window import MainWindow


def add(ctx: AppContext, last: str, **kw: object) -> int:
    values: dict[str, object] = dict(first_name="Jean", civility="M.",
                                     address_line4="12 rue de la Paix", postal_code="33000",
                                     city="Bordeaux")
    values.update(kw)
    with ctx.uow() as uow:
        cid = contacts.create_contact(uow.session, ContactData(last_name=last, **values)).id  # type: ignore[arg-type]
        uow.commit()
    return cid


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    for i in range(25):
        add(ctx, f"Client{i:02d}", postal_code=f"{33100 + i}")
    add(ctx, "Sansadresse", address_line4="")
    refused = add(ctx, "Refus")
    with ctx.uow() as uow:
        uow.session.add(Consent(contact_id=refused, channel="post", purpose="offers",
                                status="refused", decided_on=date(2026, 1, 5), source="oral"))
        uow.commit()
    add(ctx, "Pro", kind="professionnel", company="Cave Rose", postal_code="31000",
        city="Toulouse")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def open_mailing(window: MainWindow, qtbot: QtBot) -> MailingView:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.mailing
    assert window.pages.currentWidget() is view
    qtbot.waitUntil(lambda: view.selecting is None and view.recipients.rowCount() > 0)
    return view


def test_from_selection_to_pdf_and_campaign(window: MainWindow, ctx: AppContext, qtbot: QtBot,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    view = open_mailing(window, qtbot)
    assert view.recipients.rowCount() == 26
    assert view.left_out.rowCount() == 2
    assert {view.left_out.rows[r][1] for r in range(2)} == {
        "sans adresse postale complète", "courrier refusé ou retiré"}
    assert view.summary.text().startswith("26 étiquette(s) sur 2 page(s) ; écartés : ")

    # Only private persons, sorted by postal code for a bulk mailing.
    view.filters.kind.setCurrentIndex(view.filters.kind.findData("particulier"))
    view.options.sort.setCurrentIndex(view.options.sort.findData("postcode"))
    qtbot.waitUntil(lambda: view.selecting is None and view.recipients.rowCount() == 25)
    assert view.recipients.rows[0][1] == "33100"

    # A partly used sheet: start at label 5; the preview shows 17 labels on page 1.
    view.options.start.setValue(5)
    assert view.preview.free == [0, 1, 2, 3] and len(view.preview.labels) == 17
    assert view.page_label.text() == "Page 1 of 2"
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.page_label.text() == "Page 2 of 2" and len(view.preview.labels) == 8
    view.zoom.setCurrentIndex(view.zoom.findData(True))  # true size: millimetres on screen
    width_mm = view.preview.sizeHint().width() / (view.preview.logicalDpiX() / 25.4)
    assert width_mm == pytest.approx(210, abs=1)

    out = tmp_path / "offre"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    view.campaign_name.setText("Offre de printemps")
    view.cost.setValue(1.2)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))
    assert "25 labels on 2 page(s)" in told[0] and "Campaign recorded." in told[0]
    with pdfplumber.open(tmp_path / "offre.pdf") as pdf:
        assert len(pdf.pages) == 2
        text = pdf.pages[0].extract_text()
    assert "33100" in text and "REFUS" not in text and "SANSADRESSE" not in text
    with ctx.uow() as uow:
        campaign = uow.session.scalars(select(Campaign)).one()
        assert (campaign.name, campaign.pieces, str(campaign.cost_per_piece)) == (
            "Offre de printemps", 25, "1.20")


def test_offsets_are_kept_per_format_and_a_custom_format(window: MainWindow, ctx: AppContext,
                                                         qtbot: QtBot) -> None:
    view = open_mailing(window, qtbot)
    options = view.options
    options.offset_x.setValue(1.5)
    options.offset_x.editingFinished.emit()
    with ctx.uow() as uow:
        assert label_formats.offsets(uow.session, "L7160") == (1.5, 0.0)
    first = view.preview.labels[0].rect[0]
    assert first == pytest.approx(7.21)  # the preview shows the sheet as it should come out
    options.format.setCurrentIndex(options.format.findData("L7163"))
    assert options.offset_x.value() == 0.0 and options.start.maximum() == 14
    options.format.setCurrentIndex(options.format.findData("L7160"))
    assert options.offset_x.value() == 1.5


def test_a_failed_save_writes_nothing_and_says_so(window: MainWindow, qtbot: QtBot,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_mailing(window, qtbot)
    shown: list[BaseException] = []
    monkeypatch.setattr("app.ui.mailing_view.show_error", lambda _p, exc: shown.append(exc))
    view.save(tmp_path / "missing-folder" / "x.pdf")
    qtbot.waitUntil(lambda: bool(shown))
    assert "Impossible d'écrire le PDF" in str(shown[0])
    assert view.status.text() == "No PDF was written."
    assert not (tmp_path / "missing-folder").exists()


def test_a_list_saved_in_the_contacts_page_feeds_the_mailing(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = window.contacts
    view.filters.search.setText("client0")  # Client00 … Client09
    view.filters.filter_changed.emit()
    qtbot.waitUntil(lambda: view.model.rowCount() == 10)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Salon de Bordeaux", True))
    qtbot.mouseClick(view.lists.save_button, Qt.MouseButton.LeftButton)
    combo = view.filters.saved_list
    assert combo.isVisible() and combo.itemText(1) == "List: Salon de Bordeaux (10)"

    mailing_view = open_mailing(window, qtbot)
    lists = mailing_view.filters.saved_list
    lists.setCurrentIndex(lists.findText("List: Salon de Bordeaux (10)"))
    qtbot.waitUntil(lambda: mailing_view.selecting is None
                    and mailing_view.recipients.rowCount() == 10)
    assert mailing_view.left_out.rowCount() == 0


def test_the_window_does_not_close_while_a_pdf_is_written(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_mailing(window, qtbot)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    view.save(tmp_path / "x.pdf")
    assert not window.close()  # refused, and said
    assert told and "being written" in told[0]
    qtbot.waitUntil(lambda: view.saving is None)
    assert window.close()


def test_email_addresses_export_from_the_mailing_page(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    view = open_mailing(window, qtbot)
    out = tmp_path / "emails"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    qtbot.mouseClick(view.email_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told))
    # Only the professional may get an e-mail offer without consent; nobody has an address.
    assert told[0].startswith("0 adresse(s) e-mail ; écartés : ")
    assert (tmp_path / "emails.csv").read_text(encoding="utf-8-sig").splitlines() == [
        "Nom;Prénom;Société;E-mail"]
