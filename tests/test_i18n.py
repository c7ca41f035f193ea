"""The French translation: complete, in sync with the tr() strings of app/, and really loaded."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.context import AppContext

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "fichier_client_fr.ts"
QM = TS.with_suffix(".qm")
# The options of `make translations`: options first, then the folder (lupdate reads its
# arguments in order, so an `-extensions py` after `app` would find no Python file).
LUPDATE_OPTIONS = ["-extensions", "py", "-no-obsolete", "-locations", "relative",
                   "-source-language", "en", "-target-language", "fr_FR"]
PLACEHOLDER = re.compile(r"\{\d*\}|%n|%L?\d+")
FRENCH_PLURAL_FORMS = 2  # French: one form for 0 and 1, one for the rest

Key = tuple[str, str, str]  # context, source, disambiguation comment


def qt_tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease of the running venv, else from PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def messages(path: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_every_message_has_a_finished_french_translation() -> None:
    problems = []
    plurals = 0
    for (context, source, _comment), message in messages(TS).items():
        translation = message.find("translation")
        assert translation is not None
        where = f"[{context}] {source!r}"
        if translation.get("type"):  # unfinished, vanished or obsolete
            problems.append(f"{where}: type={translation.get('type')}")
            continue
        if message.get("numerus") == "yes":
            plurals += 1
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if len(forms) != FRENCH_PLURAL_FORMS:
                problems.append(f"{where}: {len(forms)} plural forms, French needs 2")
        else:
            forms = [translation.text or ""]
        for form in forms:
            if not form.strip():
                problems.append(f"{where}: empty translation")
            elif placeholders(form) != placeholders(source):
                problems.append(f"{where}: placeholders {placeholders(form)} in {form!r}, "
                                f"{placeholders(source)} in the source")
    assert not problems, "\n".join(problems)
    assert plurals > 0  # the %n messages are declared numerus and translated as such


def test_the_ts_covers_every_tr_string_of_app(tmp_path: Path) -> None:
    """lupdate on a copy of the .ts finds no new (and no removed) source text."""
    lupdate = qt_tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed (it comes with PySide6, in .venv/bin)")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    done = subprocess.run(
        [lupdate, *LUPDATE_OPTIONS, str(ROOT / "app"), "-ts", str(copy)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    before, after = set(messages(TS)), set(messages(copy))
    new = sorted(after - before)
    gone = sorted(before - after)
    hint = "run `make translations`, then translate the new texts (scripts/translate_fill.py)"
    assert not new, f"tr() texts missing from {TS.name} ({hint}):\n" + "\n".join(map(str, new))
    assert not gone, f"texts no longer in app/ still in {TS.name} ({hint}):\n" + "\n".join(
        map(str, gone))


def test_the_qm_is_compiled_from_the_current_ts(tmp_path: Path) -> None:
    lrelease = qt_tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed (it comes with PySide6, in .venv/bin)")
    fresh = tmp_path / QM.name
    done = subprocess.run([lrelease, str(TS), "-qm", str(fresh)], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert fresh.read_bytes() == QM.read_bytes(), (
        f"{QM.name} is older than {TS.name}: run `make translations`"
    )


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    """The French translators, removed afterwards so other tests see the English sources."""
    from app.ui.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "fr")
    try:
        assert any(t.language().startswith("fr") and not t.isEmpty() for t in translators), (
            "resources/i18n/fichier_client_fr.qm did not load"
        )
        yield
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)


def test_the_main_window_speaks_french(french: None, ctx: AppContext, qtbot: QtBot) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    sidebar = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert sidebar == ["Contacts", "Agenda", "Événements", "Mailing", "Statistiques", "Paramètres"]
    view = window.contacts
    assert view.new_button.text() == "Nouveau contact"
    assert view.restore_button.text() == "Restaurer"
    assert view.purge_button.text() == "Supprimer définitivement"
    assert view.empty_button.text() == "Vider la corbeille"
    assert view.sheet.save_button.text() == "Enregistrer"
    assert view.sheet.revert_button.text() == "Annuler les modifications"
    assert view.filters.trash.text() == "Corbeille"
    assert window.settings.tabs.tabText(0) == "Catégories"


def test_plurals_and_contexts_in_french(french: None) -> None:
    translate = QCoreApplication.translate
    assert translate("ContactsView", "%n contact(s) in the trash", "", 0) == \
        "0 contact dans la corbeille"
    assert translate("ContactsView", "%n contact(s) in the trash", "", 1) == \
        "1 contact dans la corbeille"
    assert translate("ContactsView", "%n contact(s) in the trash", "", 3) == \
        "3 contacts dans la corbeille"
    assert translate("categories", "Hot prospect") == "Prospect chaud"
    assert translate("Countries", "Germany") == "Allemagne"


def test_english_again_once_the_translators_are_removed(qapp: QApplication) -> None:
    from app.ui.i18n import install_translators

    locale = QLocale()
    translators = install_translators(qapp, "fr")
    assert QCoreApplication.translate("MainWindow", "Settings") == "Paramètres"
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)
    assert QCoreApplication.translate("MainWindow", "Settings") == "Settings"


def test_the_french_table_has_no_stale_entry() -> None:
    """A text removed from the code goes from scripts/translate_fill.py too."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from translate_fill import FRENCH
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    found = messages(TS)
    sources = {source for _context, source, _comment in found}
    pairs = {(context, source) for context, source, _comment in found}
    stale = [key for key in FRENCH
             if (key not in sources if isinstance(key, str) else tuple(key) not in pairs)]
    assert stale == []
