"""The Settings page, driven like a user would, on a real migrated SQLite file."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from sqlalchemy import select

from app.models import Task
from app.services import contact_types, contacts, custom_fields, journal, settings
from app.services.contacts import ContactData
from app.services.errors import ValidationError
from app.services.store import config_for
from app.ui import settings_common, settings_fields, settings_types
from app.ui.settings_view import SettingsView


@pytest.fixture(autouse=True)
def wait_for_workers(ctx):
    """The Apply worker must not outlive the test's store (ctx comes from conftest.py)."""
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    ctx.session_factory.kw["bind"].dispose()


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp):
    """The language choice goes to QSettings: keep it out of the real user's profile.

    QSettings reads XDG_CONFIG_HOME once per process, so the path is set explicitly.
    """
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("FichierClientTests")
    QCoreApplication.setApplicationName("settings-view-tests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.fixture
def view(qtbot, ctx):
    widget = SettingsView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def errors(monkeypatch):
    """Collect what would be shown in a (blocking) error box."""
    shown: list[BaseException] = []
    monkeypatch.setattr(settings_common, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


def answer_yes(asked: list[str]):
    """A stand-in for the (blocking) confirmation box: records the question, says yes."""

    def confirm(_parent, _title, text, _action) -> bool:
        asked.append(text)
        return True

    return confirm


def click(qtbot, view: SettingsView, section: QWidget, button) -> None:
    view.tabs.setCurrentWidget(section)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def stored_types(ctx) -> dict[str, contact_types.TypeRow]:
    with ctx.uow() as uow:
        return {row.code: row for row in contact_types.list_types(uow.session)}


def stored_fields(ctx) -> list[custom_fields.FieldDef]:
    with ctx.uow() as uow:
        return custom_fields.list_fields(uow.session)


def new_contact(ctx, **fields) -> int:
    with ctx.uow() as uow:
        contact = contacts.create_contact(uow.session, ContactData(**fields))
        uow.commit()
        return contact.id


def proposed_rules(ctx, contact_id: int) -> set[str]:
    with ctx.uow() as uow:
        keys = uow.session.scalars(select(Task.rule_key).where(
            Task.contact_id == contact_id, Task.status == "proposed"))
        return {key.partition(":")[0] for key in keys}


def category_of(ctx, contact_id: int) -> str:
    with ctx.uow() as uow:
        return contacts.get_contact(uow.session, contact_id).category


# Contact types


def test_types_are_listed_with_their_use(view, ctx):
    new_contact(ctx, last_name="Martin", contact_type="caviste")
    view.reload()
    table = view.types.table
    labels = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert "Caviste" in labels
    row = labels.index("Caviste")
    assert table.item(row, 1).text() == "1"
    assert not view.types.rename_button.isEnabled()


def test_add_type_through_the_prompt(qtbot, view, ctx):
    click(qtbot, view, view.types, view.types.add_button)
    prompt = view.types.prompt
    assert prompt is not None and prompt.isVisible()
    prompt.setTextValue("  Sommelier  ")
    with qtbot.waitSignal(view.settings_changed):
        prompt.accept()
    assert stored_types(ctx)["sommelier"].label == "Sommelier"
    assert view.types.selected().label == "Sommelier"
    assert view.types.prompt is None


def test_duplicate_type_is_refused_and_asked_again(qtbot, view, ctx, errors):
    before = len(stored_types(ctx))
    click(qtbot, view, view.types, view.types.add_button)
    view.types.prompt.setTextValue("caviste")
    view.types.prompt.accept()
    assert isinstance(errors[0], ValidationError)
    assert "existe déjà" in str(errors[0])
    assert view.types.prompt is not None and view.types.prompt.textValue() == "caviste"
    assert len(stored_types(ctx)) == before


def test_rename_type(qtbot, view, ctx):
    caviste = stored_types(ctx)["caviste"]
    view.types.select_type(caviste.id)
    click(qtbot, view, view.types, view.types.rename_button)
    prompt = view.types.prompt
    assert prompt.textValue() == "Caviste"
    prompt.setTextValue("Caviste indépendant")
    with qtbot.waitSignal(view.settings_changed):
        prompt.accept()
    assert stored_types(ctx)["caviste"].label == "Caviste indépendant"  # the code stays


def test_delete_type_says_how_many_contacts_lose_it(qtbot, view, ctx, monkeypatch):
    contact_id = new_contact(ctx, last_name="Martin", contact_type="caviste")
    asked: list[str] = []
    monkeypatch.setattr(settings_types, "confirm", answer_yes(asked))
    view.types.select_type(stored_types(ctx)["caviste"].id)
    with qtbot.waitSignal(view.settings_changed):
        click(qtbot, view, view.types, view.types.delete_button)
    assert "Caviste" in asked[0] and "1 contact" in asked[0]
    assert "caviste" not in stored_types(ctx)
    with ctx.uow() as uow:
        contact = contacts.get_contact(uow.session, contact_id)
        assert contact.contact_type_id is None and contact.last_name == "Martin"


def test_delete_type_cancelled_keeps_it(qtbot, view, ctx, monkeypatch):
    monkeypatch.setattr(settings_types, "confirm", lambda *_args: False)
    view.types.select_type(stored_types(ctx)["caviste"].id)
    with qtbot.assertNotEmitted(view.settings_changed):
        click(qtbot, view, view.types, view.types.delete_button)
    assert "caviste" in stored_types(ctx)


# Custom fields


def test_add_choice_field(qtbot, view, ctx):
    click(qtbot, view, view.fields, view.fields.add_button)
    dialog = view.fields.dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.choices_edit.isEnabled()
    qtbot.keyClicks(dialog.label_edit, "Grape variety")  # QTest types ASCII only
    dialog.set_type("choice")
    assert dialog.choices_edit.isEnabled()
    dialog.choices_edit.setPlainText("Syrah\n  Grenache \n\n")
    dialog.show_check.setChecked(True)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(view.settings_changed):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    [field] = stored_fields(ctx)
    assert (field.label, field.field_type, field.choices, field.show_in_table) == (
        "Grape variety", "choice", ("Syrah", "Grenache"), True)
    table = view.fields.table
    assert [table.item(0, col).text() for col in range(3)] == [
        "Grape variety", "Choice list", "Yes"]
    assert view.fields.dialog is None


def test_refused_field_keeps_the_dialog_open(qtbot, view, ctx, errors):
    dialog = view.fields.open_dialog(None)
    dialog.label_edit.setText("Cépage")
    dialog.set_type("choice")  # but no choice typed
    with qtbot.assertNotEmitted(view.settings_changed):
        dialog.accept()
    assert "choices" in errors[0].fields
    assert dialog.isVisible() and dialog.label_edit.text() == "Cépage"
    assert stored_fields(ctx) == []


def test_edit_field(qtbot, view, ctx):
    view.fields.open_dialog(None)
    view.fields.dialog.label_edit.setText("Jour de livraison")
    view.fields.dialog.accept()
    view.fields.table.selectRow(0)
    click(qtbot, view, view.fields, view.fields.edit_button)
    dialog = view.fields.dialog
    assert dialog.label_edit.text() == "Jour de livraison"
    dialog.set_type("date")
    with qtbot.waitSignal(view.settings_changed):
        dialog.accept()
    [field] = stored_fields(ctx)
    assert (field.label, field.field_type, field.show_in_table) == (
        "Jour de livraison", "date", False)


def test_delete_field_after_confirmation(qtbot, view, ctx, monkeypatch):
    view.fields.open_dialog(None)
    view.fields.dialog.label_edit.setText("Cuvée préférée")
    view.fields.dialog.accept()
    asked: list[str] = []
    monkeypatch.setattr(settings_fields, "confirm", answer_yes(asked))
    view.fields.table.selectRow(0)
    with qtbot.waitSignal(view.settings_changed):
        click(qtbot, view, view.fields, view.fields.delete_button)
    assert "Cuvée préférée" in asked[0]
    assert stored_fields(ctx) == []
    assert view.fields.table.rowCount() == 0


# Categories


def test_thresholds_show_the_stored_values(qtbot, ctx):
    with ctx.uow() as uow:
        settings.set_setting(uow.session, "hot_prospect_days", 45)
        uow.commit()
    widget = SettingsView(ctx)
    qtbot.addWidget(widget)
    assert widget.categories.values() == {
        "active_years_particulier": 5, "active_years_professionnel": 1, "hot_prospect_days": 45}
    widget.categories.restore_defaults()
    assert widget.categories.values()["hot_prospect_days"] == 60


def test_apply_thresholds_recomputes_categories(qtbot, view, ctx):
    pro = new_contact(ctx, kind="professionnel", company="Cave du Port")
    with ctx.uow() as uow:
        eighteen_months_ago = date.today() - timedelta(days=548)
        journal.add_order(uow.session, pro, eighteen_months_ago, amount=Decimal("240"))
        uow.commit()
    assert category_of(ctx, pro) == "client_inactif"
    assert proposed_rules(ctx, pro) == {"inactive_call", "inactive_pro_offer",
                                        "inactive_newsletter"}
    section = view.categories
    view.tabs.setCurrentWidget(section)
    section.spins["active_years_professionnel"].setValue(2)
    with qtbot.waitSignal(view.settings_changed, timeout=10_000):
        qtbot.mouseClick(section.apply_button, Qt.MouseButton.LeftButton)
        assert section.is_busy() and section.progress.isVisible()
        assert not section.apply_button.isEnabled()
    assert category_of(ctx, pro) == "client_actif"
    assert proposed_rules(ctx, pro) == {"active_contact"}  # at once, not at the next start
    assert "3" in section.status.text()  # the withdrawn proposals are counted
    with ctx.uow() as uow:
        assert settings.get_setting(uow.session, "active_years_professionnel") == 2
    assert not section.is_busy() and not section.progress.isVisible()
    assert section.apply_button.isEnabled()


# Language and storage


def test_language_choice_is_saved_for_next_start(view):
    combo = view.language.combo
    assert combo.currentData() == "fr"
    combo.setCurrentIndex(combo.findData("en"))
    assert QSettings().value("ui/language") == "en"


def test_store_paths_are_shown_read_only(view, ctx):
    assert view.store.url_edit.text() == ctx.store.shown_url
    assert view.store.url_edit.isReadOnly()
    assert view.store.backup_edit.text() == str(ctx.store.backup_dir)


def test_server_password_is_masked():
    assert "secret" not in config_for("postgresql://anne:secret@server/fichier").shown_url
