"""Small field widgets of the contact sheet: choice combos, dates, tags, custom fields.

The e-mail and phone boxes are in sheet_lines.py, the form that lays them out in sheet_form.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.custom_fields import FieldDef

# Stored values are French codes; what the user sees is translated from English sources.
COUNTRIES = {
    "FR": QT_TRANSLATE_NOOP("Countries", "France"),
    "BE": QT_TRANSLATE_NOOP("Countries", "Belgium"),
    "CH": QT_TRANSLATE_NOOP("Countries", "Switzerland"),
    "LU": QT_TRANSLATE_NOOP("Countries", "Luxembourg"),
    "MC": QT_TRANSLATE_NOOP("Countries", "Monaco"),
    "DE": QT_TRANSLATE_NOOP("Countries", "Germany"),
    "GB": QT_TRANSLATE_NOOP("Countries", "United Kingdom"),
    "IE": QT_TRANSLATE_NOOP("Countries", "Ireland"),
    "IT": QT_TRANSLATE_NOOP("Countries", "Italy"),
    "ES": QT_TRANSLATE_NOOP("Countries", "Spain"),
    "PT": QT_TRANSLATE_NOOP("Countries", "Portugal"),
    "NL": QT_TRANSLATE_NOOP("Countries", "Netherlands"),
    "AT": QT_TRANSLATE_NOOP("Countries", "Austria"),
    "DK": QT_TRANSLATE_NOOP("Countries", "Denmark"),
    "SE": QT_TRANSLATE_NOOP("Countries", "Sweden"),
    "NO": QT_TRANSLATE_NOOP("Countries", "Norway"),
    "PL": QT_TRANSLATE_NOOP("Countries", "Poland"),
    "US": QT_TRANSLATE_NOOP("Countries", "United States"),
    "CA": QT_TRANSLATE_NOOP("Countries", "Canada"),
    "BR": QT_TRANSLATE_NOOP("Countries", "Brazil"),
    "JP": QT_TRANSLATE_NOOP("Countries", "Japan"),
    "CN": QT_TRANSLATE_NOOP("Countries", "China"),
    "HK": QT_TRANSLATE_NOOP("Countries", "Hong Kong"),
    "SG": QT_TRANSLATE_NOOP("Countries", "Singapore"),
    "AU": QT_TRANSLATE_NOOP("Countries", "Australia"),
}
LANGUAGES = {
    "fr": QT_TRANSLATE_NOOP("Languages", "French"),
    "en": QT_TRANSLATE_NOOP("Languages", "English"),
    "de": QT_TRANSLATE_NOOP("Languages", "German"),
    "it": QT_TRANSLATE_NOOP("Languages", "Italian"),
    "es": QT_TRANSLATE_NOOP("Languages", "Spanish"),
    "nl": QT_TRANSLATE_NOOP("Languages", "Dutch"),
    "pt": QT_TRANSLATE_NOOP("Languages", "Portuguese"),
    "ja": QT_TRANSLATE_NOOP("Languages", "Japanese"),
    "zh": QT_TRANSLATE_NOOP("Languages", "Chinese"),
}
CIVILITIES = {  # stored as written on French envelopes
    "M.": QT_TRANSLATE_NOOP("ContactSheet", "Mr"),
    "Mme": QT_TRANSLATE_NOOP("ContactSheet", "Mrs"),
    "M. et Mme": QT_TRANSLATE_NOOP("ContactSheet", "Mr and Mrs"),
    "Dr": QT_TRANSLATE_NOOP("ContactSheet", "Dr"),
    "Me": QT_TRANSLATE_NOOP("ContactSheet", "Maître"),
}
ORIGINS = {  # stored in French so that filters and exports read the same in any language
    "salon": QT_TRANSLATE_NOOP("ContactSheet", "Trade fair"),
    "dégustation": QT_TRANSLATE_NOOP("ContactSheet", "Tasting"),
    "recommandation": QT_TRANSLATE_NOOP("ContactSheet", "Recommendation"),
    "fichier acheté": QT_TRANSLATE_NOOP("ContactSheet", "Purchased list"),
    "site web": QT_TRANSLATE_NOOP("ContactSheet", "Website"),
    "portes ouvertes": QT_TRANSLATE_NOOP("ContactSheet", "Open day"),
    "autre": QT_TRANSLATE_NOOP("ContactSheet", "Other"),
}
STARS = [("—", 0), ("★", 1), ("★★", 2), ("★★★", 3)]
_DATE_FORMATS = ("dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "dd-MM-yyyy", "ddMMyyyy", "yyyy-MM-dd")


def translated(context: str, table: Mapping[str, object]) -> list[tuple[str, str]]:
    """(shown text, stored code) pairs of a QT_TRANSLATE_NOOP table."""
    return [(QCoreApplication.translate(context, str(text)), code) for code, text in table.items()]


def error_label() -> QLabel:
    """The red line under a field that says what to correct; hidden while there is nothing."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """`widget` above its error label, as one form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    label = error_label()
    layout.addWidget(label)
    return box, label


