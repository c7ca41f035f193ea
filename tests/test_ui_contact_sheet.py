"""The contact sheet on a real SQLite store: typing, saving, errors inline, postal help, pins."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from app.services import contacts, custom_fields, postal
from app.services.contact_query import count_contacts
from app.services.contacts import ContactData
from app.ui import contact_sheet as sheet_module
from app.ui.contact_sheet import ContactSheet
from app.ui.context import AppContext


@pytest.fixture
def sheet(ctx: AppContext, qtbot: QtBot) -> ContactSheet:
    widget = ContactSheet(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """Error dialogs recorded instead of shown (a modal box would block the test)."""
    shown: list[BaseException] = []
    monkeypatch.setattr(sheet_module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


def stored(ctx: AppContext, contact_id: int) -> ContactData:
    with ctx.uow() as uow:
        return contacts.contact_data(contacts.get_contact(uow.session, contact_id))


def add_contact(ctx: AppContext, **fields: Any) -> int:
    with ctx.uow() as uow:
        contact_id = contacts.create_contact(uow.session, ContactData(**fields)).id
        uow.commit()
    return contact_id


def count(ctx: AppContext) -> int:
    with ctx.uow() as uow:
        return count_contacts(uow.session)


def type_in(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type like a user, then Enter, which ends the editing as leaving the box does.

    QTest only types ASCII keys; accented letters are inserted as an input method would.
    """
    edit.setFocus()
    for char in text:
        qtbot.keyClicks(edit, char) if char.isascii() else edit.insert(char)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_new_sheet_is_blank_particulier_in_france(sheet: ContactSheet) -> None:
    sheet.new_contact()
    assert sheet.current_id() is None and not sheet.is_dirty()
    assert sheet.title.text() == "New contact" and not sheet.pin_button.isEnabled()
    assert sheet.kind.value() == "particulier" and sheet.country.value() == "FR"
    assert not any(b.isChecked() for b in (sheet.good_payer, sheet.tough_negotiator,
                                           sheet.in_difficulty))
    assert sheet.kind.hasFocus()


def test_typed_contact_is_saved_normalised(ctx: AppContext, sheet: ContactSheet,
                                           qtbot: QtBot) -> None:
    sheet.new_contact()
    type_in(qtbot, sheet.first_name, "Hélène")
    type_in(qtbot, sheet.last_name, "Lefèvre")
    type_in(qtbot, sheet.lines.emails[0], "H.Lefevre@Exemple.FR")
    type_in(qtbot, sheet.lines.landline, "05 57 24 70 71")
    type_in(qtbot, sheet.lines.mobile, "0612345678")
    type_in(qtbot, sheet.tags, "salon 2024, bio")
    assert sheet.lines.mobile.text() == "06 12 34 56 78"  # tidied when the box is left
    assert sheet.is_dirty() and sheet.save_button.isEnabled()
    with qtbot.waitSignal(sheet.contact_saved) as saved:
        qtbot.mouseClick(sheet.save_button, Qt.MouseButton.LeftButton)
    data = stored(ctx, saved.args[0])
    assert (data.first_name, data.last_name) == ("Hélène", "Lefèvre")
    assert data.emails == ["H.Lefevre@exemple.fr"]
    assert data.phones == ["+33557247071", "+33612345678"]
    assert data.tags == ["bio", "salon 2024"]
    assert (data.kind, data.country, data.good_payer) == ("particulier", "FR", False)
    assert sheet.current_id() == saved.args[0] and not sheet.is_dirty()
    assert sheet.title.text() == "LEFÈVRE Hélène"
    assert sheet.category.text() == "Suspect"


def test_tags_complete_the_last_tag_only(ctx: AppContext, sheet: ContactSheet,
                                         qtbot: QtBot) -> None:
    add_contact(ctx, last_name="Martin", tags=["bio", "VIP"])
    sheet.new_contact()
    sheet.tags.setFocus()
    qtbot.keyClicks(sheet.tags, "salon, v")
    popup = sheet.tags_completer.popup()
    assert popup.isVisible() and sheet.tags_completer.currentCompletion() == "salon, VIP"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert sheet.tags.text() == "salon, VIP"


