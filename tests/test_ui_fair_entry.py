"""Saisie salon, typed with the keyboard in the real window: three cards, one a duplicate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models import Contact
from app.services import consents, contacts, events
from app.services.contacts import ContactData
from app.ui.context import AppContext
from app.ui.main_window import MainWindow


def type_card(qtbot: QtBot, dialog, **fields: str) -> None:  # type: ignore[no-untyped-def]
    """Tab from field to field as a user would, then Enter on the last one."""
    dialog.first_name.setFocus()
    order = ["first_name", "last_name", "company", "email", "phone", "postal_code", "city"]
    for name in order:
        widget = getattr(dialog, name)
        widget.setFocus()
        if name in fields:
            qtbot.keyClicks(widget, fields[name])
    qtbot.keyClick(dialog.city, Qt.Key.Key_Return)


def test_three_cards_one_a_duplicate(ctx: AppContext, qtbot: QtBot) -> None:
    with ctx.uow() as uow:
        known = contacts.create_contact(uow.session, ContactData(
            last_name="Moreau", first_name="Julie", emails=["julie@domaine-moreau.fr"],
            postal_code="33250", city="Pauillac")).id
        uow.commit()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    dialog = window.fair_entry()
    qtbot.waitUntil(lambda: dialog.index is not None)
    qtbot.keyClicks(dialog.event.lineEdit(), "Salon des vins de Bordeaux")

    dialog.kind.setCurrentIndex(dialog.kind.findData("professionnel"))
    type_card(qtbot, dialog, first_name="Paul", last_name="Girard", company="Cave Girard",
              email="paul@cave-girard.fr", phone="05 56 00 00 01", postal_code="33000",
              city="Bordeaux")
    assert dialog.saved == 1 and dialog.first_name.text() == "" and dialog.first_name.hasFocus()
    assert dialog.kind.currentData() == "professionnel"  # remembered for the next card

    dialog.kind.setCurrentIndex(dialog.kind.findData("particulier"))
    dialog.offers.setChecked(True)  # asked, and she said yes
    type_card(qtbot, dialog, first_name="Anne", last_name="Roux", email="anne.roux@example.fr",
              postal_code="33500", city="Libourne")
    assert dialog.saved == 2 and not dialog.offers.isChecked()  # the next card starts unticked

    # Julie Moreau again: the file already has her; F2 opens her sheet instead.
    for name, text in (("first_name", "Julie"), ("last_name", "Moreau"),
                       ("email", "julie@domaine-moreau.fr")):
        qtbot.keyClicks(getattr(dialog, name), text)
    dialog.timer.timeout.emit()
    assert dialog.matches.count() == 1
    assert dialog.matches.item(0).text() == "MOREAU Julie (Pauillac) — même e-mail"
    qtbot.keyClick(dialog, Qt.Key.Key_F2)
    assert window.contacts.sheet.current_id() == known
    assert dialog.saved == 2 and dialog.last_name.text() == ""

    with ctx.uow() as uow:
        s = uow.session
        fair = events.find_or_create(s, "Salon des vins de Bordeaux")
        met = set(events.contacts_met(s, fair))
        girard = s.scalar(select(Contact).where(Contact.last_name == "Girard"))
        roux = s.scalar(select(Contact).where(Contact.last_name == "Roux"))
        assert girard is not None and roux is not None
        assert met == {girard.id, roux.id, known}  # Julie was met there too
        assert (girard.kind, girard.origin_event_id, girard.origin_kind) == (
            "professionnel", fair, "salon")
        assert consents.current(s, roux.id)[("email", "offers")].status == "granted"
        assert consents.current(s, girard.id) == {}  # not ticked: nothing recorded
        assert s.scalar(select(Contact.id).where(Contact.last_name == "Moreau")) == known
