"""The fields of the contact sheet: built, filled from ContactData, read back, errors shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import contacts
from app.services.contacts import ContactData
from app.services.events import EventRow
from app.ui.postal_completer import PostalCompleter
from app.ui.sheet_fields import (
    CIVILITIES,
    COUNTRIES,
    LANGUAGES,
    ORIGINS,
    STARS,
    ChoiceCombo,
    CustomFieldsForm,
    DateLineEdit,
    TagsCompleter,
    error_label,
    split_list,
    translated,
    with_error,
)
from app.ui.sheet_lines import ContactLines

COMBOS = ("civility", "origin_kind", "language", "kind", "contact_type", "country", "importance")
CHECKBOXES = ("good_payer", "tough_negotiator", "in_difficulty")
DATES = ("birth_date", "origin_date")
EVENT_ORIGINS = {  # events.KINDS code → origin code of the sheet
    "salon": "salon", "degustation": "dégustation", "portes_ouvertes": "portes ouvertes",
}


def _event_text(row: EventRow) -> str:
    when = row.start_date.strftime("%d/%m/%Y") if row.start_date else ""
    return f"{row.name} ({when})" if when else row.name


class SheetForm(QWidget):
    """Every field of one contact (self.city, self.lines.emails…), in `scroll_area`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        self._chain: list[QWidget] = []
        self.general_error = error_label()  # for rules without a field of their own
        self.scroll_area = self._build_form()  # laid out by ContactSheet, with header and buttons

    # --- building -------------------------------------------------------------------
    def _build_form(self) -> QScrollArea:
        self.form_widget = QWidget()
        column = QVBoxLayout(self.form_widget)
        for title, build in (
            (self.tr("Identity"), self._identity), (self.tr("Contact"), self._contact),
            (self.tr("Address"), self._address), (self.tr("Origin"), self._origin),
            (self.tr("Commercial"), self._commercial), (self.tr("Notes"), self._notes),
        ):
            group = QGroupBox(title)
            build(QFormLayout(group))
            column.addWidget(group)
        self.custom = CustomFieldsForm()
        self.custom_group = QGroupBox(self.tr("Custom fields"))
        QVBoxLayout(self.custom_group).addWidget(self.custom)
        column.addWidget(self.custom_group)
        column.addStretch(1)
        scroll_area = QScrollArea()
        scroll_area.setWidgetResizable(True)
        scroll_area.setWidget(self.form_widget)
        return scroll_area

    def _row(self, form: QFormLayout, label: str, widget: QWidget, key: str = "") -> None:
        """A labelled field; with a key, a red line under it for what to correct."""
        if key:
            box, self._errors[key] = with_error(widget)
            form.addRow(label, box)
        else:
            form.addRow(label, widget)
        self._chain.append(widget)

    def _identity(self, form: QFormLayout) -> None:
        self.kind = ChoiceCombo(
            [(self.tr("Private person"), "particulier"), (self.tr("Professional"), "professionnel")]
        )
        self.contact_type = ChoiceCombo()
        self.civility = ChoiceCombo(translated("ContactSheet", CIVILITIES), editable=True)
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.company, self.job_title = QLineEdit(), QLineEdit()
        self._row(form, self.tr("Kind"), self.kind, "kind")
        self._row(form, self.tr("Contact type"), self.contact_type, "contact_type")
        self._row(form, self.tr("Civility"), self.civility, "civility")
        self._row(form, self.tr("First name"), self.first_name, "first_name")
        self._row(form, self.tr("Last name"), self.last_name, "last_name")
        self._row(form, self.tr("Company"), self.company, "company")
        self._row(form, self.tr("Job title"), self.job_title, "job_title")

    def _contact(self, form: QFormLayout) -> None:
        self.lines = ContactLines(lambda: str(self.country.value() or "FR"), self)
        for label, box, edit in self.lines.rows():
            form.addRow(label, box)
            self._chain.append(edit)

    def _address(self, form: QFormLayout) -> None:
        self.address_line2, self.address_line3 = QLineEdit(), QLineEdit()
        self.address_line4, self.address_line5 = QLineEdit(), QLineEdit()
        self.postal_code, self.city = QLineEdit(), QLineEdit()
        self.country = ChoiceCombo(
            (f"{name} ({code})", code) for name, code in translated("Countries", COUNTRIES)
        )
        self.language = ChoiceCombo(translated("Languages", LANGUAGES))
        self._row(form, self.tr("Apartment, floor, c/o"), self.address_line2, "address_line2")
        self._row(form, self.tr("Building, residence"), self.address_line3, "address_line3")
        self._row(form, self.tr("Number and street"), self.address_line4, "address_line4")
        self._row(form, self.tr("PO box, locality"), self.address_line5, "address_line5")
        self._row(form, self.tr("Postal code"), self.postal_code, "postal_code")
        self._row(form, self.tr("City"), self.city, "city")
        self._row(form, self.tr("Country"), self.country, "country")
        self._row(form, self.tr("Language"), self.language, "language")
        self.postal = PostalCompleter(
            self.postal_code, self.city, lambda: str(self.country.value() or "")
        )

    def _origin(self, form: QFormLayout) -> None:
        self.origin_kind = ChoiceCombo(translated("ContactSheet", ORIGINS), editable=True)
        self.origin_event = ChoiceCombo([("", None)])
        self.origin_event.activated.connect(self._event_chosen)
        self._events: dict[int, EventRow] = {}
        self.origin_detail, self.origin_date = QLineEdit(), DateLineEdit()
        self._row(form, self.tr("How met"), self.origin_kind, "origin_kind")
        self._row(form, self.tr("Event"), self.origin_event, "origin_event_id")
        self._row(form, self.tr("Details"), self.origin_detail, "origin_detail")
        self._row(form, self.tr("Date met"), self.origin_date, "origin_date")

    def set_events(self, rows: list[EventRow]) -> None:
        """The choices of the Event box; the chosen one is kept unless it was deleted."""
        chosen = self.origin_event.value()
        self._events = {row.id: row for row in rows}
        self.origin_event.set_choices([("", None), *((_event_text(r), r.id) for r in rows)])
        self._set_event(chosen)

    def _set_event(self, event_id: int | None) -> None:
        self.origin_event.setCurrentIndex(max(self.origin_event.findData(event_id), 0))

    def _event_chosen(self) -> None:
        """An event picked by the user fills how and when they met, if still empty."""
        event = self._events.get(self.origin_event.value())
        if event is None:
            return
        if not self.origin_kind.currentText().strip():
            self.origin_kind.set_value(EVENT_ORIGINS.get(event.kind, "autre"))
        if not self.origin_date.text().strip() and event.start_date:
            self.origin_date.set_date(event.start_date)

    def _commercial(self, form: QFormLayout) -> None:
        self.importance = ChoiceCombo(STARS)
        self.good_payer = QCheckBox(self.tr("Good payer"))
        self.tough_negotiator = QCheckBox(self.tr("Tough negotiator"))
        self.in_difficulty = QCheckBox(self.tr("Company in difficulty"))
        self.tags, self.birth_date = QLineEdit(), DateLineEdit()
        self.tags.setPlaceholderText(self.tr("Tags separated by commas"))
        self.tags_completer = TagsCompleter(self.tags)
        self._row(form, self.tr("Importance"), self.importance, "importance")
        for box in (self.good_payer, self.tough_negotiator, self.in_difficulty):
            self._row(form, "", box)
        self._row(form, self.tr("Tags"), self.tags, "tags")
        self._row(form, self.tr("Birth date"), self.birth_date, "birth_date")

    def _notes(self, form: QFormLayout) -> None:
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)  # Tab moves on, as everywhere else on the sheet
        self._row(form, "", self.notes)

    def _watch_changes(self, changed: Callable[[], None]) -> None:
        """`changed` is called on every edit of any field, custom ones included."""
        form = self.form_widget
        for edit in form.findChildren(QLineEdit):
            edit.textChanged.connect(changed)
        for combo in form.findChildren(QComboBox):
            combo.currentIndexChanged.connect(changed)
        for box in form.findChildren(QCheckBox):
            box.toggled.connect(changed)
        self.notes.textChanged.connect(changed)
        self.custom.changed.connect(changed)

    def _field_chain(self) -> list[QWidget]:
        """The fields in the order Tab walks them, custom fields last."""
        return [*self._chain, *self.custom.editors.values()]

    # --- filling and reading --------------------------------------------------------
    def _fill(self, data: ContactData) -> None:
        for name in contacts.TEXT_FIELDS + ["postal_code"]:
            widget = getattr(self, name)
            if isinstance(widget, ChoiceCombo):
                widget.set_value(getattr(data, name))
            else:
                widget.setText(getattr(data, name))
        for name in ("kind", "contact_type", "country", "importance"):
            getattr(self, name).set_value(getattr(data, name))
        for name in CHECKBOXES:
            getattr(self, name).setChecked(getattr(data, name))
        self.lines.set_values(data.emails, data.phones)
        self.birth_date.set_date(data.birth_date)
        self.origin_date.set_date(data.origin_date)
        self._set_event(data.origin_event_id)
        self.tags.setText(", ".join(data.tags))
        self.notes.setPlainText(data.notes)
        self.custom.set_values(data.custom)

    def _read(self, loaded: ContactData) -> tuple[ContactData, dict[str, str]]:
        """`loaded` updated with what is typed, and why each unreadable date was left as it was."""
        values = {name: getattr(self, name).text() for name in contacts.TEXT_FIELDS
                  if isinstance(getattr(self, name), QLineEdit)}
        for name in COMBOS:
            values[name] = getattr(self, name).value()
        values["origin_event_id"] = self.origin_event.value()
        for name in CHECKBOXES:
            values[name] = getattr(self, name).isChecked()
        errors: dict[str, str] = {}
        for name in DATES:
            try:
                values[name] = getattr(self, name).date_value()
            except ValueError as exc:
                errors[name] = str(exc)
        emails, phones = self.lines.values()
        data = replace(
            loaded, **values, postal_code=self.postal_code.text(), emails=emails,
            phones=phones, tags=split_list(self.tags.text()), notes=self.notes.toPlainText(),
            custom={**loaded.custom, **self.custom.values()},
        )
        return data, errors

    # --- errors ---------------------------------------------------------------------
    def field_error(self, key: str) -> str:
        """The message shown under a field ("emails", "custom:3", …); "" when there is none."""
        labels = [self._errors.get(key), self.custom.error_labels.get(key)]
        labels += self.lines.error_labels(key)
        return "\n".join(x.text() for x in labels if x is not None and x.isVisibleTo(self))

    def _clear_errors(self) -> None:
        for label in [*self._errors.values(), *self.custom.error_labels.values(),
                      self.general_error]:
            label.clear()
            label.setVisible(False)
        self.lines.clear_errors()

    def _show_errors(self, fields: dict[str, str]) -> None:
        shown: list[QLabel] = []
        for key, message in fields.items():
            label = (self.lines.error_label(key, message) or self._errors.get(key)
                     or self.custom.error_labels.get(key))
            if label is None:  # a rule without a field of its own: at the top, never lost
                label = self.general_error
                message = "\n".join(filter(None, [label.text(), message]))
            label.setText(message)
            label.setVisible(True)
            shown.append(label)
        if shown:
            self.scroll_area.ensureWidgetVisible(shown[0])
