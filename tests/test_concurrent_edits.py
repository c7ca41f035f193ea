"""Two people saving the same contact never overwrite each other silently."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from app.services import contacts
from app.services.contacts import ContactData
from app.services.errors import ConcurrentEditError
from app.services.uow import UnitOfWork
from app.ui import contact_sheet as sheet_module
from app.ui.conflict_dialog import ConflictDialog
from app.ui.contact_sheet import ContactSheet
from app.ui.context import AppContext


def opened(factory: sessionmaker[Session], cid: int) -> tuple[ContactData, int]:
    """What a sheet holds after opening the contact: its values and version."""
    with UnitOfWork(factory) as uow:
        contact = contacts.get_contact(uow.session, cid)
        return contacts.contact_data(contact), contact.version


def save(factory: sessionmaker[Session], cid: int, data: ContactData, version: int,
         base: ContactData | None) -> None:
    with UnitOfWork(factory) as uow:
        contacts.update_contact(uow.session, cid, data, version, base)
        uow.commit()


@pytest.fixture
def cid(factory: sessionmaker[Session]) -> int:
    with UnitOfWork(factory) as uow:
        contact = contacts.create_contact(uow.session, ContactData(
            last_name="Durand", city="Pauillac", notes="Aime le rouge"))
        uow.commit()
        return contact.id


def test_changes_to_different_fields_are_both_kept(factory: sessionmaker[Session],
                                                   cid: int) -> None:
    anne, anne_version = opened(factory, cid)
    paul, paul_version = opened(factory, cid)
    save(factory, cid, ContactData(**{**vars(paul), "city": "Margaux"}), paul_version, paul)
    save(factory, cid, ContactData(**{**vars(anne), "phones": ["0556000000"]}),
         anne_version, anne)
    final, version = opened(factory, cid)
    assert (final.city, final.phones) == ("Margaux", ["+33556000000"])
    assert version == anne_version + 2


def test_the_same_field_changed_twice_is_a_choice(factory: sessionmaker[Session],
                                                  cid: int) -> None:
    anne, anne_version = opened(factory, cid)
    paul, paul_version = opened(factory, cid)
    save(factory, cid, ContactData(**{**vars(paul), "notes": "Préfère le blanc",
                                      "importance": 2}), paul_version, paul)
    mine = ContactData(**{**vars(anne), "notes": "Commande en décembre"})
    with pytest.raises(ConcurrentEditError) as err:
        save(factory, cid, mine, anne_version, anne)
    clash = err.value
    assert [(c.name, c.mine, c.theirs) for c in clash.clashes] == [
        ("notes", "Commande en décembre", "Préfère le blanc")]
    assert clash.merged.importance == 2  # paul's other change is not lost
    assert "pendant que vous l'éditiez" in str(clash)
    assert opened(factory, cid)[0].notes == "Préfère le blanc"  # nothing written yet
    save(factory, cid, clash.merged, clash.version, clash.theirs)  # anne keeps hers
    final, _ = opened(factory, cid)
    assert (final.notes, final.importance) == ("Commande en décembre", 2)


def test_the_second_save_is_refused_without_what_was_opened(
        factory: sessionmaker[Session], cid: int) -> None:
    data, version = opened(factory, cid)
    save(factory, cid, ContactData(**{**vars(data), "city": "Margaux"}), version, None)
    with pytest.raises(ConcurrentEditError):
        save(factory, cid, ContactData(**{**vars(data), "city": "Listrac"}), version, None)
    assert opened(factory, cid)[0].city == "Margaux"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Error boxes recorded instead of shown (a modal box would block the test)."""
    errors: list[BaseException] = []
    monkeypatch.setattr(sheet_module, "show_error", lambda parent, exc: errors.append(exc))
    return errors


def sheet_then_colleague(ctx: AppContext, qtbot: QtBot, cid: int, **theirs: object
                         ) -> ContactSheet:
    """The contact open in a sheet, then saved by a colleague on another PC."""
    sheet = ContactSheet(ctx)
    qtbot.addWidget(sheet)
    sheet.open_contact(cid)
    other, version = opened(ctx.session_factory, cid)
    save(ctx.session_factory, cid, ContactData(**{**vars(other), **theirs}), version, other)
    return sheet


def test_the_sheet_shows_the_clash_and_saves_the_choice(
        ctx: AppContext, qtbot: QtBot, cid: int, shown: list[BaseException]) -> None:
    sheet = sheet_then_colleague(ctx, qtbot, cid, city="Margaux", importance=3)
    sheet.city.setText("Listrac")
    sheet.notes.setPlainText("Rappeler en mars")
    seen: dict[str, Any] = {}

    def choose(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            if tries:
                QTimer.singleShot(20, lambda: choose(tries - 1))
            return
        seen["fields"] = [c.name for c in dialog.error.clashes]
        seen["text"] = dialog.findChildren(type(dialog.mine["city"]))[0].text()
        dialog.take_theirs("city")
        dialog.accept()

    QTimer.singleShot(0, choose)
    assert sheet.save(), shown
    assert seen["fields"] == ["city"]
    assert seen["text"] == "Margaux"  # their value, shown first
    final, _ = opened(ctx.session_factory, cid)
    assert (final.city, final.notes, final.importance) == ("Margaux", "Rappeler en mars", 3)


def test_cancelling_the_choice_saves_nothing(
        ctx: AppContext, qtbot: QtBot, cid: int, shown: list[BaseException]) -> None:
    sheet = sheet_then_colleague(ctx, qtbot, cid, city="Margaux")
    sheet.city.setText("Listrac")

    def cancel(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()
        elif tries:
            QTimer.singleShot(20, lambda: cancel(tries - 1))

    QTimer.singleShot(0, cancel)
    assert not sheet.save()
    assert "annulée" in str(shown[0])
    assert opened(ctx.session_factory, cid)[0].city == "Margaux"
