"""Settings > Storage: the database this PC opens at its next start (kept in QSettings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool

from app.services import store_choice
from app.services.errors import StoreError
from app.services.store import config_for
from app.ui import settings_store
from app.ui.settings_store import NextStoreChoice, chosen_store


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp):
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("FichierClientTests")
    QCoreApplication.setApplicationName("store-choice-tests")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    yield
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(settings_store, "show_error", lambda _parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def choice(qtbot):
    widget = NextStoreChoice()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_server_url_is_saved_for_the_next_start(qtbot, choice, errors):
    assert chosen_store() is None
    choice.edit.setText("  postgresql://anne@serveur-bureau/fichier ")
    qtbot.mouseClick(choice.save_button, Qt.MouseButton.LeftButton)
    assert not errors
    assert chosen_store() == "postgresql://anne@serveur-bureau/fichier"
    # what app/main.py opens when no --db is given: the server, through psycopg
    assert config_for(chosen_store()).url == "postgresql+psycopg://anne@serveur-bureau/fichier"
    assert NextStoreChoice().edit.text() == "postgresql://anne@serveur-bureau/fichier"


def test_an_empty_choice_means_this_pcs_own_file(qtbot, choice, errors):
    settings_store.set_chosen_store("/somewhere/else.db")
    choice.edit.setText("")
    qtbot.mouseClick(choice.save_button, Qt.MouseButton.LeftButton)
    assert chosen_store() is None
    assert config_for(chosen_store()).url.endswith("fichier-client.db")


@pytest.mark.parametrize("bad, message", [
    ("mysql://anne@serveur/fichier", "Seuls les serveurs PostgreSQL"),
    ("postgresql://", "Indiquez le serveur et le nom de la base"),
    ("relative/fichier.db", "chemin complet"),
])
def test_a_wrong_choice_is_refused_and_not_saved(qtbot, choice, errors, bad, message):
    settings_store.set_chosen_store("/kept/fichier.db")
    choice.edit.setText(bad)
    qtbot.mouseClick(choice.save_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and message in str(errors[0])
    assert chosen_store() == "/kept/fichier.db"


def test_a_folder_is_refused(tmp_path: Path):
    with pytest.raises(StoreError, match="est un dossier"):
        store_choice.check_choice(str(tmp_path))


def test_the_test_button_reaches_the_store_off_the_gui_thread(qtbot, choice, factory,
                                                              store_config, errors):
    url = store_config.url
    choice.edit.setText(url if url.startswith("postgresql") else url.removeprefix("sqlite:///"))
    qtbot.mouseClick(choice.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: choice.check_button.isEnabled(), timeout=10_000)
    assert not errors
    expected = "Base Fichier client à jour" if "://" in choice.edit.text() else "Fichier existant"
    assert expected in choice.status.text()


def test_an_unreachable_server_says_so_in_french(qtbot, choice, errors):
    choice.edit.setText("postgresql://anne:x@127.0.0.1:1/fichier")
    qtbot.mouseClick(choice.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: choice.check_button.isEnabled(), timeout=10_000)
    assert len(errors) == 1 and "Connexion impossible" in str(errors[0])
    assert "x@" not in str(errors[0])  # the password is never shown

