"""The Settings page: categories, contact types, custom fields, language, storage."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.store import StoreConfig
from app.services.users import Right
from app.ui.context import AppContext
from app.ui.i18n import LANGUAGES, chosen_language, set_language
from app.ui.settings_cadences import CadencesSection
from app.ui.settings_categories import CategoriesSection
from app.ui.settings_common import hint
from app.ui.settings_fields import CustomFieldsSection
from app.ui.settings_gdpr import GdprSection
from app.ui.settings_store import NextStoreChoice
from app.ui.settings_types import ContactTypesSection
from app.ui.settings_users import UsersSection


class LanguageSection(QWidget):
    """The interface language, saved in QSettings and used at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        for code, name in LANGUAGES.items():  # each language named in itself: no tr()
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen_language())))
        self.combo.currentIndexChanged.connect(
            lambda _index: set_language(str(self.combo.currentData()))
        )
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.combo)
        form.addRow(hint(self.tr("The new language applies at the next start.")))


class StoreSection(QWidget):
    """Where the data and its backups live, read-only and selectable."""

    def __init__(self, store: StoreConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url_edit = self._read_only(store.shown_url)
        self.backup_edit = self._read_only(str(store.backup_dir))
        form = QFormLayout(self)
        form.addRow(self.tr("Database:"), self.url_edit)
        form.addRow(self.tr("Backup folder:"), self.backup_edit)
        self.next_store = NextStoreChoice()
        form.addRow(self.tr("At next start:"), self.next_store)
        form.addRow(hint(self.tr(
            "The --db option of the command line takes precedence over this choice."
        )))

    @staticmethod
    def _read_only(text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setReadOnly(True)
        edit.setCursorPosition(0)
        return edit


class SettingsView(QWidget):
    """The "Settings" page of the main window, one tab per section."""

    settings_changed = Signal()  # types, custom fields or categories changed: reload the table

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories = CategoriesSection(ctx)
        self.cadences = CadencesSection(ctx)
        self.gdpr = GdprSection(ctx)
        self.types = ContactTypesSection(ctx)
        self.fields = CustomFieldsSection(ctx)
        self.language = LanguageSection()
        self.store = StoreSection(ctx.store)
        self.users = UsersSection(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.categories, self.tr("Categories"))
        self.tabs.addTab(self.cadences, self.tr("Follow-up rhythms"))
        self.tabs.addTab(self.types, self.tr("Contact types"))
        self.tabs.addTab(self.fields, self.tr("Custom fields"))
        self.tabs.addTab(self.gdpr, self.tr("GDPR"))
        self.tabs.addTab(self.language, self.tr("Language"))
        self.tabs.addTab(self.store, self.tr("Storage"))
        self.tabs.addTab(self.users, self.tr("Users"))
        admin = ctx.can(Right.ADMIN)
        for section in (self.categories, self.cadences, self.types, self.fields, self.gdpr,
                        self.users):
            section.setEnabled(admin)  # the services refuse too; greyed says so before
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        for changed in (self.categories.applied, self.cadences.applied, self.types.changed,
                        self.fields.changed):
            changed.connect(self.settings_changed)

    def reload(self) -> None:
        """Refresh the lists (counts of contacts per type change as contacts are edited)."""
        self.types.reload()
        self.fields.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.reload()
        super().showEvent(event)

    def is_busy(self) -> bool:
        """A recompute or a re-planning is being written."""
        return self.categories.is_busy() or self.cadences.is_busy()