def test_invalid_email_is_shown_inline_and_nothing_is_saved(
    ctx: AppContext, sheet: ContactSheet, qtbot: QtBot
) -> None:
    sheet.new_contact()
    type_in(qtbot, sheet.last_name, "Durand")
    type_in(qtbot, sheet.lines.emails[0], "durand@")
    assert "L'adresse e-mail « durand@ » n'est pas valide" in sheet.field_error("emails")
    assert not sheet.save()
    assert "L'adresse e-mail « durand@ » n'est pas valide" in sheet.field_error("emails")
    assert count(ctx) == 0
    assert sheet.lines.emails[0].text() == "durand@" and sheet.last_name.text() == "Durand"
    assert sheet.is_dirty()


def test_every_service_error_is_shown_under_its_field(ctx: AppContext,
                                                      sheet: ContactSheet) -> None:
    sheet.new_contact()
    sheet.postal_code.setText("ABC")
    sheet.birth_date.setText("31/02/1970")
    sheet.lines.mobile.setText("12")
    assert not sheet.save()
    assert "Indiquez au moins un nom" in sheet.field_error("last_name")
    assert "5 chiffres" in sheet.field_error("postal_code")
    assert "DD/MM/YYYY" in sheet.field_error("birth_date")
    assert "Le numéro « 12 »" in sheet.field_error("phones")
    assert count(ctx) == 0
    sheet.last_name.setText("Durand")
    sheet.postal_code.setText("33000")
    sheet.birth_date.setText("14/07/1975")
    sheet.lines.mobile.setText("")
    assert sheet.save()
    assert sheet.field_error("last_name") == ""
    assert stored(ctx, sheet.current_id()).birth_date.isoformat() == "1975-07-14"  # type: ignore


def test_a_unique_postal_code_fills_the_city(sheet: ContactSheet, qtbot: QtBot) -> None:
    sheet.new_contact()
    qtbot.keyClicks(sheet.postal_code, "33000")
    assert sheet.city.text() == "Bordeaux"


