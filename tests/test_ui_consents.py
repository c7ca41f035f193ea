"""The Consents tab and the GDPR settings in the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.models import Contact
from app.services import contacts, gdpr
from app.services.contacts import ContactData
from app.ui.consent_dialog import ConsentDialog
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.sheet_consents import ConsentsPage


def add(ctx: AppContext, last: str, **kw: object) -> int:
    values: dict[str, object] = dict(first_name="Jeanne", civility="Mme",
                                     address_line4="12 rue de la Paix", postal_code="33000",
                                     city="Bordeaux")
    values.update(kw)
    with ctx.uow() as uow:
        cid = contacts.create_contact(uow.session, ContactData(last_name=last, **values)).id  # type: ignore[arg-type]
        uow.commit()
    return cid


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def consents_tab(window: MainWindow, cid: int) -> ConsentsPage:
    view = window.contacts
    view.model.reload()
    row = view.model.row_of(cid)
    assert row is not None
    view.table.selectRow(row)
    page = view.sheet.tabs.consents
    view.sheet.tabs.setCurrentWidget(page)
    return page


def fill_dialog(monkeypatch: pytest.MonkeyPatch, status: str, source: str = "salon",
                purposes: tuple[str, ...] = ("offers",)) -> None:
    """Answer the next ConsentDialog as a user would, starting from its unticked boxes."""
    def exec_(dialog: ConsentDialog) -> int:
        assert not any(box.isChecked() for box in dialog.purposes.values())
        assert not any(b.isChecked() for b in dialog.status_buttons.values())
        assert dialog.value() is None  # nothing ticked: not a decision
        dialog.channel.setCurrentIndex(dialog.channel.findData("post"))
        for code in purposes:
            dialog.purposes[code].setChecked(True)
        dialog.status_buttons[status].setChecked(True)
        dialog.source.setCurrentIndex(dialog.source.findData(source))
        assert "(v1)" in dialog.wording.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConsentDialog, "exec", exec_)


def labels_count(window: MainWindow, qtbot: QtBot) -> tuple[int, list[str]]:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.mailing
    view.refresh()
    qtbot.waitUntil(lambda: view.selecting is None)
    return view.recipients.rowCount(), [row[1] for row in view.left_out.rows]


def test_consent_at_a_fair_then_withdrawn_leaves_the_labels(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = add(ctx, "Salon")
    page = consents_tab(window, cid)
    assert page.grid.item(1, 0).text() == "— allowed"  # post, offers
    assert page.grid.item(0, 0).text() == "— not allowed"  # e-mail, for a private person
    fill_dialog(monkeypatch, "granted")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.grid.item(1, 0).text().startswith("Granted ")
    assert page.history.rowCount() == 1
    assert labels_count(window, qtbot) == (1, [])

    page = consents_tab(window, cid)
    fill_dialog(monkeypatch, "withdrawn", "courrier")
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.history.rowCount() == 2  # the first record is kept
    assert page.grid.item(1, 0).text().startswith("Withdrawn ")
    assert labels_count(window, qtbot) == (0, ["courrier refusé ou retiré"])


def test_restrict_then_erase_from_the_sheet(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = add(ctx, "Effacee", notes="Voisine du domaine")
    page = consents_tab(window, cid)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Conteste son adresse", True))
    page.restrict_action.trigger()
    sheet = window.contacts.sheet
    assert "Restricted (GDPR)" in sheet.explanation.text()
    assert page.banner.isVisible() and "Conteste son adresse" in page.banner.text()
    assert labels_count(window, qtbot)[1] == ["limité (RGPD), jamais sélectionné"]

    page = consents_tab(window, cid)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.erase_action.trigger()
    assert sheet.title.text() == "Contact effacé"
    assert not page.add_button.isEnabled() and not page.erase_action.isEnabled()
    with ctx.uow() as uow:
        erased = uow.session.get(Contact, cid)
        assert erased is not None and (erased.notes, erased.last_name) == ("", "")
        assert [a for _w, _u, a, _b in gdpr.requests_log(uow.session)] == ["erase", "restrict"]


def test_sensitive_notes_are_warned_and_not_saved_unless_confirmed(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = add(ctx, "Sante")
    consents_tab(window, cid)
    sheet = window.contacts.sheet
    sheet.tabs.setCurrentWidget(sheet.tabs.details)
    warned: list[str] = []

    def answer(no: bool):  # type: ignore[no-untyped-def]
        def warning(_parent, _title, text, *_a):  # type: ignore[no-untyped-def]
            warned.append(text)
            return QMessageBox.StandardButton.No if no else QMessageBox.StandardButton.Yes
        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(no=True))
    sheet.notes.setPlainText("Diabétique, préfère les vins secs")
    assert not sheet.save()
    assert "santé (« diabetique »)" in warned[0]
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, cid).notes == ""
    monkeypatch.setattr(QMessageBox, "warning", answer(no=False))
    assert sheet.save()
    with ctx.uow() as uow:
        assert contacts.get_contact(uow.session, cid).notes.startswith("Diabétique")


def test_register_and_retention_in_settings(
    window: MainWindow, ctx: AppContext, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    section = window.settings.gdpr
    window.settings.tabs.setCurrentWidget(section)
    register = section.register
    section.setCurrentWidget(register)
    out = tmp_path / "registre.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    register.print_pdf()
    assert not out.exists() and "controller" not in register.status.text()
    assert "responsable du traitement" in register.status.text()
    register.boxes["controller"].setPlainText("Domaine des Tilleuls, 33330 Saint-Émilion")
    register.print_pdf()
    assert out.exists()
    section.setCurrentWidget(section.retention)
    qtbot.waitUntil(lambda: section.retention.worker is None)  # reviewed in a worker
    assert section.retention.count.text() == "0 contact(s) to review"