class ChoiceCombo(QComboBox):
    """A combo whose items carry a stored value; an editable one also takes typed text."""

    def __init__(self, choices: Iterable[tuple[str, Any]] = (), editable: bool = False) -> None:
        super().__init__()
        self.setEditable(editable)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        self.clear()
        for text, value in choices:
            self.addItem(text, value)

    def value(self) -> Any:
        if not self.isEditable():
            return self.currentData()
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else text

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and self.isEditable():
            self.setCurrentIndex(-1)
            self.setEditText(str(value or ""))
            return
        if index < 0:  # a value from elsewhere (import, older list): shown, never lost
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class DateLineEdit(QLineEdit):
    """A date typed as DD/MM/YYYY; empty means no date."""

    def __init__(self) -> None:
        super().__init__()
        self.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.setMaxLength(10)

    def date_value(self) -> date | None:
        """The typed date, None when empty; ValueError when it cannot be read."""
        text = self.text().strip()
        if not text:
            return None
        for fmt in _DATE_FORMATS:
            parsed = QDate.fromString(text, fmt)
            if parsed.isValid():
                return date(parsed.year(), parsed.month(), parsed.day())
        raise ValueError(self.tr("Type the date as DD/MM/YYYY, for example 14/07/1975."))

    def set_date(self, value: date | None) -> None:
        self.setText(value.strftime("%d/%m/%Y") if value else "")


class TagsCompleter(QCompleter):
    """Completes the last tag of a comma-separated list, keeping the tags before it."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(QStringListModel(edit), edit)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        edit.setCompleter(self)

    def set_tags(self, tags: list[str]) -> None:
        model = self.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(tags)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [path.split(",")[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        edit = self.widget()
        text = edit.text() if isinstance(edit, QLineEdit) else ""
        head = [t.strip() for t in text.split(",")[:-1] if t.strip()]
        return ", ".join([*head, super().pathFromIndex(index)])


class CustomFieldsForm(QWidget):
    """One editor per user-defined field; values are the raw texts the service cleans."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.editors: dict[int, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}

    def set_definitions(self, definitions: list[FieldDef]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors.clear()
        self.error_labels.clear()
        for definition in definitions:
            editor = self._editor(definition)
            box, label = with_error(editor)
            self.form.addRow(definition.label, box)
            self.editors[definition.id] = editor
            self.error_labels[f"custom:{definition.id}"] = label

    def _editor(self, definition: FieldDef) -> QWidget:
        kind = definition.field_type
        if kind == "bool":
            box = QCheckBox(self.tr("Yes"))
            box.toggled.connect(lambda: box.setProperty("touched", True))
            box.toggled.connect(self.changed)
            return box
        if kind == "choice":
            combo = ChoiceCombo([("", ""), *((c, c) for c in definition.choices)])
            combo.currentIndexChanged.connect(self.changed)
            return combo
        edit = DateLineEdit() if kind == "date" else QLineEdit()
        edit.textChanged.connect(self.changed)
        return edit

    def set_values(self, values: dict[int, str]) -> None:
        for field_id, editor in self.editors.items():
            value = values.get(field_id, "")
            if isinstance(editor, QCheckBox):
                editor.setChecked(value == "oui")
                editor.setProperty("touched", value == "non")
            elif isinstance(editor, ChoiceCombo):
                editor.set_value(value)
            elif isinstance(editor, DateLineEdit):
                editor.setText(_iso_to_french(value))
            elif isinstance(editor, QLineEdit):
                editor.setText(value)

    def values(self) -> dict[int, str]:
        return {field_id: _raw(editor) for field_id, editor in self.editors.items()}


def _raw(editor: QWidget) -> str:
    if isinstance(editor, QCheckBox):
        # An untouched box means "not said"; "non" only once the user actually unticked it.
        return "oui" if editor.isChecked() else ("non" if editor.property("touched") else "")
    if isinstance(editor, ChoiceCombo):
        return str(editor.value() or "")
    assert isinstance(editor, QLineEdit)
    return editor.text()


def _iso_to_french(value: str) -> str:
    try:
        return date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return value


def split_list(text: str) -> list[str]:
    """Several tags, e-mails or numbers in one box, separated by ";" or ","."""
    return [p.strip() for p in re.split(r"[;,]", text) if p.strip()]

