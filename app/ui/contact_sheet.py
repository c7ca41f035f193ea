"""The contact sheet: every field of one contact, saved through the contacts service."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.models import Contact
from app.services import categories, contact_query, contact_types, contacts, custom_fields
from app.services.contacts import ContactData
from app.services.errors import DomainError, ValidationError
from app.services.settings import all_settings
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.labels import category_labels
from app.ui.postal_completer import PostalCompleter
from app.ui.sheet_fields import (
    CIVILITIES,
    COUNTRIES,
    LANGUAGES,
    ORIGINS,
    STARS,
    ChoiceCombo,
    ContactLines,
    CustomFieldsForm,
    DateLineEdit,
    TagsCompleter,
    error_label,
    split_list,
    translated,
    with_error,
)


@dataclass(frozen=True)
class Header:
    """What the top of the sheet says about a stored contact."""

    name: str
    category: str
    explanation: str


def display_name(data: ContactData) -> str:
    """As the contact table shows it (ContactRow.display_name): "DUPONT Jean" or the company."""
    name = " ".join(p for p in (data.last_name.upper(), data.first_name) if p)
    return name or data.company


class ContactSheet(QWidget):
    """The fiche contact, beside the table: open, edit, save or revert one contact."""

    contact_saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._id: int | None = None
        self._version = 0
        self._loaded = ContactData()
        self._dirty = False
        self._loading = False
        self._errors: dict[str, QLabel] = {}
        self._chain: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_form(), 1)
        layout.addLayout(self._build_buttons())
        self._watch_changes()
        self.reload_definitions()
        self._blank()

    # --- building -------------------------------------------------------------------
    def _build_header(self) -> QVBoxLayout:
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.category = QLabel()
        self.category.setStyleSheet("font-weight: bold;")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.pin_button = QPushButton(self.tr("Pin category…"))
        self.pin_button.clicked.connect(self._ask_pin)
        self.general_error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.category)
        row.addStretch(1)
        row.addWidget(self.pin_button)
        box = QVBoxLayout()
        for item in (self.title, row, self.explanation, self.general_error):
            box.addLayout(item) if isinstance(item, QHBoxLayout) else box.addWidget(item)
        self._chain.append(self.pin_button)
        return box

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
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.form_widget)
        return self.scroll_area

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
        self.origin_detail, self.origin_date = QLineEdit(), DateLineEdit()
        self._row(form, self.tr("How met"), self.origin_kind, "origin_kind")
        self._row(form, self.tr("Details"), self.origin_detail, "origin_detail")
        self._row(form, self.tr("Date met"), self.origin_date, "origin_date")

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

    def _build_buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save"))
        self.revert_button = QPushButton(self.tr("Cancel changes"))
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        # Only while the focus is in the sheet; ambiguity with a parent's Ctrl+S still saves.
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        self.save_shortcut.activatedAmbiguously.connect(self.save)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.revert_button)
        row.addWidget(self.save_button)
        return row

    def _watch_changes(self) -> None:
        form = self.form_widget
        for edit in form.findChildren(QLineEdit):
            edit.textChanged.connect(self._changed)
        for combo in form.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._changed)
        for box in form.findChildren(QCheckBox):
            box.toggled.connect(self._changed)
        self.notes.textChanged.connect(self._changed)
        self.custom.changed.connect(self._changed)

    def _update_tab_order(self) -> None:
        chain = [*self._chain, *self.custom.editors.values(), self.revert_button, self.save_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- public API -----------------------------------------------------------------
    def current_id(self) -> int | None:
        return self._id

    def is_dirty(self) -> bool:
        return self._dirty

    def field_error(self, key: str) -> str:
        """The message shown under a field ("emails", "custom:3", …); "" when there is none."""
        labels = [self._errors.get(key), self.custom.error_labels.get(key)]
        labels += self.lines.error_labels(key)
        return "\n".join(x.text() for x in labels if x is not None and x.isVisibleTo(self))

    def new_contact(self) -> None:
        """A blank sheet (every box unticked, particulier, France), ready for typing."""
        self._blank()
        self.kind.setFocus()

    def _blank(self) -> None:
        with self.ctx.uow() as uow:
            tags = contact_query.list_tags(uow.session)
        self._id, self._version = None, 0
        self._show(ContactData(), None, tags)

    def open_contact(self, contact_id: int) -> None:
        try:
            with self.ctx.uow() as uow:
                contact = contacts.get_contact(uow.session, contact_id)
                data, version = contacts.contact_data(contact), contact.version
                header = self._header(uow.session, contact)
                tags = contact_query.list_tags(uow.session)
        except DomainError as exc:
            show_error(self, exc)
            return
        self._id, self._version = contact_id, version
        self._show(data, header, tags)

    def revert(self) -> None:
        """Drop the changes: the stored contact again, or a blank sheet."""
        if self._id is None:
            self.new_contact()
        else:
            self.open_contact(self._id)

    def save(self) -> bool:
        """Store the sheet; False (with the reasons shown) when nothing was saved."""
        if not self._dirty:
            return True
        self._clear_errors()
        try:
            contact_id = self._store(self._collect())
        except ValidationError as exc:
            self._show_errors(exc.fields)
            return False
        except DomainError as exc:
            show_error(self, exc)
            return False
        self.open_contact(contact_id)
        self.contact_saved.emit(contact_id)
        return True

    def reload_definitions(self) -> None:
        """Contact types and custom fields again, after Paramètres changed them."""
        typed, type_code = self.custom.values(), self.contact_type.value()
        with self.ctx.uow() as uow:
            types = contact_types.list_types(uow.session)
            fields = custom_fields.list_fields(uow.session)
        self._loading = True
        try:
            self.contact_type.set_choices([("—", None), *((t.label, t.code) for t in types)])
            if any(t.code == type_code for t in types):  # a deleted type leaves no type
                self.contact_type.set_value(type_code)
            self.custom.set_definitions(fields)
            self.custom.set_values(typed)
        finally:
            self._loading = False
        self.custom_group.setVisible(bool(fields))
        self._update_tab_order()

    def pin_category(self, category: str | None, reason: str = "") -> None:
        """Pin a category by hand (None removes the pin); typed changes are kept."""
        if self._id is None:
            return
        try:
            with self.ctx.uow() as uow:
                categories.pin(uow.session, self._id, category, reason)
                uow.commit()
                header = self._header(uow.session, contacts.get_contact(uow.session, self._id))
        except DomainError as exc:
            show_error(self, exc)
            return
        self._show_header(header)
        self.contact_saved.emit(self._id)

    # --- loading and saving ---------------------------------------------------------
    def _header(self, session: Session, contact: Contact) -> Header:
        explanation = categories.explain(contact, all_settings(session))
        name = display_name(contacts.contact_data(contact))
        return Header(name, category_labels().get(contact.category, ""), explanation)

    def _show_header(self, header: Header | None) -> None:
        self.title.setText(header.name if header else self.tr("New contact"))
        self.category.setText(header.category if header else "")
        self.explanation.setText(header.explanation if header else "")
        self.pin_button.setEnabled(header is not None)

    def _show(self, data: ContactData, header: Header | None, tags: list[str]) -> None:
        self._loading = True
        try:
            self._fill(data)
        finally:
            self._loading = False
        self._loaded = data
        self.tags_completer.set_tags(tags)
        self._clear_errors()
        self._show_header(header)
        self._set_dirty(False)

    def _fill(self, data: ContactData) -> None:
        for name in contacts.TEXT_FIELDS + ["postal_code"]:
            widget = getattr(self, name)
            if isinstance(widget, ChoiceCombo):
                widget.set_value(getattr(data, name))
            else:
                widget.setText(getattr(data, name))
        for name in ("kind", "contact_type", "country", "importance"):
            getattr(self, name).set_value(getattr(data, name))
        for name in ("good_payer", "tough_negotiator", "in_difficulty"):
            getattr(self, name).setChecked(getattr(data, name))
        self.lines.set_values(data.emails, data.phones)
        self.birth_date.set_date(data.birth_date)
        self.origin_date.set_date(data.origin_date)
        self.tags.setText(", ".join(data.tags))
        self.notes.setPlainText(data.notes)
        self.custom.set_values(data.custom)

    def _collect(self) -> ContactData:
        """The sheet as ContactData; unreadable dates raise ValidationError like the service."""
        values = {name: getattr(self, name).text() for name in contacts.TEXT_FIELDS
                  if isinstance(getattr(self, name), QLineEdit)}
        for name in ("civility", "origin_kind", "language", "kind", "contact_type", "country",
                     "importance"):
            values[name] = getattr(self, name).value()
        for name in ("good_payer", "tough_negotiator", "in_difficulty"):
            values[name] = getattr(self, name).isChecked()
        errors: dict[str, str] = {}
        for name in ("birth_date", "origin_date"):
            try:
                values[name] = getattr(self, name).date_value()
            except ValueError as exc:
                errors[name] = str(exc)
        emails, phones = self.lines.values()
        data = replace(
            self._loaded, **values, postal_code=self.postal_code.text(), emails=emails,
            phones=phones, tags=split_list(self.tags.text()), notes=self.notes.toPlainText(),
            custom={**self._loaded.custom, **self.custom.values()},
        )
        if errors:
            raise ValidationError({**self._service_errors(data), **errors})
        return data

    def _service_errors(self, data: ContactData) -> dict[str, str]:
        """What the service would also refuse, so that every mistake shows at once."""
        with self.ctx.uow() as uow:
            try:
                contacts.clean(uow.session, replace(data, birth_date=None, origin_date=None))
            except ValidationError as exc:
                return exc.fields
        return {}

    def _store(self, data: ContactData) -> int:
        with self.ctx.uow() as uow:
            if self._id is None:
                contact = contacts.create_contact(uow.session, data)
            else:
                contact = contacts.update_contact(uow.session, self._id, data, self._version)
            contact_id = contact.id
            uow.commit()
        return contact_id

    # --- dirty state and errors -----------------------------------------------------
    def _changed(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

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

    def _ask_pin(self) -> None:
        labels = [self.tr("No pin: computed category"), *category_labels().values()]
        title = self.tr("Pin category")
        choice, ok = QInputDialog.getItem(self, title, self.tr("Category:"), labels, 0, False)
        if not ok:
            return
        codes = {label: code for code, label in category_labels().items()}
        category, reason = codes.get(choice), ""
        if category is not None:
            reason, ok = QInputDialog.getText(self, title, self.tr("Reason:"))
            if not ok:
                return
        self.pin_category(category, reason)