def test_postal_code_33330_offers_its_communes_and_fills_saint_emilion(
    sheet: ContactSheet, qtbot: QtBot
) -> None:
    sheet.new_contact()
    sheet.postal_code.setFocus()
    qtbot.keyClicks(sheet.postal_code, "33330")
    offered = sheet.postal.offered()
    assert "33330 – Saint-Émilion" in offered and len(offered) > 1
    popup = sheet.postal.code_popup.popup()
    popup.setCurrentIndex(popup.model().index(offered.index("33330 – Saint-Émilion"), 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert sheet.city.text() == "Saint-Émilion"
    assert sheet.postal_code.text() == "33330"


def test_enter_without_a_choice_closes_the_list_and_fills_nothing(
    sheet: ContactSheet, qtbot: QtBot
) -> None:
    sheet.new_contact()
    qtbot.keyClicks(sheet.postal_code, "33330")
    popup = sheet.postal.code_popup.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert not popup.isVisible() and sheet.city.text() == ""
    qtbot.keyClick(sheet.postal_code, Qt.Key.Key_Backspace)
    qtbot.keyClicks(sheet.postal_code, "0")
    qtbot.keyClick(popup, Qt.Key.Key_Down)  # the first commune, chosen on purpose
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert sheet.city.text() == postal.communes_for_code("33330")[0].name


def test_a_city_already_typed_is_kept_when_its_code_has_several_communes(
    sheet: ContactSheet, qtbot: QtBot
) -> None:
    sheet.new_contact()
    sheet.city.setText("Vignonet")
    qtbot.keyClicks(sheet.postal_code, "33330")
    assert sheet.city.text() == "Vignonet" and sheet.postal.offered() == []


def test_typing_a_city_offers_its_codes(sheet: ContactSheet, qtbot: QtBot) -> None:
    sheet.new_contact()
    sheet.city.setFocus()
    qtbot.keyClicks(sheet.city, "saint emil")
    assert "33330 – Saint-Émilion" in sheet.postal.offered()
    sheet.postal.choose("33330 – Saint-Émilion")
    assert (sheet.postal_code.text(), sheet.city.text()) == ("33330", "Saint-Émilion")


def test_no_postal_help_abroad(sheet: ContactSheet, qtbot: QtBot) -> None:
    sheet.new_contact()
    sheet.country.set_value("BE")
    qtbot.keyClicks(sheet.postal_code, "33000")
    assert sheet.city.text() == "" and sheet.postal.offered() == []


def test_open_shows_the_stored_contact(ctx: AppContext, sheet: ContactSheet) -> None:
    cid = add_contact(ctx, kind="professionnel", contact_type="caviste", civility="M.",
                      first_name="Jean", last_name="Martin", company="Cave Martin",
                      emails=["jean@cave.fr"], phones=["+33612345678", "+33556123456"],
                      address_line4="12 rue des Vignes", postal_code="33000", city="Bordeaux",
                      country="FR", origin_kind="salon", importance=2, good_payer=True,
                      tags=["VIP"], notes="Aime le merlot")
    sheet.open_contact(cid)
    assert sheet.current_id() == cid and not sheet.is_dirty()
    assert (sheet.first_name.text(), sheet.last_name.text()) == ("Jean", "Martin")
    assert sheet.kind.value() == "professionnel" and sheet.contact_type.value() == "caviste"
    assert sheet.civility.value() == "M." and sheet.origin_kind.value() == "salon"
    assert sheet.lines.emails[0].text() == "jean@cave.fr"
    assert sheet.lines.landline.text() == "05 56 12 34 56"
    assert sheet.lines.mobile.text() == "06 12 34 56 78"
    assert sheet.address_line4.text() == "12 rue des Vignes" and sheet.city.text() == "Bordeaux"
    assert sheet.importance.value() == 2 and sheet.good_payer.isChecked()
    assert sheet.tags.text() == "VIP" and sheet.notes.toPlainText() == "Aime le merlot"
    assert sheet.title.text() == "MARTIN Jean"
    assert sheet.explanation.text().startswith("Suspect")
    assert sheet.pin_button.isEnabled()


def test_edit_and_save_updates_the_store(ctx: AppContext, sheet: ContactSheet,
                                         qtbot: QtBot) -> None:
    cid = add_contact(ctx, last_name="Martin", city="Bordeaux", phones=["0612345678"])
    sheet.open_contact(cid)
    with qtbot.waitSignal(sheet.dirty_changed) as became:
        sheet.city.clear()
        qtbot.keyClicks(sheet.city, "Libourne")
    assert became.args == [True]
    sheet.importance.set_value(3)
    sheet.in_difficulty.setChecked(True)
    with qtbot.waitSignal(sheet.contact_saved):
        qtbot.keyClick(sheet.city, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    data = stored(ctx, cid)
    assert (data.city, data.importance, data.in_difficulty) == ("Libourne", 3, True)
    assert data.phones == ["+33612345678"]  # untouched fields survive the round trip
    assert not sheet.is_dirty()
    sheet.city.setText("Paris")
    sheet.revert()
    assert sheet.city.text() == "Libourne" and not sheet.is_dirty()


def test_someone_elses_save_in_between_is_merged_with_the_typing(
    ctx: AppContext, sheet: ContactSheet, errors_shown: list[BaseException]
) -> None:
    cid = add_contact(ctx, last_name="Martin")
    sheet.open_contact(cid)
    with ctx.uow() as uow:
        contacts.update_contact(uow.session, cid, ContactData(last_name="Martin-Dupuis"), 1)
        uow.commit()
    sheet.city.setText("Pauillac")
    assert sheet.save(), errors_shown
    saved = stored(ctx, cid)
    assert (saved.last_name, saved.city) == ("Martin-Dupuis", "Pauillac")
    assert sheet.last_name.text() == "Martin-Dupuis" and not sheet.is_dirty()


def test_custom_field_of_each_type_round_trips(ctx: AppContext, sheet: ContactSheet) -> None:
    with ctx.uow() as uow:
        s = uow.session
        ids = {kind: custom_fields.save_field(s, kind.title(), kind).id
               for kind in ("text", "number", "date", "bool")}
        ids["choice"] = custom_fields.save_field(s, "Couleur", "choice", ["Rouge", "Blanc"]).id
        uow.commit()
    sheet.reload_definitions()
    assert sheet.custom_group.isVisibleTo(sheet)
    editors = sheet.custom.editors
    sheet.new_contact()
    sheet.last_name.setText("Martin")
    editors[ids["text"]].setText("Merlot")  # type: ignore[attr-defined]
    editors[ids["number"]].setText("12,5")  # type: ignore[attr-defined]
    editors[ids["date"]].setText("14/07/2020")  # type: ignore[attr-defined]
    editors[ids["bool"]].setChecked(True)  # type: ignore[attr-defined]
    editors[ids["choice"]].set_value("Rouge")  # type: ignore[attr-defined]
    assert sheet.save()
    cid = sheet.current_id()
    assert cid is not None
    assert stored(ctx, cid).custom == {ids["text"]: "Merlot", ids["number"]: "12.5",
                                       ids["date"]: "2020-07-14", ids["bool"]: "oui",
                                       ids["choice"]: "Rouge"}
    sheet.new_contact()
    sheet.open_contact(cid)
    assert editors[ids["date"]].text() == "14/07/2020"  # type: ignore[attr-defined]
    assert editors[ids["bool"]].isChecked()  # type: ignore[attr-defined]
    assert editors[ids["choice"]].value() == "Rouge"  # type: ignore[attr-defined]
    editors[ids["bool"]].setChecked(False)  # type: ignore[attr-defined]
    editors[ids["number"]].setText("beaucoup")  # type: ignore[attr-defined]
    assert not sheet.save()
    assert "attend un nombre" in sheet.field_error(f"custom:{ids['number']}")
    editors[ids["number"]].setText("")  # type: ignore[attr-defined]
    assert sheet.save()
    custom = stored(ctx, cid).custom
    assert custom[ids["bool"]] == "non" and ids["number"] not in custom


def test_a_custom_field_removed_in_settings_leaves_the_sheet_working(
    ctx: AppContext, sheet: ContactSheet
) -> None:
    with ctx.uow() as uow:
        field = custom_fields.save_field(uow.session, "Surface", "number")
        uow.commit()
    sheet.reload_definitions()
    cid = add_contact(ctx, last_name="Martin", custom={field.id: "3"})
    sheet.open_contact(cid)
    assert sheet.custom.editors[field.id].text() == "3"  # type: ignore[attr-defined]
    with ctx.uow() as uow:
        custom_fields.delete_field(uow.session, field.id)
        uow.commit()
    sheet.reload_definitions()
    assert not sheet.custom_group.isVisibleTo(sheet)
    sheet.city.setText("Margaux")
    assert sheet.save()
    assert stored(ctx, cid).city == "Margaux"


def test_pin_and_unpin_a_category(ctx: AppContext, sheet: ContactSheet, qtbot: QtBot,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cid = add_contact(ctx, last_name="Martin")
    sheet.open_contact(cid)
    sheet.city.setText("Pauillac")  # typed but not saved: the pin must not lose it
    answers = iter([("Active client", True), ("No pin: computed category", True)])
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: next(answers))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("ami du domaine", True))
    with qtbot.waitSignal(sheet.contact_saved):
        qtbot.mouseClick(sheet.pin_button, Qt.MouseButton.LeftButton)
    assert sheet.category.text() == "Active client"
    assert "fixé à la main : ami du domaine" in sheet.explanation.text()
    assert sheet.city.text() == "Pauillac" and sheet.is_dirty()
    with qtbot.waitSignal(sheet.contact_saved):
        qtbot.mouseClick(sheet.pin_button, Qt.MouseButton.LeftButton)
    assert sheet.category.text() == "Suspect"
    assert sheet.save()  # the pin did not make the open version stale
    assert stored(ctx, cid).city == "Pauillac"


def test_reload_definitions_keeps_what_is_typed(ctx: AppContext, sheet: ContactSheet) -> None:
    sheet.new_contact()
    sheet.contact_type.set_value("caviste")
    with ctx.uow() as uow:
        from app.services import contact_types

        contact_types.add_type(uow.session, "Sommelier")
        uow.commit()
    sheet.reload_definitions()
    assert sheet.contact_type.value() == "caviste"
    assert sheet.contact_type.findData("sommelier") > 0


def test_tab_follows_the_visual_order(sheet: ContactSheet, qtbot: QtBot) -> None:
    """A whole card can be typed with the keyboard: Tab walks the fields top to bottom."""
    lines = sheet.lines
    order = [sheet.kind, sheet.contact_type, sheet.civility, sheet.first_name, sheet.last_name,
             sheet.company, sheet.job_title, *lines.emails, lines.landline, lines.mobile,
             lines.other, sheet.address_line2, sheet.address_line3, sheet.address_line4,
             sheet.address_line5, sheet.postal_code, sheet.city, sheet.country, sheet.language,
             sheet.origin_kind, sheet.origin_event, sheet.origin_detail, sheet.origin_date,
             sheet.importance, sheet.good_payer, sheet.tough_negotiator, sheet.in_difficulty,
             sheet.tags, sheet.birth_date, sheet.notes]
    sheet.activateWindow()
    sheet.new_contact()
    for expected in order[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert expected in (focused, focused.parentWidget()), (expected, focused)
