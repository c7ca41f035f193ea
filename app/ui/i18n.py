"""Loads the French translation (default) or none (English, the source language)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

LANGUAGES = {"fr": "Français", "en": "English"}


def chosen_language() -> str:
    value = QSettings().value("ui/language", "fr")
    return value if value in LANGUAGES else "fr"


def set_language(code: str) -> None:
    QSettings().setValue("ui/language", code)


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Keep the returned translators alive as long as the application."""
    if language != "fr":
        return []
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    base = QTranslator(app)
    if base.load(QLocale(QLocale.Language.French), "qtbase", "_", qt_dir):
        translators.append(base)
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", "fichier_client_fr.qm"))):
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    return translators
